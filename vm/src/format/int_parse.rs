//! `int(str, base)` parsing and `hex()` / `oct()` / `bin()` / `str(int)`
//! rendering, as in CPython 3.11 (`PyLong_FromUnicodeObject`).
//!
//! All errors are `ValueError` messages.

use num_bigint::{BigInt, Sign};
use num_traits::{Num, Zero};

use super::py_repr::str_repr_truncated;
use super::unicode_digits::{is_c_space, transform_decimal_and_space_to_ascii};

/// CPython's default `sys.get_int_max_str_digits()`.
pub const DEFAULT_MAX_STR_DIGITS: usize = 4300;

fn invalid_literal(orig: &str, base: u32) -> String {
    format!(
        "invalid literal for int() with base {}: {}",
        base,
        str_repr_truncated(orig, 200)
    )
}

fn digit_value(b: u8) -> u32 {
    match b {
        b'0'..=b'9' => (b - b'0') as u32,
        b'a'..=b'z' => (b - b'a') as u32 + 10,
        b'A'..=b'Z' => (b - b'A') as u32 + 10,
        _ => 37,
    }
}

/// `int(s, base)` without the digit-count limit. `base` must be 0 or 2..=36
/// (map a negative Python base to any invalid value such as 1).
pub fn parse_int(s: &str, base: u32) -> Result<BigInt, String> {
    parse_int_limited(s, base, 0)
}

/// `int(s, base)` with CPython's `int_max_str_digits` protection: for bases
/// that are not powers of two, more than `max_str_digits` digits is an error
/// (`0` disables the check; CPython's default is [`DEFAULT_MAX_STR_DIGITS`]).
pub fn parse_int_limited(s: &str, base: u32, max_str_digits: usize) -> Result<BigInt, String> {
    if base != 0 && !(2..=36).contains(&base) {
        return Err("int() base must be >= 2 and <= 36, or 0".to_string());
    }
    let orig_base = base;
    let ascii = transform_decimal_and_space_to_ascii(s);
    let b = ascii.as_bytes();
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    let err = || invalid_literal(s, orig_base);

    let mut i = 0;
    while is_c_space(at(i)) {
        i += 1;
    }
    let mut negative = false;
    if at(i) == b'+' || at(i) == b'-' {
        negative = at(i) == b'-';
        i += 1;
    }
    let mut base = base;
    let mut error_if_nonzero = false;
    if base == 0 {
        base = if at(i) != b'0' {
            10
        } else {
            match at(i + 1) {
                b'x' | b'X' => 16,
                b'o' | b'O' => 8,
                b'b' | b'B' => 2,
                _ => {
                    // C-style octal literals are invalid, but "0", "00" are fine.
                    error_if_nonzero = true;
                    10
                }
            }
        };
    }
    if at(i) == b'0' {
        let p = at(i + 1).to_ascii_lowercase();
        if (base == 16 && p == b'x') || (base == 8 && p == b'o') || (base == 2 && p == b'b') {
            i += 2;
            // One underscore is allowed right after the prefix.
            if at(i) == b'_' {
                i += 1;
            }
        }
    }
    if at(i) == b'_' {
        return Err(err());
    }
    let start = i;
    // The digits' value while it fits a u64 (the usual case: no digit
    // string to build and convert).
    let mut ndigits = 0usize;
    let mut small = Some(0u64);
    let mut prev = 0u8;
    while i < b.len() && (digit_value(b[i]) < base || b[i] == b'_') {
        if b[i] == b'_' {
            if prev == b'_' {
                return Err(err());
            }
        } else {
            ndigits += 1;
            small = small
                .and_then(|v| v.checked_mul(base as u64))
                .and_then(|v| v.checked_add(digit_value(b[i]) as u64));
        }
        prev = b[i];
        i += 1;
    }
    if prev == b'_' {
        return Err(err());
    }
    if max_str_digits > 0 && !base.is_power_of_two() && ndigits > max_str_digits {
        return Err(format!(
            "Exceeds the limit ({} digits) for integer string conversion: value has {} digits; \
             use sys.set_int_max_str_digits() to increase the limit",
            max_str_digits, ndigits
        ));
    }
    if i == start {
        return Err(err());
    }
    let mut value = match small {
        Some(v) => BigInt::from(v),
        None => {
            let digits: String = b[start..i]
                .iter()
                .filter(|&&c| c != b'_')
                .map(|&c| c as char)
                .collect();
            BigInt::from_str_radix(&digits, base).map_err(|_| err())?
        }
    };
    if error_if_nonzero && !value.is_zero() {
        return Err(err());
    }
    while is_c_space(at(i)) {
        i += 1;
    }
    if i != b.len() {
        return Err(err());
    }
    if negative {
        value = -value;
    }
    Ok(value)
}

/// `hex(v)` / `oct(v)` / `bin(v)` (radix 16 / 8 / 2, with `prefix`), or the
/// bare digits in any radix 2..=36 without it: `int_to_radix(-31, 16, true) == "-0x1f"`.
pub fn int_to_radix(v: &BigInt, radix: u32, prefix: bool) -> String {
    let radix = radix.clamp(2, 36);
    let digits = v.magnitude().to_str_radix(radix);
    let mut out = String::with_capacity(digits.len() + 3);
    if v.sign() == Sign::Minus {
        out.push('-');
    }
    if prefix {
        out.push_str(match radix {
            2 => "0b",
            8 => "0o",
            16 => "0x",
            _ => "",
        });
    }
    out.push_str(&digits);
    out
}

/// `str(v)` with CPython's `int_max_str_digits` check (`0` disables it).
pub fn int_to_decimal_limited(v: &BigInt, max_str_digits: usize) -> Result<String, String> {
    let msg = || {
        format!(
            "Exceeds the limit ({} digits) for integer string conversion; \
             use sys.set_int_max_str_digits() to increase the limit",
            max_str_digits
        )
    };
    if max_str_digits > 0 {
        // Cheap pre-check: a number of `bits` bits has at least
        // floor((bits - 1) * log10(2)) + 1 decimal digits.
        let bits = v.bits();
        if bits > 0
            && ((bits - 1) as f64 * std::f64::consts::LOG10_2) as u64 > max_str_digits as u64
        {
            return Err(msg());
        }
    }
    let s = v.to_string();
    let n = s.len() - (v.sign() == Sign::Minus) as usize;
    if max_str_digits > 0 && n > max_str_digits {
        return Err(msg());
    }
    Ok(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str, base: u32) -> String {
        parse_int(s, base).map_or_else(|e| format!("!{e}"), |v| v.to_string())
    }

    #[test]
    fn basics() {
        assert_eq!(p(" -0x_1f ", 0), "-31");
        assert_eq!(p("1_000", 10), "1000");
        assert_eq!(p("0b1", 16), "177");
        assert_eq!(p("00", 0), "0");
        assert_eq!(p("010", 0), "!invalid literal for int() with base 0: '010'");
        assert_eq!(
            p("abc", 10),
            "!invalid literal for int() with base 10: 'abc'"
        );
        assert_eq!(
            p("1__0", 10),
            "!invalid literal for int() with base 10: '1__0'"
        );
        assert_eq!(p("1", 37), "!int() base must be >= 2 and <= 36, or 0");
        assert_eq!(p("\u{661}\u{662}", 10), "12");
        let long = "a".repeat(300);
        let msg = p(&long, 10);
        assert_eq!(
            msg.chars().count(),
            "!invalid literal for int() with base 10: ".len() + 200
        );
    }
}
