//! Case conversion and character-class predicates of `str`.

use super::unicode::*;
use super::util::{noargs, this_str};
use crate::objects::builtin_fn::{KwArgs, NativeFn};
use crate::objects::str::new_str;
use crate::runtime::thread::Thread;
use crate::runtime::PyResult;
use crate::value::Value;

pub(super) const METHODS: &[(&str, NativeFn)] = &[
    ("upper", upper),
    ("lower", lower),
    ("capitalize", capitalize),
    ("title", title),
    ("swapcase", swapcase),
    ("casefold", casefold),
    ("isdigit", isdigit),
    ("isdecimal", isdecimal),
    ("isnumeric", isnumeric),
    ("isalpha", isalpha),
    ("isalnum", isalnum),
    ("isspace", isspace),
    ("isupper", isupper),
    ("islower", islower),
    ("istitle", istitle),
    ("isidentifier", isidentifier),
    ("isprintable", isprintable),
    ("isascii", isascii),
];

/// Receiver text of a no-argument method.
fn text<'a>(
    args: &[Value],
    kw: KwArgs,
    name: &'static str,
) -> PyResult<(crate::object::Gc<crate::objects::str::StrObj>, &'a str)> {
    let r = this_str(args, name)?;
    noargs("str", name, args, kw)?;
    Ok(r)
}

fn upper(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (_, s) = text(args, kw, "upper")?;
    if s.is_ascii() {
        return Ok(new_str(s.to_ascii_uppercase()));
    }
    Ok(new_str(s.to_uppercase()))
}

fn lower(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (_, s) = text(args, kw, "lower")?;
    if s.is_ascii() {
        return Ok(new_str(s.to_ascii_lowercase()));
    }
    Ok(new_str(s.to_lowercase()))
}

fn capitalize(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (_, s) = text(args, kw, "capitalize")?;
    if s.is_ascii() {
        let mut b = s.as_bytes().to_ascii_lowercase();
        if let Some(f) = b.first_mut() {
            f.make_ascii_uppercase();
        }
        return Ok(new_str(String::from_utf8(b).expect("ascii")));
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        if i == 0 {
            push_title(&mut out, chars[0]);
        } else {
            push_lower_at(&mut out, &chars, i);
        }
    }
    Ok(new_str(out))
}

fn title(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (_, s) = text(args, kw, "title")?;
    let mut prev_cased = false;
    if s.is_ascii() {
        let mut b = s.as_bytes().to_vec();
        for c in b.iter_mut() {
            if prev_cased {
                c.make_ascii_lowercase();
            } else {
                c.make_ascii_uppercase();
            }
            prev_cased = c.is_ascii_alphabetic();
        }
        return Ok(new_str(String::from_utf8(b).expect("ascii")));
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if prev_cased {
            push_lower_at(&mut out, &chars, i);
        } else {
            push_title(&mut out, c);
        }
        prev_cased = is_cased(c);
    }
    Ok(new_str(out))
}

fn swapcase(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (_, s) = text(args, kw, "swapcase")?;
    if s.is_ascii() {
        let b: Vec<u8> = s
            .bytes()
            .map(|c| {
                if c.is_ascii_uppercase() {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                }
            })
            .collect();
        return Ok(new_str(String::from_utf8(b).expect("ascii")));
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if is_upper(c) {
            push_lower_at(&mut out, &chars, i);
        } else if is_lower(c) {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    Ok(new_str(out))
}

fn casefold(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (_, s) = text(args, kw, "casefold")?;
    if s.is_ascii() {
        return Ok(new_str(s.to_ascii_lowercase()));
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_casefold(&mut out, c);
    }
    Ok(new_str(out))
}

/// A predicate true when `s` is non-empty and every character satisfies `f`.
fn all_chars(s: &str, f: impl Fn(char) -> bool) -> Value {
    Value::from_bool(!s.is_empty() && s.chars().all(f))
}

fn isdigit(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (_, s) = text(args, kw, "isdigit")?;
    Ok(all_chars(s, is_digit))
}

fn isdecimal(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (_, s) = text(args, kw, "isdecimal")?;
    Ok(all_chars(s, is_decimal))
}

fn isnumeric(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (_, s) = text(args, kw, "isnumeric")?;
    Ok(all_chars(s, is_numeric))
}

fn isalpha(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (_, s) = text(args, kw, "isalpha")?;
    Ok(all_chars(s, is_alpha))
}

fn isalnum(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (_, s) = text(args, kw, "isalnum")?;
    Ok(all_chars(s, is_alnum))
}

fn isspace(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (_, s) = text(args, kw, "isspace")?;
    Ok(all_chars(s, is_space))
}

fn isupper(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (_, s) = text(args, kw, "isupper")?;
    let mut cased = false;
    for c in s.chars() {
        if is_lower(c) || is_title(c) {
            return Ok(Value::FALSE);
        }
        cased |= is_upper(c);
    }
    Ok(Value::from_bool(cased))
}

fn islower(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (_, s) = text(args, kw, "islower")?;
    let mut cased = false;
    for c in s.chars() {
        if is_upper(c) || is_title(c) {
            return Ok(Value::FALSE);
        }
        cased |= is_lower(c);
    }
    Ok(Value::from_bool(cased))
}

fn istitle(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (_, s) = text(args, kw, "istitle")?;
    let (mut cased, mut prev_cased) = (false, false);
    for c in s.chars() {
        if is_upper(c) || is_title(c) {
            if prev_cased {
                return Ok(Value::FALSE);
            }
            prev_cased = true;
            cased = true;
        } else if is_lower(c) {
            if !prev_cased {
                return Ok(Value::FALSE);
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(Value::from_bool(cased))
}

fn isidentifier(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (_, s) = text(args, kw, "isidentifier")?;
    Ok(Value::from_bool(is_identifier(s)))
}

fn isprintable(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (_, s) = text(args, kw, "isprintable")?;
    Ok(Value::from_bool(s.chars().all(crate::format::is_printable)))
}

fn isascii(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (g, _) = text(args, kw, "isascii")?;
    Ok(Value::from_bool(g.is_ascii()))
}
