//! Floor division and modulo of big ints (CPython's `//` and `%`: the
//! quotient rounds toward negative infinity, the remainder takes the
//! divisor's sign).
//!
//! num-bigint divides two long operands with Burnikel-Ziegler, which copies
//! and splits both operands recursively however short the quotient is. A
//! quotient that fits a machine word (e.g. `(q * 3 + r) // t` for operands of
//! a similar size, as in spigot algorithms) is far cheaper found from the
//! operands' leading bits: they bound it tightly enough that `//` can almost
//! always stop there, and otherwise (or for `%`) one scalar multiply and one
//! subtraction make the estimate exact. That case is done here.

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::Zero;

/// `(a // b, a % b)`; `b` must not be zero.
pub fn floor_divmod(a: &BigInt, b: &BigInt) -> (BigInt, BigInt) {
    let (ma, mb) = (a.magnitude(), b.magnitude());
    let Some(lead) = leading_bits(ma, mb) else {
        return a.div_mod_floor(b);
    };
    let (q, r) = short_divrem(ma, mb, lead);
    let opposite = opposite_signs(a, b);
    (
        floor_quotient(opposite, q, !r.is_zero()),
        floor_remainder(opposite, b.sign(), mb, r),
    )
}

/// `a // b`; `b` must not be zero.
pub fn floor_div(a: &BigInt, b: &BigInt) -> BigInt {
    let (ma, mb) = (a.magnitude(), b.magnitude());
    let Some(lead) = leading_bits(ma, mb) else {
        return a.div_floor(b);
    };
    let opposite = opposite_signs(a, b);
    // The leading bits alone almost always settle the quotient, and show
    // the division inexact: then no pass over the digits is needed at all.
    if let Some(q) = quotient_from_leading(lead) {
        return floor_quotient(opposite, q, true);
    }
    let (q, r) = short_divrem(ma, mb, lead);
    floor_quotient(opposite, q, !r.is_zero())
}

/// `a % b`; `b` must not be zero.
pub fn floor_mod(a: &BigInt, b: &BigInt) -> BigInt {
    let (ma, mb) = (a.magnitude(), b.magnitude());
    let Some(lead) = leading_bits(ma, mb) else {
        return a.mod_floor(b);
    };
    let (_, r) = short_divrem(ma, mb, lead);
    floor_remainder(opposite_signs(a, b), b.sign(), mb, r)
}

/// Whether exactly one of two nonzero-or-zero ints is negative (a zero
/// dividend rounds like a positive one).
fn opposite_signs(a: &BigInt, b: &BigInt) -> bool {
    matches!(
        (a.sign(), b.sign()),
        (Sign::Plus, Sign::Minus) | (Sign::Minus, Sign::Plus)
    )
}

/// The floor quotient from the truncated quotient `q` of the magnitudes:
/// with opposite signs an inexact division rounds one further down.
fn floor_quotient(opposite: bool, q: u64, inexact: bool) -> BigInt {
    if !opposite {
        BigInt::from(q)
    } else {
        -BigInt::from(u128::from(q) + u128::from(inexact))
    }
}

/// The floor remainder (the divisor's sign) from the remainder `r` of the
/// magnitudes: with opposite signs it is measured from the divisor's end.
fn floor_remainder(opposite: bool, sb: Sign, mb: &BigUint, r: BigUint) -> BigInt {
    if opposite && !r.is_zero() {
        BigInt::from_biguint(sb, mb - r)
    } else {
        BigInt::from_biguint(sb, r)
    }
}

/// The leading bits of two magnitudes, `(a >> s, b >> s)` with `s` chosen
/// so that `b >> s` has exactly 64 bits, when the quotient `a / b` fits in
/// 63 bits (so `a >> s` has at most 126) and the divisor is longer than one
/// word (num-bigint's one-word divisor path is already linear); None
/// otherwise.
fn leading_bits(a: &BigUint, b: &BigUint) -> Option<(u128, u64)> {
    let (abits, bbits) = (a.bits(), b.bits());
    if bbits <= 64 || abits > bbits + 62 {
        return None;
    }
    let s = bbits - 64;
    Some((shifted(a, s), shifted(b, s) as u64))
}

/// `x >> s`, which must fit in 128 bits, read straight from the digits.
fn shifted(x: &BigUint, s: u64) -> u128 {
    let mut words = x.iter_u64_digits().skip((s / 64) as usize);
    let mut next = || u128::from(words.next().unwrap_or(0));
    let (w0, w1, w2) = (next(), next(), next());
    let off = (s % 64) as u32;
    let low = (w0 | (w1 << 64)) >> off;
    if off == 0 {
        low
    } else {
        low | (w2 << (128 - off))
    }
}

/// The quotient `a / b` from the leading bits `(ta, tb)` alone, when they
/// settle it and show the division inexact; None when the true quotient is
/// too close to an integer to tell.
///
/// `ta * 2^s <= a < (ta + 1) * 2^s` and likewise for `b`, so `a / b` lies
/// strictly between `ta / (tb + 1)` and `(ta + 1) / tb`.
fn quotient_from_leading((ta, tb): (u128, u64)) -> Option<u64> {
    let tb = u128::from(tb);
    let q = ta / (tb + 1);
    // q * (tb + 1) <= ta < 2^126 and (q + 1) * tb <= ta + tb < 2^127.
    let above = q * (tb + 1) < ta;
    let below = ta < (q + 1) * tb;
    (above && below).then_some(q as u64)
}

/// `(a / b, a % b)` for magnitudes with the leading bits `lead` from
/// `leading_bits`.
fn short_divrem(a: &BigUint, b: &BigUint, (ta, tb): (u128, u64)) -> (u64, BigUint) {
    if ta < u128::from(tb) {
        // a < b: b's top 64 bits are already more than a's.
        return (0, a.clone());
    }
    // floor(ta / (tb + 1)) never exceeds the true quotient and falls short
    // of it by less than 3 (ta < 2^126 and tb >= 2^63), which the loop
    // below makes up.
    let mut q = (ta / (u128::from(tb) + 1)) as u64;
    let mut r = a - b * q;
    while r >= *b {
        r -= b;
        q += 1;
    }
    (q, r)
}
