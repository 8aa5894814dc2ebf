//! Small `repr`s for the constants a code object can hold.

use super::code_header;
use crate::objects::code::CodeObj;
use crate::value::Value;
use std::fmt::Write;

/// A small `repr` for constants.
pub fn const_repr(v: Value) -> String {
    if v.is_none() {
        return "None".into();
    }
    if v == Value::TRUE {
        return "True".into();
    }
    if v == Value::FALSE {
        return "False".into();
    }
    if v == Value::ELLIPSIS {
        return "Ellipsis".into();
    }
    if let Some(i) = v.as_small_int() {
        return i.to_string();
    }
    if let Some(f) = v.as_float() {
        return float_repr(f);
    }
    if let Some(b) = v.as_bigint() {
        return b.to_string();
    }
    if let Some(s) = v.as_str() {
        return str_repr(s);
    }
    if let Some(b) = v.as_bytes() {
        return bytes_repr(b);
    }
    if let Some(t) = v.as_tuple() {
        let items: Vec<String> = t.iter().map(|&x| const_repr(x)).collect();
        return if items.len() == 1 {
            format!("({},)", items[0])
        } else {
            format!("({})", items.join(", "))
        };
    }
    if let Some(c) = v.downcast::<CodeObj>() {
        return code_header(c.get());
    }
    if let Some((re, im)) = v.as_complex() {
        return crate::format::complex_repr(re, im);
    }
    "<object>".into()
}

/// Python's float repr (shortest round-trip digits).
pub fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf" } else { "-inf" }.into();
    }
    let sci = format!("{f:e}");
    let (mantissa, exp) = sci.split_once('e').expect("exponent");
    let exp: i32 = exp.parse().expect("exponent digits");
    let (sign, mantissa) = match mantissa.strip_prefix('-') {
        Some(m) => ("-", m),
        None => ("", mantissa),
    };
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    if (-4..16).contains(&exp) {
        if exp >= 0 {
            let e = exp as usize;
            let (int, frac) = if digits.len() > e + 1 {
                (digits[..e + 1].to_string(), digits[e + 1..].to_string())
            } else {
                (format!("{digits:0<width$}", width = e + 1), "0".to_string())
            };
            format!("{sign}{int}.{frac}")
        } else {
            format!("{sign}0.{}{digits}", "0".repeat((-exp - 1) as usize))
        }
    } else {
        let frac = if digits.len() > 1 {
            format!(".{}", &digits[1..])
        } else {
            String::new()
        };
        let esign = if exp < 0 { '-' } else { '+' };
        format!("{sign}{}{frac}e{esign}{:02}", &digits[..1], exp.abs())
    }
}

/// Python's str repr.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for ch in s.chars() {
        match ch {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || (0x7f..0xa1).contains(&(c as u32)) || c == '\u{ad}' => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from("b");
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => {
                let _ = write!(out, "\\x{c:02x}");
            }
        }
    }
    out.push(quote);
    out
}
