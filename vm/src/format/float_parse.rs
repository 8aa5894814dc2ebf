//! `float(str)` parsing, as in CPython 3.11 (`PyFloat_FromString`).
//!
//! Errors are `ValueError` messages.

use super::py_repr::str_repr;
use super::unicode_digits::{is_c_space, transform_decimal_and_space_to_ascii};

fn error(orig: &str) -> String {
    format!("could not convert string to float: {}", str_repr(orig))
}

/// Remove underscores, which are only allowed between two digits
/// (`_Py_string_to_number_with_underscores`). `None` if misplaced.
fn remove_underscores(s: &str) -> Option<String> {
    let mut out = String::with_capacity(s.len());
    let mut prev = 0u8;
    for b in s.bytes() {
        if b == b'_' {
            if !prev.is_ascii_digit() {
                return None;
            }
        } else {
            if prev == b'_' && !b.is_ascii_digit() {
                return None;
            }
            out.push(b as char);
        }
        prev = b;
    }
    if prev == b'_' {
        return None;
    }
    Some(out)
}

/// Is `s` (no surrounding whitespace) a decimal float literal:
/// `[sign] (digits [. [digits]] | . digits) [(e|E) [sign] digits]`?
fn is_decimal_literal(s: &[u8]) -> bool {
    let mut i = 0;
    if matches!(s.first(), Some(b'+' | b'-')) {
        i += 1;
    }
    let int_start = i;
    while i < s.len() && s[i].is_ascii_digit() {
        i += 1;
    }
    let mut n_digits = i - int_start;
    if i < s.len() && s[i] == b'.' {
        i += 1;
        let frac_start = i;
        while i < s.len() && s[i].is_ascii_digit() {
            i += 1;
        }
        n_digits += i - frac_start;
    }
    if n_digits == 0 {
        return false;
    }
    if i < s.len() && (s[i] == b'e' || s[i] == b'E') {
        i += 1;
        if i < s.len() && (s[i] == b'+' || s[i] == b'-') {
            i += 1;
        }
        let exp_start = i;
        while i < s.len() && s[i].is_ascii_digit() {
            i += 1;
        }
        if i == exp_start {
            return false;
        }
    }
    i == s.len()
}

/// `float(s)` for a str argument: surrounding whitespace, underscores between
/// digits, Unicode decimal digits, and case-insensitive `inf`, `infinity`,
/// `nan` with an optional sign. Correctly rounded.
pub fn parse_float(s: &str) -> Result<f64, String> {
    let ascii = transform_decimal_and_space_to_ascii(s);
    let cleaned;
    let text: &str = if ascii.contains('_') {
        cleaned = remove_underscores(&ascii).ok_or_else(|| error(s))?;
        &cleaned
    } else {
        &ascii
    };
    let b = text.as_bytes();
    let mut start = 0;
    let mut end = b.len();
    while start < end && is_c_space(b[start]) {
        start += 1;
    }
    while end > start + 1 && is_c_space(b[end - 1]) {
        end -= 1;
    }
    let body = &text[start..end];
    let (negative, unsigned) = match body.as_bytes().first() {
        Some(b'-') => (true, &body[1..]),
        Some(b'+') => (false, &body[1..]),
        _ => (false, body),
    };
    let special =
        if unsigned.eq_ignore_ascii_case("inf") || unsigned.eq_ignore_ascii_case("infinity") {
            Some(f64::INFINITY)
        } else if unsigned.eq_ignore_ascii_case("nan") {
            Some(f64::NAN)
        } else {
            None
        };
    if let Some(v) = special {
        return Ok(if negative { -v } else { v });
    }
    if !is_decimal_literal(body.as_bytes()) {
        return Err(error(s));
    }
    body.parse::<f64>().map_err(|_| error(s))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn basics() {
        assert_eq!(parse_float(" 1_000.5\n"), Ok(1000.5));
        assert_eq!(parse_float("-Infinity"), Ok(f64::NEG_INFINITY));
        assert!(parse_float("+nAn").unwrap().is_nan());
        assert_eq!(parse_float("1e999"), Ok(f64::INFINITY));
        assert_eq!(parse_float(".5"), Ok(0.5));
        assert_eq!(parse_float("1."), Ok(1.0));
        assert_eq!(parse_float("\u{661}.\u{665}"), Ok(1.5));
        for bad in [
            "",
            " ",
            ".",
            "1e",
            "1_",
            "_1",
            "1__0",
            "1_.5",
            "0x10",
            "infinity_",
            "- 1",
        ] {
            assert_eq!(
                parse_float(bad),
                Err(format!(
                    "could not convert string to float: {}",
                    str_repr(bad)
                ))
            );
        }
    }
}
