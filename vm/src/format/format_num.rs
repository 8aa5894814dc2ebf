//! `format(value, spec)` for int, float and str (CPython 3.11's
//! `Python/formatter_unicode.c`).
//!
//! Every function takes an already parsed [`FormatSpec`] (see
//! [`super::spec::parse`]); an *empty* spec string means `str(value)` and
//! must be handled by the caller. Errors are `ValueError` messages except the
//! two listed in [`OVERFLOW_MESSAGES`], which are `OverflowError`s.

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

use super::float_fmt::{double_to_string, DtsFlags};
use super::layout::{layout_number, pad_text, Layout, NumberParts};
use super::spec::{check_grouping, unknown_format_code, FormatSpec};

/// `format(x, 'c')` with an out-of-range code point (OverflowError).
pub const C_ARG_RANGE_MSG: &str = "%c arg not in range(0x110000)";
/// `format(2**70, 'c')` (OverflowError).
pub const C_LONG_OVERFLOW_MSG: &str = "Python int too large to convert to C long";
/// `format(10**400, 'f')` (OverflowError).
pub const INT_TOO_LARGE_FOR_FLOAT_MSG: &str = "int too large to convert to float";
/// A width too large to allocate (CPython raises `MemoryError` there).
pub const WIDTH_MEMORY_ERROR_MSG: &str = "format width too big";
/// Largest width we try to honour (4 GiB of padding).
pub(crate) const MAX_WIDTH: usize = 1 << 32;

fn check_width(spec: &FormatSpec) -> Result<(), String> {
    if spec.width.is_some_and(|w| w > MAX_WIDTH) {
        return Err(WIDTH_MEMORY_ERROR_MSG.to_string());
    }
    Ok(())
}

/// Error messages of this module that are `OverflowError`s (the rest are
/// `ValueError`s, except [`WIDTH_MEMORY_ERROR_MSG`], a `MemoryError`).
pub const OVERFLOW_MESSAGES: &[&str] = &[
    C_ARG_RANGE_MSG,
    C_LONG_OVERFLOW_MSG,
    INT_TOO_LARGE_FOR_FLOAT_MSG,
];

fn grouping_for(spec: &FormatSpec, four: bool) -> Option<(char, usize)> {
    match spec.grouping {
        Some('_') if four => Some(('_', 4)),
        Some(c) => Some((c, 3)),
        None => None,
    }
}

/// `int.__format__` with type name `"int"`.
pub fn format_int(v: &BigInt, spec: &FormatSpec) -> Result<String, String> {
    format_int_as(v, spec, "int")
}

/// `int.__format__` for an int (or subclass, e.g. `bool`) whose type is
/// `type_name` (used in "Unknown format code" messages).
pub fn format_int_as(v: &BigInt, spec: &FormatSpec, type_name: &str) -> Result<String, String> {
    let ty = spec.ty.unwrap_or('d');
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let f = int_to_f64(v)?;
            return format_float_as(f, spec, "float");
        }
        _ => return Err(unknown_format_code(ty, type_name)),
    }
    if spec.precision.is_some() {
        return Err("Precision not allowed in integer format specifier".to_string());
    }
    if spec.no_neg_zero {
        return Err(
            "Negative zero coercion (z) not allowed in integer format specifier".to_string(),
        );
    }
    let (fill, align) = spec.fill_align('>');
    let mut lay = Layout {
        fill,
        align,
        sign: spec.sign,
        width: spec.width,
        grouping: None,
    };
    if ty == 'c' {
        if spec.sign.is_some() {
            return Err("Sign not allowed with integer format specifier 'c'".to_string());
        }
        if spec.alternate {
            return Err(
                "Alternate form (#) not allowed with integer format specifier 'c'".to_string(),
            );
        }
        let x = v.to_i64().ok_or_else(|| C_LONG_OVERFLOW_MSG.to_string())?;
        if !(0..=0x10ffff).contains(&x) {
            return Err(C_ARG_RANGE_MSG.to_string());
        }
        let ch = char::from_u32(x as u32)
            .ok_or_else(|| format!("surrogate code point U+{:04X} cannot be represented", x))?;
        check_width(spec)?;
        let text = ch.to_string();
        let parts = NumberParts {
            negative: false,
            prefix: "",
            digits: "",
            has_decimal: false,
            remainder: &text,
        };
        return Ok(layout_number(&parts, &lay));
    }
    let (base, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    check_width(spec)?;
    let mut digits = v.magnitude().to_str_radix(base);
    if ty == 'X' {
        digits.make_ascii_uppercase();
    }
    if ty != 'n' {
        lay.grouping = grouping_for(spec, base != 10);
    }
    let parts = NumberParts {
        negative: v.sign() == Sign::Minus,
        prefix: if spec.alternate { prefix } else { "" },
        digits: &digits,
        has_decimal: false,
        remainder: "",
    };
    Ok(layout_number(&parts, &lay))
}

/// `float(int)`: correctly rounded; `Err` with the OverflowError message if too large.
pub fn int_to_f64(v: &BigInt) -> Result<f64, String> {
    match v.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(INT_TOO_LARGE_FOR_FLOAT_MSG.to_string()),
    }
}

/// `float.__format__` with type name `"float"`.
pub fn format_float(v: f64, spec: &FormatSpec) -> Result<String, String> {
    format_float_as(v, spec, "float")
}

/// `float.__format__` for a float whose type is `type_name`.
pub fn format_float_as(v: f64, spec: &FormatSpec, type_name: &str) -> Result<String, String> {
    let ty = spec.ty;
    match ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => {}
        Some(t) => return Err(unknown_format_code(t, type_name)),
    }
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err("precision too big".to_string());
    }
    let mut flags = DtsFlags {
        alt: spec.alternate,
        no_neg_0: spec.no_neg_zero,
        ..DtsFlags::default()
    };
    let mut default_precision = 6;
    let mut code = match ty {
        None => {
            flags.add_dot_0 = true;
            default_precision = 0;
            'r'
        }
        Some('n') => 'g',
        Some(t) => t,
    };
    let mut val = v;
    let mut add_pct = false;
    if code == '%' {
        code = 'f';
        val *= 100.0;
        add_pct = true;
    }
    let precision = match spec.precision {
        None => default_precision,
        Some(p) => {
            if code == 'r' {
                code = 'g';
            }
            p
        }
    };
    check_width(spec)?;
    let mut text = double_to_string(val, code, precision, flags);
    if add_pct {
        text.push('%');
    }
    let (fill, align) = spec.fill_align('>');
    let lay = Layout {
        fill,
        align,
        sign: spec.sign,
        width: spec.width,
        grouping: if ty == Some('n') {
            None
        } else {
            grouping_for(spec, false)
        },
    };
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.as_str()),
    };
    let n_int = body.bytes().take_while(|b| b.is_ascii_digit()).count();
    let (digits, rest) = body.split_at(n_int);
    let (has_decimal, remainder) = match rest.strip_prefix('.') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    let parts = NumberParts {
        negative,
        prefix: "",
        digits,
        has_decimal,
        remainder,
    };
    Ok(layout_number(&parts, &lay))
}

/// `str.__format__` with type name `"str"`. Width counts code points;
/// precision truncates to that many code points.
pub fn format_str(s: &str, spec: &FormatSpec) -> Result<String, String> {
    format_str_as(s, spec, "str")
}

/// `str.__format__` for a str (subclass) whose type is `type_name`.
pub fn format_str_as(s: &str, spec: &FormatSpec, type_name: &str) -> Result<String, String> {
    check_grouping(spec.grouping, Some(spec.ty.unwrap_or('s')))?;
    if let Some(t) = spec.ty {
        if t != 's' {
            return Err(unknown_format_code(t, type_name));
        }
    }
    match spec.sign {
        Some(' ') => return Err("Space not allowed in string format specifier".to_string()),
        Some(_) => return Err("Sign not allowed in string format specifier".to_string()),
        None => {}
    }
    if spec.no_neg_zero {
        return Err(
            "Negative zero coercion (z) not allowed in string format specifier".to_string(),
        );
    }
    if spec.alternate {
        return Err("Alternate form (#) not allowed in string format specifier".to_string());
    }
    let (fill, align) = spec.fill_align('<');
    if align == '=' {
        return Err("'=' alignment not allowed in string format specifier".to_string());
    }
    check_width(spec)?;
    let truncated = match spec.precision {
        Some(p) => match s.char_indices().nth(p) {
            Some((i, _)) => &s[..i],
            None => s,
        },
        None => s,
    };
    Ok(pad_text(truncated, spec.width, fill, align))
}

#[cfg(test)]
mod tests {
    use super::super::spec::parse;
    use super::*;

    fn fi(v: i64, spec: &str) -> String {
        let s = parse(spec, "int").unwrap();
        format_int(&BigInt::from(v), &s).unwrap_or_else(|e| format!("!{e}"))
    }

    fn ff(v: f64, spec: &str) -> String {
        let s = parse(spec, "float").unwrap();
        format_float(v, &s).unwrap_or_else(|e| format!("!{e}"))
    }

    #[test]
    fn examples() {
        assert_eq!(fi(255, "#x"), "0xff");
        assert_eq!(fi(-255, "#010X"), "-0X00000FF");
        assert_eq!(fi(1234567, ","), "1,234,567");
        assert_eq!(fi(255, "#_b"), "0b1111_1111");
        assert_eq!(fi(1234, "09,"), "0,001,234");
        assert_eq!(fi(5, "^10"), "    5     ");
        assert_eq!(fi(65, "c"), "A");
        assert_eq!(
            fi(1, ".2"),
            "!Precision not allowed in integer format specifier"
        );
        assert_eq!(ff(3.14259, "=+08.2f"), "+0003.14");
        assert_eq!(ff(1234.5, "e"), "1.234500e+03");
        assert_eq!(ff(1e16, "g"), "1e+16");
        assert_eq!(ff(123456.0, "g"), "123456");
        assert_eq!(ff(1234567.0, "g"), "1.23457e+06");
        assert_eq!(ff(2.5, ".0e"), "2e+00");
        assert_eq!(ff(0.25, "%"), "25.000000%");
        assert_eq!(ff(100.0, ".3"), "1e+02");
        assert_eq!(ff(1.0, ".3"), "1.0");
        assert_eq!(ff(-0.0, "z"), "0.0");
        assert_eq!(ff(f64::INFINITY, "010"), "0000000inf");
        assert_eq!(ff(1234.5, "010,.1f"), "0,001,234.5");
    }

    #[test]
    fn strings() {
        let f = |v: &str, spec: &str| {
            format_str(v, &parse(spec, "str").unwrap()).unwrap_or_else(|e| format!("!{e}"))
        };
        assert_eq!(f("ab", "^6"), "  ab  ");
        assert_eq!(f("日本語", "*>5.2"), "***日本");
        assert_eq!(f("ab", "05"), "ab000");
        assert_eq!(f("ab", ","), "!Cannot specify ',' with 's'.");
        assert_eq!(
            f("ab", "="),
            "!'=' alignment not allowed in string format specifier"
        );
    }
}
