//! `repr(float)` / `str(float)`: the shortest digit string that round-trips,
//! laid out with CPython's `'r'` rules (exponent form when the decimal
//! exponent is < -4 or >= 16, `.0` added to integral values).

use super::float_fmt::{digits_from_exp_str, double_to_string, Digits, DtsFlags};

/// Shortest round-tripping digits of a finite, non-negative double, as
/// David Gay's dtoa mode 0 gives them: among the shortest strings that
/// round-trip, the one nearest to `x`, ties going to an even last digit.
///
/// Rust's `{:e}` finds the shortest length, but breaks exact ties upwards
/// (`1000000000000000.25` gives `...0.3`, CPython `...0.2`). Ties are only
/// possible with 16+ digits; there we take the correctly rounded (half-even)
/// digits of that length whenever they also round-trip.
pub(crate) fn shortest_digits(x: f64) -> Digits {
    let d = digits_from_exp_str(&format!("{:e}", x));
    let n = d.digits.len();
    if n >= 15 {
        let exact = format!("{:.*e}", n - 1, x);
        if exact.parse::<f64>().ok() == Some(x) {
            return digits_from_exp_str(&exact);
        }
    }
    d
}

/// CPython's `repr(x)` for a float (identical to `str(x)`).
pub fn float_repr(x: f64) -> String {
    let flags = DtsFlags {
        add_dot_0: true,
        ..DtsFlags::default()
    };
    double_to_string(x, 'r', 0, flags)
}

#[cfg(test)]
mod tests {
    use super::float_repr;

    #[test]
    fn basic_values() {
        let cases: &[(f64, &str)] = &[
            (0.0, "0.0"),
            (-0.0, "-0.0"),
            (1.0, "1.0"),
            (-1.5, "-1.5"),
            (0.1, "0.1"),
            (0.1 + 0.2, "0.30000000000000004"),
            (1e16, "1e+16"),
            (1e-5, "1e-05"),
            (0.0001, "0.0001"),
            (0.00012345, "0.00012345"),
            (123456789012345.0, "123456789012345.0"),
            (1234567890123456.0, "1234567890123456.0"),
            (12345678901234567.0, "1.2345678901234568e+16"),
            (1.2345678901234567e19, "1.2345678901234567e+19"),
            (9999999999999998.0, "9999999999999998.0"),
            (1e22, "1e+22"),
            (1e21, "1e+21"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (-f64::NAN, "nan"),
            (5e-324, "5e-324"),
            (f64::MAX, "1.7976931348623157e+308"),
            (f64::MIN_POSITIVE, "2.2250738585072014e-308"),
            (2.0f64.powi(53), "9007199254740992.0"),
            (100.0, "100.0"),
            (1.5e300, "1.5e+300"),
            (123.456, "123.456"),
            (-2.5e-7, "-2.5e-07"),
            (1e100, "1e+100"),
        ];
        for &(x, want) in cases {
            assert_eq!(float_repr(x), want, "repr({x:e})");
        }
    }

    /// Expected values produced by CPython 3.11 (`repr` of these bit patterns).
    #[test]
    fn bit_patterns() {
        let cases: &[(u64, &str)] = &[
            (0x3fb999999999999a, "0.1"),
            (0x3fd5555555555555, "0.3333333333333333"),
            (0x4341c37937e08000, "1e+16"),
            (0x4341c37937e07fff, "9999999999999998.0"),
            (0x0000000000000001, "5e-324"),
            (0x000fffffffffffff, "2.225073858507201e-308"),
            (0x3ff0000000000001, "1.0000000000000002"),
            (0x3fefffffffffffff, "0.9999999999999999"),
            (0x44b52d02c7e14af6, "1e+23"),
            (0x7fefffffffffffff, "1.7976931348623157e+308"),
        ];
        for &(bits, want) in cases {
            assert_eq!(float_repr(f64::from_bits(bits)), want, "bits {bits:#x}");
        }
    }
}
