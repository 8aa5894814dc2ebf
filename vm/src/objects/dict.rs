//! `dict`: CPython's compact, insertion-ordered hash table (`dict/keys.rs`)
//! with lock-free lookups and writers serialised by the object's lock.
//!
//! * Reads of a key whose equality is native (str keys, the hot path of
//!   globals, attributes and keyword arguments) take no lock:
//!   `DictCell::find_value` (see `keys.rs` for why that is safe).
//! * Every mutation, iteration step and lookup that may need a Python
//!   `__eq__` goes through `DictCell::lock()`. The table itself never calls
//!   Python: lookups take an equality callback that answers for keys it can
//!   compare natively, and `protocol::dict` drives the protocol for keys
//!   whose `__eq__` is Python code (compare with the lock released, then
//!   re-validate).

mod keys;
mod spec;

pub use keys::{Entry, Probe};

use crate::atomics::obj_lock::{Mutex, MutexGuard};
use crate::atomics::stw_ptr::StwPtr;
use crate::heap::kinds::Trace;
use crate::heap::{alloc, Tracer};
use crate::object::Gc;
use crate::runtime::types::types;
use crate::value::Value;
use keys::Keys;

/// Writer-side bookkeeping, guarded by the lock.
#[derive(Default)]
struct Meta {
    /// Live entries.
    live: usize,
    /// Every slot at or above `tail` is deleted (LIFO `popitem` stays O(1)).
    tail: usize,
}

/// A dict's storage: the published keys table and the writers' lock.
#[derive(Default)]
pub struct DictCell {
    meta: Mutex<Meta>,
    keys: StwPtr<Keys>,
}

pub struct DictObj {
    pub table: DictCell,
}

impl Trace for DictObj {
    fn trace(&self, t: &mut Tracer) {
        if let Some(keys) = self.table.keys.load() {
            for v in keys.raw_values() {
                t.value(v);
            }
        }
    }
}

pub fn new_dict() -> Gc<DictObj> {
    alloc(
        types().dict,
        DictObj {
            table: DictCell::new(),
        },
    )
}

impl DictCell {
    pub fn new() -> DictCell {
        DictCell::default()
    }

    /// Locks the dict for a mutation or a multi-step read.
    pub fn lock(&self) -> DictGuard<'_> {
        DictGuard {
            meta: self.meta.lock(),
            keys: &self.keys,
        }
    }

    /// Lock-free lookup by a key whose equality `is_key` decides natively.
    #[inline]
    pub fn find_value(&self, hash: i64, is_key: impl FnMut(Value) -> bool) -> Option<Value> {
        self.keys.load()?.find_value(hash, is_key)
    }
}

/// The dict locked: all reads and writes of its entries.
pub struct DictGuard<'a> {
    meta: MutexGuard<'a, Meta>,
    keys: &'a StwPtr<Keys>,
}

impl DictGuard<'_> {
    pub fn len(&self) -> usize {
        self.meta.live
    }
    pub fn is_empty(&self) -> bool {
        self.meta.live == 0
    }
    /// Raw length including deleted entries (iteration bound).
    pub fn raw_len(&self) -> usize {
        self.keys.load().map_or(0, |k| k.appended())
    }
    /// Finds `key`; `eq` answers `Some(bool)` when it can compare natively.
    /// Entries listed in `skip` (already compared unequal) are passed over.
    pub fn probe(&self, hash: i64, eq: impl FnMut(Value) -> Option<bool>, skip: &[usize]) -> Probe {
        match self.keys.load() {
            Some(k) => k.probe(hash, eq, skip),
            None => Probe::Missing,
        }
    }
    /// Entry `i` (`key` is NULL if it was deleted).
    pub fn entry(&self, i: usize) -> Entry {
        self.keys.load().expect("entry of an empty dict").entry(i)
    }
    pub fn set_value_at(&mut self, i: usize, v: Value) {
        self.keys
            .load()
            .expect("entry of an empty dict")
            .set_value(i, v);
    }
    /// Appends a key known to be absent.
    pub fn insert_new(&mut self, hash: i64, key: Value, value: Value) {
        let full = self.keys.load().is_none_or(|k| k.appended() == k.usable());
        if full {
            self.rebuild(self.meta.live * 3);
        }
        let keys = self.keys.load().expect("rebuilt");
        keys.append(hash, key, value);
        self.meta.live += 1;
        self.meta.tail = keys.appended();
    }
    /// Removes entry `i` (live), returning it.
    pub fn remove_at(&mut self, i: usize) -> Entry {
        let keys = self.keys.load().expect("entry of an empty dict");
        let e = keys.entry(i);
        keys.delete(i);
        self.meta.live -= 1;
        if keys.appended() > 16 && self.meta.live * 2 < keys.appended() {
            self.rebuild(self.meta.live * 3 / 2);
        }
        e
    }
    /// Publishes a fresh table holding the live entries, in order, with room
    /// for `room` entries.
    fn rebuild(&mut self, room: usize) {
        let new = Keys::with_capacity(room.max(self.meta.live + 1));
        if let Some(old) = self.keys.load() {
            for i in 0..old.appended() {
                let e = old.entry(i);
                if !e.key.is_null() {
                    new.append(e.hash, e.key, e.value);
                }
            }
        }
        self.publish(Some(new));
    }
    /// Publishes `new` as the table (retiring the old one); `tail` follows.
    fn publish(&mut self, new: Option<Box<Keys>>) {
        let old_bytes = self.keys.load().map_or(0, |k| k.bytes());
        if let Some(n) = &new {
            crate::heap::note_external(n.bytes());
        }
        self.meta.tail = new.as_ref().map_or(0, |n| n.appended());
        self.keys.replace(new, old_bytes);
    }
    pub fn clear(&mut self) {
        self.publish(None);
        self.meta.live = 0;
    }
    /// Replaces the contents with `entries` (unique keys, hashed).
    pub fn set_entries(&mut self, entries: &[(i64, Value, Value)]) {
        let new = (!entries.is_empty()).then(|| {
            let new = Keys::with_capacity(entries.len());
            for &(h, k, v) in entries {
                new.append(h, k, v);
            }
            new
        });
        self.publish(new);
        self.meta.live = entries.len();
    }
    /// Live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = Entry> + '_ {
        let keys = self.keys.load();
        (0..self.raw_len())
            .map(move |i| keys.expect("non-empty").entry(i))
            .filter(|e| !e.key.is_null())
    }
    /// The live entry at or after raw position `pos`, for resumable iteration.
    pub fn next_from(&self, pos: usize) -> Option<(usize, Entry)> {
        let keys = self.keys.load()?;
        (pos..keys.appended())
            .map(|i| (i, keys.entry(i)))
            .find(|(_, e)| !e.key.is_null())
    }
    /// Removes and returns the last inserted live entry.
    pub fn pop_last(&mut self) -> Option<Entry> {
        let keys = self.keys.load()?;
        let i = (0..self.meta.tail.min(keys.appended()))
            .rev()
            .find(|&i| !keys.entry(i).key.is_null())?;
        // Set before removing: a compaction in `remove_at` resets it.
        self.meta.tail = i;
        Some(self.remove_at(i))
    }
}
