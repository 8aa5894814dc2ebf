//! `str`: constructor and methods, `format()` and `%`-formatting glue.
//!
//! The methods live in `strings/` by family; this module registers them
//! and keeps the entry points other modules call.

pub(crate) mod codecs;
mod constructor;
mod dunder;
mod format_method;
mod format_parse;
pub(crate) mod format_value;
mod methods_case;
mod methods_misc;
mod methods_pad;
mod methods_search;
mod methods_split;
mod percent;
#[cfg(test)]
mod tests;
pub(crate) mod unicode;
pub(crate) mod util;

use super::{add_bound, add_methods, Bind};
use crate::objects::bytes::{new_bytearray, new_bytes, ByteArrayObj};
use crate::objects::str::new_str;
use crate::runtime::errors::type_error;
use crate::runtime::thread::Thread;
use crate::runtime::types::{type_name, types};
use crate::runtime::PyResult;
use crate::value::Value;

pub(crate) use codecs::{decode as decode_bytes, encode as encode_str, lookup as lookup_codec};
pub use dunder::str_getitem;

pub fn register() {
    let t = types();
    let _ = t.str.native_new.set(constructor::str_new);
    for table in [
        methods_case::METHODS,
        methods_search::METHODS,
        methods_split::METHODS,
        methods_pad::METHODS,
        methods_misc::METHODS,
        dunder::METHODS,
    ] {
        add_methods(t.str, table);
    }
    add_methods(
        t.str,
        &[
            ("format", format_method::format),
            ("format_map", format_method::format_map),
        ],
    );
    add_bound(t.str, Bind::Static, methods_misc::STATIC);
    add_bound(t.str, Bind::Static, &[("__new__", constructor::str_new)]);
}

/// The interned one-character ASCII strs, built once: indexing and
/// iterating strs hit this table from every thread, so it must not take
/// the intern table's lock.
static ASCII_CHARS: std::sync::OnceLock<[u64; 128]> = std::sync::OnceLock::new();

/// A one-character str (ASCII ones are interned).
pub fn char_str(c: char) -> Value {
    if c.is_ascii() {
        let table = ASCII_CHARS.get_or_init(|| {
            std::array::from_fn(|i| {
                let mut buf = [0u8; 4];
                crate::runtime::intern::intern((i as u8 as char).encode_utf8(&mut buf)).bits()
            })
        });
        // Interned strings are permanent roots, so the bits stay valid.
        return Value::from_bits(table[c as usize]);
    }
    new_str(c.to_string())
}

/// `ascii()`'s escaping of non-ASCII characters in an already-repr'd text.
pub fn ascii_escape(s: &str) -> String {
    crate::format::ascii_escape(s)
}

/// `format(v, spec)`: a Python `__format__` first, then int (and bool),
/// float and str through the format library; other objects accept only an
/// empty spec.
pub fn format_value(ts: &mut Thread, v: Value, spec: &str) -> PyResult<Value> {
    format_value::format_value(ts, v, spec)
}

/// `fmt % args` for a str, bytes or bytearray `fmt`.
pub fn percent_format(ts: &mut Thread, fmt: Value, args: Value) -> PyResult<Value> {
    if let Some(f) = fmt.as_str() {
        return Ok(new_str(percent::format_str(ts, f, args)?));
    }
    if let Some(b) = fmt.as_bytes() {
        return Ok(new_bytes(percent::format_bytes(ts, b, args)?));
    }
    if let Some(ba) = fmt.downcast::<ByteArrayObj>() {
        let data = ba.data.lock().clone();
        return Ok(new_bytearray(percent::format_bytes(ts, &data, args)?));
    }
    Err(type_error(format!(
        "unsupported operand type(s) for %: '{}' and '{}'",
        type_name(fmt),
        type_name(args)
    )))
}
