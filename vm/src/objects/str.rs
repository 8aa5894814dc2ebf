//! `str`: immutable UTF-8 text with a cached hash and code-point length.
//! ASCII strings index by byte (the fast path); others walk code points.

use crate::heap::kinds::Trace;
use crate::heap::{alloc, note_external, Tracer};
use crate::object::Gc;
use crate::runtime::types::types;
use crate::value::Value;
use std::sync::atomic::{AtomicI64, Ordering};

pub struct StrObj {
    s: Box<str>,
    nchars: usize,
    /// 0 while not yet computed (a real hash of 0 is stored as 1).
    hash: AtomicI64,
}

impl Trace for StrObj {
    fn trace(&self, _: &mut Tracer) {}
}

impl StrObj {
    pub fn new(s: Box<str>) -> StrObj {
        let nchars = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        StrObj {
            s,
            nchars,
            hash: AtomicI64::new(0),
        }
    }
    #[inline]
    pub fn as_str(&self) -> &str {
        &self.s
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
        self.nchars == self.s.len()
    }
    pub fn hash(&self) -> i64 {
        let h = self.hash.load(Ordering::Relaxed);
        if h != 0 {
            return h;
        }
        let mut h = crate::runtime::hash::hash_bytes(self.s.as_bytes());
        if h == 0 || h == -1 {
            h = 1;
        }
        self.hash.store(h, Ordering::Relaxed);
        h
    }
    /// The code point at index `i` (which must be < len).
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() {
            self.s.as_bytes()[i] as char
        } else {
            self.s.chars().nth(i).expect("index in range")
        }
    }
    /// Byte offset of code point `i` (i <= len).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            i
        } else {
            self.s
                .char_indices()
                .nth(i)
                .map_or(self.s.len(), |(b, _)| b)
        }
    }
}

/// A new `str` object.
pub fn new_str(s: impl Into<Box<str>>) -> Value {
    let s: Box<str> = s.into();
    note_external(s.len());
    alloc(types().str, StrObj::new(s)).value()
}

pub fn new_str_gc(s: impl Into<Box<str>>) -> Gc<StrObj> {
    let s: Box<str> = s.into();
    note_external(s.len());
    alloc(types().str, StrObj::new(s))
}

impl Value {
    /// The text of a `str` (or subclass) value.
    #[inline]
    pub fn as_str<'a>(self) -> Option<&'a str> {
        self.downcast::<StrObj>().map(|g| g.get().as_str())
    }
}
