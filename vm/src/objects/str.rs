//! `str`: immutable UTF-8 text with a cached hash and code-point length.
//! ASCII strings index by byte (the fast path); others walk code points.

use crate::heap::kinds::Trace;
use crate::heap::{alloc, note_external, Tracer};
use crate::object::Gc;
use crate::runtime::types::types;
use crate::value::Value;
use std::sync::atomic::{AtomicI64, Ordering};

pub mod text;

pub use text::IntoText;
use text::Text;

pub struct StrObj {
    s: Text,
    nchars: usize,
    /// 0 while not yet computed (a real hash of 0 is stored as 1).
    hash: AtomicI64,
}

impl Trace for StrObj {
    fn trace(&self, _: &mut Tracer) {}
}

impl StrObj {
    pub fn new(s: Box<str>) -> StrObj {
        StrObj::from_text(Text::from_box(s))
    }
    fn from_text(s: Text) -> StrObj {
        let text = s.as_str();
        let nchars = if text.is_ascii() {
            text.len()
        } else {
            text.chars().count()
        };
        StrObj {
            s,
            nchars,
            hash: AtomicI64::new(0),
        }
    }
    #[inline]
    pub fn as_str(&self) -> &str {
        self.s.as_str()
    }
    /// Length in code points.
    #[inline]
    pub fn len(&self) -> usize {
        self.nchars
    }
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.nchars == 0
    }
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.nchars == self.as_str().len()
    }
    pub fn hash(&self) -> i64 {
        let h = self.hash.load(Ordering::Relaxed);
        if h != 0 {
            return h;
        }
        let mut h = crate::runtime::hash::hash_bytes(self.as_str().as_bytes());
        if h == 0 || h == -1 {
            h = 1;
        }
        self.hash.store(h, Ordering::Relaxed);
        h
    }
    /// The code point at index `i` (which must be < len).
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() {
            self.as_str().as_bytes()[i] as char
        } else {
            self.as_str().chars().nth(i).expect("index in range")
        }
    }
    /// Byte offset of code point `i` (i <= len).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            i
        } else {
            let s = self.as_str();
            s.char_indices().nth(i).map_or(s.len(), |(b, _)| b)
        }
    }
}

/// A new `str` object.
#[inline]
pub fn new_str(s: impl IntoText) -> Value {
    new_str_gc(s).value()
}

#[inline]
pub fn new_str_gc(s: impl IntoText) -> Gc<StrObj> {
    alloc_str(StrObj::from_text(s.into_text()))
}

fn alloc_str(obj: StrObj) -> Gc<StrObj> {
    // Inline text owns nothing outside the cell: skip the shared counter's
    // atomic add.
    let external = obj.s.external_bytes();
    if external > 0 {
        note_external(external);
    }
    alloc(types().str, obj)
}

/// A new `str` from borrowed text (short text is copied straight into the
/// object, with no intermediate allocation).
pub fn new_str_from(s: &str) -> Value {
    alloc_str(StrObj::from_text(Text::new(s))).value()
}

/// `a + b` for two strs.
pub fn concat(a: &str, b: &str) -> Value {
    alloc_str(StrObj::from_text(Text::concat(a, b))).value()
}

impl Value {
    /// The text of a `str` (or subclass) value.
    #[inline]
    pub fn as_str<'a>(self) -> Option<&'a str> {
        self.downcast::<StrObj>().map(|g| g.get().as_str())
    }
}
