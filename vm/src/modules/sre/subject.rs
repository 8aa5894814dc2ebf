//! The subject of a match as a slice of code units: `u8` for bytes and
//! ASCII str (borrowed, no copy), `char` for other str.

use super::matcher::Found;
use super::CompiledProgram;
use crate::objects::bytes::{new_bytes, ByteArrayObj};
use crate::objects::str::{new_str, StrObj};
use crate::runtime::errors::type_error;
use crate::runtime::types::type_name;
use crate::runtime::PyResult;
use crate::value::Value;
use std::cell::RefCell;
use std::rc::Rc;

/// The subject as code units (`u8` for bytes and ASCII str).
pub(super) enum Subject<'a> {
    Narrow(std::borrow::Cow<'a, [u8]>, bool),
    Wide(Rc<[char]>),
}

/// (object bits, length in code points, hash).
type WideKey = (u64, usize, i64);

thread_local! {
    /// The last non-ASCII subject decoded on this thread, keyed by object,
    /// length and hash: loops such as `pattern.match(text, pos)` over one
    /// long text decode it once instead of on every call.
    static WIDE_CACHE: RefCell<Option<(WideKey, Rc<[char]>)>> = const { RefCell::new(None) };
}

/// The code points of a non-ASCII str (cached for long subjects).
fn wide(v: Value, s: &StrObj) -> Rc<[char]> {
    if s.len() < 256 {
        return s.as_str().chars().collect();
    }
    let key = (v.bits(), s.len(), s.hash());
    WIDE_CACHE.with(|c| {
        let mut c = c.borrow_mut();
        if let Some((k, chars)) = c.as_ref() {
            if *k == key {
                return chars.clone();
            }
        }
        let chars: Rc<[char]> = s.as_str().chars().collect();
        *c = Some((key, chars.clone()));
        chars
    })
}

pub(super) fn subject(cp: &CompiledProgram, v: Value) -> PyResult<Subject<'static>> {
    if let Some(s) = v.downcast::<StrObj>() {
        if !cp.istext {
            return Err(type_error(
                "cannot use a bytes pattern on a string-like object",
            ));
        }
        let s = s.get();
        return Ok(if s.is_ascii() {
            Subject::Narrow(std::borrow::Cow::Borrowed(s.as_str().as_bytes()), true)
        } else {
            Subject::Wide(wide(v, s))
        });
    }
    let bytes = if let Some(b) = v.as_bytes() {
        std::borrow::Cow::Borrowed(b)
    } else if let Some(ba) = v.downcast::<ByteArrayObj>() {
        std::borrow::Cow::Owned(ba.get().data.lock().clone())
    } else {
        return Err(type_error(format!(
            "expected string or bytes-like object, got '{}'",
            type_name(v)
        )));
    };
    if cp.istext {
        return Err(type_error(
            "cannot use a string pattern on a bytes-like object",
        ));
    }
    Ok(Subject::Narrow(bytes, false))
}

impl Subject<'_> {
    pub(super) fn len(&self) -> usize {
        match self {
            Subject::Narrow(b, _) => b.len(),
            Subject::Wide(c) => c.len(),
        }
    }

    /// `string[s:e]` as a new str or bytes.
    pub(super) fn slice(&self, s: usize, e: usize) -> Value {
        match self {
            Subject::Narrow(b, true) => new_str(String::from_utf8_lossy(&b[s..e]).into_owned()),
            Subject::Narrow(b, false) => new_bytes(b[s..e].to_vec()),
            Subject::Wide(c) => new_str(c[s..e].iter().collect::<String>()),
        }
    }

    /// `string[s:e]` for a group's slots, or the empty string when unset.
    pub(super) fn group(&self, f: &Found, g: usize) -> Value {
        match f.span(g) {
            Some((s, e)) => self.slice(s, e),
            None => self.slice(0, 0),
        }
    }
}
