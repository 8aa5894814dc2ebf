//! A list's storage: a fixed-capacity array of atomic value slots and its
//! published length, so `len`, indexing and iteration steps run without the
//! list's lock.
//!
//! Writers hold the lock. A slot is written (release) before a length that
//! covers it is published (release), and a reader loads the length
//! (acquire) before the slot, so it never reads a slot that was not
//! written. Shrinking leaves stale values in the slots past the length: a
//! reader that loaded the longer length just before may still return one,
//! which was in the list when the read began (a collection cannot free it
//! while the reader is between safepoints). Growing copies into a new
//! `Slots` published through `StwPtr`.

use crate::atomics::AtomicValue;
use crate::value::Value;
use std::sync::atomic::{AtomicUsize, Ordering};

pub struct Slots {
    len: AtomicUsize,
    items: Box<[AtomicValue]>,
}

impl Slots {
    /// Storage holding the items of `old` (if any) with room for
    /// `capacity`: one allocation and one copy, with the spare slots NULL.
    pub fn grown(old: Option<&Slots>, capacity: usize) -> Box<Slots> {
        let items = old.map_or(&[][..], |s| &s.items[..s.len()]);
        let cap = capacity.max(items.len());
        let mut v = Vec::with_capacity(cap);
        v.extend(items.iter().map(AtomicValue::get));
        v.resize(cap, Value::NULL);
        Box::new(Slots {
            len: AtomicUsize::new(items.len()),
            items: crate::atomics::into_atomic_values(v),
        })
    }

    /// Storage owning exactly `items` (no copy).
    pub fn from_vec(items: Vec<Value>) -> Box<Slots> {
        let len = items.len();
        Box::new(Slots {
            len: AtomicUsize::new(len),
            items: crate::atomics::into_atomic_values(items),
        })
    }

    pub fn bytes(&self) -> usize {
        self.items.len() * 8
    }

    pub fn capacity(&self) -> usize {
        self.items.len()
    }

    #[inline(always)]
    pub fn len(&self) -> usize {
        self.len.load(Ordering::Acquire)
    }

    #[inline(always)]
    pub fn get(&self, i: usize) -> Option<Value> {
        (i < self.len()).then(|| self.items[i].get())
    }

    /// Writer: stores slot `i` (below the capacity).
    #[inline(always)]
    pub fn put(&self, i: usize, v: Value) {
        self.items[i].set(v);
    }

    /// Writer: publishes a new length (slots below it are written).
    #[inline(always)]
    pub fn set_len(&self, n: usize) {
        self.len.store(n, Ordering::Release);
    }

    pub fn to_vec(&self) -> Vec<Value> {
        self.items[..self.len()]
            .iter()
            .map(AtomicValue::get)
            .collect()
    }

    /// Moves slots `[from, len)` by `delta` positions (writer; room checked).
    pub fn shift(&self, from: usize, len: usize, right: bool) {
        if right {
            for j in (from..len).rev() {
                self.items[j + 1].set(self.items[j].get());
            }
        } else {
            for j in from..len {
                self.items[j - 1].set(self.items[j].get());
            }
        }
    }
}
