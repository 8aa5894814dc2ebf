//! Parsing of `str.format` replacement fields (CPython's `parse_field`
//! and `get_integer`). All syntax characters are ASCII, so the parser
//! scans UTF-8 bytes.

use super::unicode::decimal_value;
use crate::runtime::errors::value_error;
use crate::runtime::PyResult;

/// A parsed replacement field.
pub(super) struct Field<'s> {
    pub name: &'s str,
    pub conversion: Option<char>,
    pub spec: &'s str,
    pub spec_has_fields: bool,
}

/// `get_integer`: the decimal value of `s`, None when empty or not all digits.
pub(super) fn get_integer(s: &str) -> PyResult<Option<usize>> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut acc: usize = 0;
    for c in s.chars() {
        let Some(d) = decimal_value(c) else {
            return Ok(None);
        };
        acc = match acc
            .checked_mul(10)
            .and_then(|a| a.checked_add(d as usize))
            .filter(|&a| a <= isize::MAX as usize)
        {
            Some(a) => a,
            None => return Err(value_error("Too many decimal digits in format string")),
        };
    }
    Ok(Some(acc))
}

/// Parses the field after its `{`; `pos` ends after the closing `}`.
pub(super) fn parse_field<'s>(s: &'s str, pos: &mut usize) -> PyResult<Field<'s>> {
    let b = s.as_bytes();
    let start = *pos;
    let mut c = 0u8;
    while *pos < b.len() {
        c = b[*pos];
        *pos += 1;
        match c {
            b'{' => return Err(value_error("unexpected '{' in field name")),
            b'[' => {
                while *pos < b.len() && b[*pos] != b']' {
                    *pos += 1;
                }
                continue;
            }
            b'}' | b':' | b'!' => break,
            _ => continue,
        }
    }
    let name = &s[start..(*pos).saturating_sub(1).max(start)];
    let mut field = Field {
        name,
        conversion: None,
        spec: "",
        spec_has_fields: false,
    };
    if c == b'!' || c == b':' {
        if c == b'!' {
            if *pos >= b.len() {
                return Err(value_error(
                    "end of string while looking for conversion specifier",
                ));
            }
            let conv = s[*pos..].chars().next().expect("in bounds");
            *pos += conv.len_utf8();
            field.conversion = Some(conv);
            if *pos < b.len() {
                let c2 = b[*pos];
                *pos += 1;
                if c2 == b'}' {
                    return Ok(field);
                }
                if c2 != b':' {
                    return Err(value_error("expected ':' after conversion specifier"));
                }
            }
        }
        let spec_start = *pos;
        let mut depth = 1;
        while *pos < b.len() {
            let c = b[*pos];
            *pos += 1;
            match c {
                b'{' => {
                    field.spec_has_fields = true;
                    depth += 1;
                }
                b'}' => {
                    depth -= 1;
                    if depth == 0 {
                        field.spec = &s[spec_start..*pos - 1];
                        return Ok(field);
                    }
                }
                _ => {}
            }
        }
        return Err(value_error("unmatched '{' in format spec"));
    }
    if c != b'}' {
        return Err(value_error("expected '}' before end of string"));
    }
    Ok(field)
}
