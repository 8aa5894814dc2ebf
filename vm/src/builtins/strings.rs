//! `str` (and `bytes`) methods, `format()` and `%`-formatting glue.

use crate::objects::str::new_str;
use crate::runtime::errors::type_error;
use crate::runtime::thread::Thread;
use crate::runtime::types::type_name;
use crate::runtime::PyResult;
use crate::value::Value;

pub fn register() {}

/// A one-character str (ASCII ones are interned).
pub fn char_str(c: char) -> Value {
    if c.is_ascii() {
        let mut buf = [0u8; 4];
        return crate::runtime::intern::intern(c.encode_utf8(&mut buf));
    }
    new_str(c.to_string())
}

/// `ascii()`'s escaping of non-ASCII characters in an already-repr'd text.
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c as u32 {
            0..=0x7f => out.push(c),
            0x80..=0xff => out.push_str(&format!("\\x{:02x}", c as u32)),
            0x100..=0xffff => out.push_str(&format!("\\u{:04x}", c as u32)),
            u => out.push_str(&format!("\\U{u:08x}")),
        }
    }
    out
}

/// `format(v, spec)`.
pub fn format_value(ts: &mut Thread, v: Value, spec: &str) -> PyResult<Value> {
    if let Some(r) = crate::protocol::dunder::call_user_dunder(ts, v, "__format__", &[new_str(spec)])? {
        return Ok(r);
    }
    if spec.is_empty() {
        return crate::protocol::str_of(ts, v);
    }
    Err(type_error(format!("unsupported format string passed to {}.__format__", type_name(v))))
}

/// `fmt % args`.
pub fn percent_format(_ts: &mut Thread, _fmt: Value, _args: Value) -> PyResult<Value> {
    Err(type_error("%-formatting is not supported yet"))
}
