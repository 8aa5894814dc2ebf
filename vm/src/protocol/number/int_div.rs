//! Floor division and modulo of big ints (CPython's `//` and `%`: the
//! quotient rounds toward negative infinity, the remainder takes the
//! divisor's sign).
//!
//! num-bigint divides two long operands with Burnikel-Ziegler, which copies
//! and splits both operands recursively however short the quotient is. A
//! quotient that fits a machine word (e.g. `(q * 3 + r) // t` for operands of
//! a similar size, as in spigot algorithms) is far cheaper found by
//! estimating it from the operands' leading bits and correcting it with one
//! scalar multiply and one subtraction, so that case is done here.

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{ToPrimitive, Zero};

/// `(a // b, a % b)`; `b` must not be zero.
pub fn floor_divmod(a: &BigInt, b: &BigInt) -> (BigInt, BigInt) {
    match short_divrem(a.magnitude(), b.magnitude()) {
        Some((q, r)) => signed_floor(a.sign(), b.sign(), b.magnitude(), q, r),
        None => a.div_mod_floor(b),
    }
}

/// `a // b`; `b` must not be zero.
pub fn floor_div(a: &BigInt, b: &BigInt) -> BigInt {
    match short_divrem(a.magnitude(), b.magnitude()) {
        Some((q, r)) => signed_floor(a.sign(), b.sign(), b.magnitude(), q, r).0,
        None => a.div_floor(b),
    }
}

/// `a % b`; `b` must not be zero.
pub fn floor_mod(a: &BigInt, b: &BigInt) -> BigInt {
    match short_divrem(a.magnitude(), b.magnitude()) {
        Some((q, r)) => signed_floor(a.sign(), b.sign(), b.magnitude(), q, r).1,
        None => a.mod_floor(b),
    }
}

/// Turns the truncating `|a| = q*|b| + r` into the floor quotient and
/// remainder of the signed operands.
fn signed_floor(sa: Sign, sb: Sign, mb: &BigUint, q: u64, r: BigUint) -> (BigInt, BigInt) {
    let same = sa == sb || sa == Sign::NoSign;
    if same {
        return (BigInt::from(q), BigInt::from_biguint(sb, r));
    }
    if r.is_zero() {
        return (-BigInt::from(q), BigInt::zero());
    }
    // Signs differ and the division is inexact: one more step down, and the
    // remainder measured from the other end of the divisor.
    let q = -(BigInt::from(q) + 1u32);
    (q, BigInt::from_biguint(sb, mb - r))
}

/// `(a / b, a % b)` for magnitudes when the quotient fits in 63 bits and the
/// divisor is longer than one word (num-bigint's one-word divisor path is
/// already linear); None otherwise.
fn short_divrem(a: &BigUint, b: &BigUint) -> Option<(u64, BigUint)> {
    let (abits, bbits) = (a.bits(), b.bits());
    if bbits <= 64 || abits > bbits + 62 {
        return None;
    }
    if abits < bbits {
        return Some((0, a.clone()));
    }
    // With s chosen so that b >> s has exactly 64 bits, a >> s has at most
    // 126: floor(ta / (tb + 1)) never exceeds the true quotient and falls
    // short of it by less than 3, which the loop below makes up.
    let s = bbits - 64;
    let ta = (a >> s).to_u128()?;
    let tb = (b >> s).to_u64()?;
    let mut q = (ta / (u128::from(tb) + 1)) as u64;
    let mut r = a - b * q;
    while r >= *b {
        r -= b;
        q += 1;
    }
    Some((q, r))
}
