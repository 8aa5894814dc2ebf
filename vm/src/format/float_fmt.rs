//! C-compatible `%e` / `%f` / `%g` float formatting, as done by CPython's
//! `PyOS_double_to_string` (which backs `'%.3f' % x`, `format(x, '.3f')`,
//! `repr(x)` ...).
//!
//! Digits are produced from the *exact* binary value of the double and
//! correctly rounded (round-half-even on the exact value), so
//! `format_float_fixed(0.1, 20) == "0.10000000000000000555"`.
//!
//! The layout logic is a transcription of CPython's `format_float_short`.

use super::float_repr::shortest_digits;

/// Every double is `m * 2^e` with `e >= -1074`, so its exact decimal expansion
/// has at most 1074 fractional digits; beyond that, digits are zeros.
const MAX_EXACT_FRAC: usize = 1100;
/// ... and at most 767 significant decimal digits.
const MAX_EXACT_SIG: usize = 800;

/// Flags of `PyOS_double_to_string` (`Py_DTSF_*`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DtsFlags {
    /// `Py_DTSF_SIGN`: always emit a sign (`+` for non-negative values).
    pub sign: bool,
    /// `Py_DTSF_ADD_DOT_0`: add `.0` to integral results in non-exponent form.
    pub add_dot_0: bool,
    /// `Py_DTSF_ALT`: C's `#` flag (keep the point, keep trailing zeros for g).
    pub alt: bool,
    /// `Py_DTSF_NO_NEG_0`: drop the `-` sign if the result rounds to zero.
    pub no_neg_0: bool,
}

/// Decimal digits of a finite, non-negative double: value ~ `0.DIGITS * 10^decpt`.
/// Trailing zeros are stripped (like David Gay's `dtoa`); zero is `("0", 1)`.
pub(crate) struct Digits {
    pub digits: Vec<u8>,
    pub decpt: i64,
}

fn strip_trailing_zeros(d: &mut Vec<u8>) {
    while d.last() == Some(&b'0') {
        d.pop();
    }
}

/// Parse Rust's `{:e}`-style output (`"1.2345e-7"`, `"5e0"`) into digits.
pub(crate) fn digits_from_exp_str(s: &str) -> Digits {
    let (mant, exp) = s.split_once('e').unwrap_or((s, "0"));
    let exp: i64 = exp.parse().unwrap_or(0);
    let mut digits: Vec<u8> = mant.bytes().filter(|b| b.is_ascii_digit()).collect();
    strip_trailing_zeros(&mut digits);
    if digits.is_empty() {
        return Digits {
            digits: vec![b'0'],
            decpt: 1,
        };
    }
    Digits {
        digits,
        decpt: exp + 1,
    }
}

/// Correctly rounded digits with `prec` digits after the decimal point
/// (dtoa mode 3). A non-zero value that rounds to zero gives no digits and
/// `decpt == -prec`, as dtoa does.
fn fixed_digits(x: f64, prec: usize) -> Digits {
    if x == 0.0 {
        return Digits {
            digits: vec![b'0'],
            decpt: 1,
        };
    }
    let p = prec.min(MAX_EXACT_FRAC);
    let s = format!("{:.*}", p, x);
    let (int_part, frac_part) = s.split_once('.').unwrap_or((&s, ""));
    let mut digits: Vec<u8> = Vec::with_capacity(s.len());
    digits.extend_from_slice(int_part.as_bytes());
    digits.extend_from_slice(frac_part.as_bytes());
    let mut decpt = int_part.len() as i64;
    let lead = digits.iter().take_while(|&&b| b == b'0').count();
    digits.drain(..lead);
    decpt -= lead as i64;
    strip_trailing_zeros(&mut digits);
    if digits.is_empty() {
        decpt = -(prec.min(i64::MAX as usize) as i64);
    }
    Digits { digits, decpt }
}

/// Correctly rounded digits with `n >= 1` significant digits (dtoa mode 2).
fn significant_digits(x: f64, n: usize) -> Digits {
    if x == 0.0 {
        return Digits {
            digits: vec![b'0'],
            decpt: 1,
        };
    }
    let n = n.clamp(1, MAX_EXACT_SIG);
    digits_from_exp_str(&format!("{:.*e}", n - 1, x))
}

/// CPython's `PyOS_double_to_string(val, format_code, precision, flags, NULL)`.
///
/// `code` is one of `e E f F g G r` (anything else is treated as `r`); for
/// `r` the precision is ignored and the shortest round-tripping digits are used.
/// CPython caps precisions at `i32::MAX` ("precision too big"); larger values
/// are clamped to that here.
pub fn double_to_string(val: f64, code: char, precision: usize, flags: DtsFlags) -> String {
    let precision = precision.min(i32::MAX as usize);
    let upper = matches!(code, 'E' | 'F' | 'G');
    let code = code.to_ascii_lowercase();
    let neg = val.is_sign_negative();
    let mut out = String::new();

    if val.is_nan() || val.is_infinite() {
        // The sign of a nan is ignored.
        if val.is_infinite() && neg {
            out.push('-');
        } else if flags.sign {
            out.push('+');
        }
        out.push_str(match (val.is_nan(), upper) {
            (true, false) => "nan",
            (true, true) => "NAN",
            (false, false) => "inf",
            (false, true) => "INF",
        });
        return out;
    }

    let ax = val.abs();
    // dtoa mode and requested digit count.
    let (code, precision, d) = match code {
        'e' => {
            let p = precision.saturating_add(1);
            (b'e', p, significant_digits(ax, p))
        }
        'f' => (b'f', precision, fixed_digits(ax, precision)),
        'g' => {
            let p = precision.max(1);
            (b'g', p, significant_digits(ax, p))
        }
        _ => (b'r', 0, shortest_digits(ax)),
    };
    let precision = precision as i64;
    let digits = d.digits;
    let digits_len = digits.len() as i64;
    let mut decpt = d.decpt;

    let mut sign = neg;
    if flags.no_neg_0 && sign && (digits.is_empty() || digits == b"0") {
        sign = false;
    }

    let mut use_exp = false;
    let mut vdigits_end = digits_len;
    match code {
        b'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        b'f' => vdigits_end = decpt + precision,
        b'g' => {
            let limit = if flags.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if flags.alt {
                vdigits_end = precision;
            }
        }
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }

    let mut exp = 0i64;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    if !use_exp && flags.add_dot_0 {
        vdigits_end = vdigits_end.max(decpt + 1);
    } else {
        vdigits_end = vdigits_end.max(decpt);
    }

    let cap = (vdigits_end - vdigits_start).max(0) as usize + 8;
    let mut buf: Vec<u8> = Vec::with_capacity(cap);
    if sign {
        buf.push(b'-');
    } else if flags.sign {
        buf.push(b'+');
    }
    let zeros = |buf: &mut Vec<u8>, n: i64| {
        if n > 0 {
            buf.resize(buf.len() + n as usize, b'0');
        }
    };
    // Zero padding on the left of the digit string.
    if decpt <= 0 {
        zeros(&mut buf, decpt - vdigits_start);
        buf.push(b'.');
        zeros(&mut buf, -decpt);
    } else {
        zeros(&mut buf, -vdigits_start);
    }
    // Digits, with the decimal point inside them if it falls there.
    if 0 < decpt && decpt <= digits_len {
        buf.extend_from_slice(&digits[..decpt as usize]);
        buf.push(b'.');
        buf.extend_from_slice(&digits[decpt as usize..]);
    } else {
        buf.extend_from_slice(&digits);
    }
    // Zeros on the right.
    if digits_len < decpt {
        zeros(&mut buf, decpt - digits_len);
        buf.push(b'.');
        zeros(&mut buf, vdigits_end - decpt);
    } else {
        zeros(&mut buf, vdigits_end - digits_len);
    }
    // Delete a trailing decimal point unless using the alternate form.
    if buf.last() == Some(&b'.') && !flags.alt {
        buf.pop();
    }
    let mut out = String::from_utf8(buf).unwrap_or_default();
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        let e = exp.unsigned_abs();
        if e < 10 {
            out.push('0');
        }
        out.push_str(&e.to_string());
    }
    out
}

/// C's `sprintf("%.*f", prec, x)`.
pub fn format_float_fixed(x: f64, prec: usize) -> String {
    double_to_string(x, 'f', prec, DtsFlags::default())
}

/// C's `sprintf("%.*e", prec, x)` (`%.*E` when `upper`).
pub fn format_float_exp(x: f64, prec: usize, upper: bool) -> String {
    double_to_string(x, if upper { 'E' } else { 'e' }, prec, DtsFlags::default())
}

/// C's `sprintf("%.*g", prec, x)` (`%.*G` when `upper`, `%#.*g` when `alternate`).
pub fn format_float_general(x: f64, prec: usize, upper: bool, alternate: bool) -> String {
    let flags = DtsFlags {
        alt: alternate,
        ..DtsFlags::default()
    };
    double_to_string(x, if upper { 'G' } else { 'g' }, prec, flags)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn c_printf_examples() {
        assert_eq!(format_float_fixed(0.1, 20), "0.10000000000000000555");
        assert_eq!(format_float_fixed(0.5, 0), "0");
        assert_eq!(format_float_fixed(1.5, 0), "2");
        assert_eq!(format_float_fixed(0.05, 1), "0.1");
        assert_eq!(format_float_fixed(-0.0, 2), "-0.00");
        assert_eq!(format_float_exp(12345.678, 6, false), "1.234568e+04");
        assert_eq!(format_float_exp(9.995, 2, true), "9.99E+00");
        assert_eq!(format_float_exp(1e-300, 0, false), "1e-300");
        assert_eq!(format_float_general(0.0001234, 3, false, false), "0.000123");
        assert_eq!(format_float_general(1e16, 6, false, false), "1e+16");
        assert_eq!(format_float_general(100.0, 3, false, false), "100");
        assert_eq!(format_float_general(1000.0, 3, true, true), "1.00E+03");
        assert_eq!(format_float_general(f64::NAN, 3, true, false), "NAN");
        assert_eq!(
            format_float_general(f64::NEG_INFINITY, 3, false, false),
            "-inf"
        );
    }

    #[test]
    fn flags() {
        let alt = DtsFlags {
            alt: true,
            ..DtsFlags::default()
        };
        assert_eq!(double_to_string(5.0, 'e', 0, alt), "5.e+00");
        let sign = DtsFlags {
            sign: true,
            ..DtsFlags::default()
        };
        assert_eq!(double_to_string(f64::NAN, 'f', 2, sign), "+nan");
        assert_eq!(double_to_string(1.5, 'r', 0, sign), "+1.5");
        let z = DtsFlags {
            no_neg_0: true,
            ..DtsFlags::default()
        };
        assert_eq!(double_to_string(-0.0001, 'f', 2, z), "0.00");
        assert_eq!(double_to_string(-0.0001, 'e', 2, z), "-1.00e-04");
    }
}
