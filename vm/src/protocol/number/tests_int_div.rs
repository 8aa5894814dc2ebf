//! The short-quotient division paths checked against num-bigint's own
//! floor division on operands built to hit their edges: quotients near 0
//! and 2^63, remainders of 0, 1 and b - 1, divisors whose leading word is
//! all ones or a lone top bit, and every sign combination.

use super::int_div::{floor_div, floor_divmod, floor_mod};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Zero};

/// A deterministic stream of 64-bit words.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0
    }
    /// A positive int of exactly `bits` bits.
    fn big(&mut self, bits: u64) -> BigInt {
        let mut n = BigInt::zero();
        while n.bits() < bits {
            n = (n << 64u32) + self.next();
        }
        let extra = n.bits() - bits;
        (n >> extra) | BigInt::one()
    }
}

fn check(a: &BigInt, b: &BigInt) {
    let want = a.div_mod_floor(b);
    assert_eq!(floor_divmod(a, b), want, "divmod({a}, {b})");
    assert_eq!(floor_div(a, b), want.0, "{a} // {b}");
    assert_eq!(floor_mod(a, b), want.1, "{a} % {b}");
}

fn check_signs(a: &BigInt, b: &BigInt) {
    for (sa, sb) in [(1, 1), (1, -1), (-1, 1), (-1, -1)] {
        check(&(a * sa), &(b * sb));
    }
}

#[test]
fn quotient_edges() {
    let mut g = Lcg(42);
    let one = BigInt::one();
    for bbits in [65, 100, 127, 128, 129, 192, 700, 3000] {
        let divisors = [
            g.big(bbits),
            (BigInt::one() << bbits) - 1u32,
            BigInt::one() << (bbits - 1),
            (BigInt::one() << (bbits - 1)) + 1u32,
        ];
        for b in &divisors {
            let quotients = [
                0u64,
                1,
                2,
                3,
                9,
                1 << 31,
                (1 << 62) - 1,
                1 << 62,
                u64::MAX >> 1,
            ];
            for q in quotients {
                let base = b * q;
                for a in [
                    &base + 0u32,
                    &base + 1u32,
                    &base + b - &one,
                    &base + (b >> 1u32),
                ] {
                    check_signs(&a, b);
                }
                if q > 0 {
                    check_signs(&(&base - 1u32), b);
                }
            }
            // Quotients too long for the short path, and dividends shorter than b.
            check_signs(&(b << 63u32), b);
            check_signs(&((b << 70u32) + 5u32), b);
            check_signs(&g.big(bbits - 1), b);
            check_signs(&BigInt::from(7), b);
            check(&BigInt::zero(), b);
            check(&BigInt::zero(), &-b);
        }
    }
}

#[test]
fn random_operands() {
    let mut g = Lcg(7);
    for _ in 0..4000 {
        let bbits = 1 + g.next() % 2000;
        let b = g.big(bbits);
        let (k, shift, abits) = (g.next(), g.next() % 64, 1 + g.next() % 2100);
        let a = match g.next() % 3 {
            0 => g.big(abits),
            1 => &b * (k >> shift) + (g.big(bbits) % &b),
            _ => &b * (k >> 1) + (k % 3),
        };
        check_signs(&a, &b);
    }
}
