//! bytes/bytearray: translate, maketrans, decode, hex.

use super::{bytes_like, make, need_bytes, this};
use crate::builtins::strings::util::*;
use crate::objects::builtin_fn::{KwArgs, NativeFn};
use crate::objects::str::new_str;
use crate::runtime::errors::{type_error, value_error};
use crate::runtime::thread::Thread;
use crate::runtime::types::type_name;
use crate::runtime::PyResult;
use crate::value::Value;

pub(super) fn methods<const BA: bool>() -> Vec<(&'static str, NativeFn)> {
    vec![
        ("translate", translate::<BA>),
        ("decode", decode::<BA>),
        ("hex", hex::<BA>),
    ]
}

fn translate<const BA: bool>(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (_, data) = this::<BA>(args, "translate")?;
    let [table, delete] = with_kwargs("translate", args, kw, ["table", "delete"], 1)?;
    let table = table.expect("required");
    let table = if table.is_none() {
        None
    } else {
        let t = need_bytes(table)?;
        if t.len() != 256 {
            return Err(value_error("translation table must be 256 characters long"));
        }
        Some(t)
    };
    let delete = match delete {
        Some(d) => need_bytes(d)?.into_owned(),
        None => Vec::new(),
    };
    let out: Vec<u8> = data
        .iter()
        .filter(|b| !delete.contains(b))
        .map(|&b| table.as_ref().map_or(b, |t| t[b as usize]))
        .collect();
    Ok(make::<BA>(out))
}

/// `bytes.maketrans(frm, to)` (static).
pub(super) fn maketrans(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(type_error("maketrans() takes no keyword arguments"));
    }
    if args.len() != 2 {
        return Err(type_error(format!(
            "maketrans expected 2 arguments, got {}",
            args.len()
        )));
    }
    let frm = need_bytes(args[0])?;
    let to = need_bytes(args[1])?;
    if frm.len() != to.len() {
        return Err(value_error("maketrans arguments must have same length"));
    }
    let mut t: Vec<u8> = (0..=255u8).collect();
    for (&a, &b) in frm.iter().zip(to.iter()) {
        t[a as usize] = b;
    }
    Ok(crate::objects::bytes::new_bytes(t))
}

fn decode<const BA: bool>(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (_, data) = this::<BA>(args, "decode")?;
    let [enc, err] = with_kwargs("decode", args, kw, ["encoding", "errors"], 0)?;
    let param = |v: Option<Value>, what: &str, default: &'static str| -> PyResult<&'static str> {
        match v {
            None => Ok(default),
            Some(v) => v.as_str().ok_or_else(|| {
                type_error(format!(
                    "decode() argument '{what}' must be str, not {}",
                    type_name(v)
                ))
            }),
        }
    };
    let encoding = param(enc, "encoding", "utf-8")?;
    let errors = param(err, "errors", "strict")?;
    if encoding == "utf-8" && errors == "strict" {
        if let Ok(s) = std::str::from_utf8(&data) {
            return Ok(new_str(s));
        }
    }
    let codec = crate::builtins::strings::lookup_codec(encoding)?;
    Ok(new_str(crate::builtins::strings::decode_bytes(
        &data, codec, errors,
    )?))
}

fn hex<const BA: bool>(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (_, data) = this::<BA>(args, "hex")?;
    let [sep, per] = with_kwargs("hex", args, kw, ["sep", "bytes_per_sep"], 0)?;
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let sep = match sep {
        None => None,
        Some(s) => {
            let text: Vec<u8> = if let Some(t) = s.as_str() {
                if !t.is_ascii() {
                    return Err(value_error("sep must be ASCII."));
                }
                t.as_bytes().to_vec()
            } else if let Some(b) = bytes_like(s) {
                b.into_owned()
            } else {
                return Err(type_error(format!(
                    "object of type '{}' has no len()",
                    type_name(s)
                )));
            };
            if text.len() != 1 {
                return Err(value_error("sep must be length 1."));
            }
            Some(text[0])
        }
    };
    let per = match per {
        Some(p) => int_arg(ts, p)?,
        None => 1,
    };
    let mut out = String::with_capacity(data.len() * 3);
    let n = data.len();
    let group = per.unsigned_abs() as usize;
    for (i, &b) in data.iter().enumerate() {
        if let Some(s) = sep {
            if i > 0 && group > 0 {
                let boundary = if per > 0 {
                    (n - i) % group == 0
                } else {
                    i % group == 0
                };
                if boundary {
                    out.push(s as char);
                }
            }
        }
        out.push(DIGITS[(b >> 4) as usize] as char);
        out.push(DIGITS[(b & 15) as usize] as char);
    }
    Ok(new_str(out))
}
