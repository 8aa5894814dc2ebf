//! The storage of a dict: CPython's compact layout (an open-addressing index
//! array over an append-only entries array) built from atomics, so that
//! lookups can run without the dict's lock.
//!
//! Writers hold the dict's lock. The invariants that make lock-free reads
//! safe and linearizable:
//! * An entry slot is written once (hash, then key, then value, released)
//!   before its index is published with a release store; a slot is never
//!   reused for another key within one `Keys`. So a reader that reaches a
//!   slot through the index sees its final hash and key.
//! * Updating a key's value is one atomic store to its slot.
//! * Deleting stores NULL into the value, then turns the index into DUMMY.
//!   A reader that finds its key with a NULL value keeps probing (a later
//!   re-insertion of the key lives further along the probe sequence).
//! * Growing, compacting and clearing build a new `Keys` and publish it
//!   through `StwPtr`; the old one stays valid for readers that hold it.

use crate::atomics::AtomicValue;
use crate::value::Value;
use std::sync::atomic::{AtomicI64, AtomicU32, AtomicUsize, Ordering};

const EMPTY: u32 = u32::MAX;
const DUMMY: u32 = u32::MAX - 1;
const MIN_INDEX: usize = 8;

/// One entry: a NULL value marks a deleted entry.
pub struct Slot {
    hash: AtomicI64,
    key: AtomicValue,
    value: AtomicValue,
}

/// A snapshot of one entry, read under the lock.
#[derive(Clone, Copy, Debug)]
pub struct Entry {
    pub hash: i64,
    /// NULL for a deleted entry.
    pub key: Value,
    pub value: Value,
}

/// The outcome of probing for a key.
pub enum Probe {
    Found(usize),
    Missing,
    /// Entry `idx` has an equal hash but needs a Python `__eq__` to decide.
    NeedsEq(usize, Value),
}

pub struct Keys {
    /// The specializer's keys version: 0 until one is assigned, reset to 0
    /// when a key is added or deleted (a rebuilt table starts at 0). Inline
    /// caches keyed by it may read `slots[i]` for a cached `i`.
    version: AtomicU32,
    indices: Box<[AtomicU32]>,
    slots: Box<[Slot]>,
    /// Slots appended so far (read by the collector's trace).
    len: AtomicUsize,
}

/// The probe sequence of CPython's dict (`perturb` recurrence).
struct ProbeSeq {
    i: usize,
    perturb: u64,
    mask: usize,
}

impl Iterator for ProbeSeq {
    type Item = usize;
    #[inline(always)]
    fn next(&mut self) -> Option<usize> {
        let cur = self.i;
        self.perturb >>= 5;
        self.i = (self.i.wrapping_mul(5) + self.perturb as usize + 1) & self.mask;
        Some(cur)
    }
}

impl Keys {
    /// Room for at least `n` entries.
    pub fn with_capacity(n: usize) -> Box<Keys> {
        let size = (n * 3).div_ceil(2).max(MIN_INDEX).next_power_of_two();
        Box::new(Keys {
            version: AtomicU32::new(0),
            indices: (0..size).map(|_| AtomicU32::new(EMPTY)).collect(),
            slots: (0..size * 2 / 3)
                .map(|_| Slot {
                    hash: AtomicI64::new(0),
                    key: AtomicValue::new(Value::NULL),
                    value: AtomicValue::new(Value::NULL),
                })
                .collect(),
            len: AtomicUsize::new(0),
        })
    }

    /// Bytes owned (for the collector's budget).
    pub fn bytes(&self) -> usize {
        self.indices.len() * 4 + self.slots.len() * std::mem::size_of::<Slot>()
    }

    /// How many entries fit before a rebuild.
    pub fn usable(&self) -> usize {
        self.slots.len()
    }

    /// Slots appended so far, deleted ones included.
    pub fn appended(&self) -> usize {
        self.len.load(Ordering::Acquire)
    }

    #[inline(always)]
    fn probe_seq(&self, hash: i64) -> ProbeSeq {
        let mask = self.indices.len() - 1;
        ProbeSeq {
            i: hash as usize & mask,
            perturb: hash as u64,
            mask,
        }
    }

    /// Lock-free lookup: the value of the live entry whose key `is_key`
    /// accepts, if any. `is_key` must not run Python code.
    #[inline]
    pub fn find_value(&self, hash: i64, mut is_key: impl FnMut(Value) -> bool) -> Option<Value> {
        for pos in self.probe_seq(hash) {
            let ix = self.indices[pos].load(Ordering::Acquire);
            if ix == EMPTY {
                return None;
            }
            if ix == DUMMY {
                continue;
            }
            let slot = &self.slots[ix as usize];
            if slot.hash.load(Ordering::Relaxed) != hash {
                continue;
            }
            let value = slot.value.get();
            if !value.is_null() && is_key(slot.key.get()) {
                return Some(value);
            }
        }
        unreachable!("the index always has an EMPTY slot")
    }

    /// Lookup under the lock; `eq` answers `Some(bool)` when it can compare
    /// natively. Entries listed in `skip` (already compared unequal) are
    /// passed over.
    pub fn probe(
        &self,
        hash: i64,
        mut eq: impl FnMut(Value) -> Option<bool>,
        skip: &[usize],
    ) -> Probe {
        let mut pending = None;
        for pos in self.probe_seq(hash) {
            let ix = self.indices[pos].load(Ordering::Relaxed);
            if ix == EMPTY {
                break;
            }
            if ix == DUMMY {
                continue;
            }
            let i = ix as usize;
            let e = self.entry(i);
            if e.hash != hash || e.key.is_null() || skip.contains(&i) {
                continue;
            }
            match eq(e.key) {
                Some(true) => return Probe::Found(i),
                Some(false) => {}
                None => {
                    if pending.is_none() {
                        pending = Some((i, e.key));
                    }
                }
            }
        }
        match pending {
            Some((i, k)) => Probe::NeedsEq(i, k),
            None => Probe::Missing,
        }
    }

    pub fn entry(&self, i: usize) -> Entry {
        let slot = &self.slots[i];
        let value = slot.value.get();
        Entry {
            hash: slot.hash.load(Ordering::Relaxed),
            key: if value.is_null() {
                Value::NULL
            } else {
                slot.key.get()
            },
            value,
        }
    }

    /// Every appended slot's key and value, deleted ones included (trace).
    pub fn raw_values(&self) -> impl Iterator<Item = Value> + '_ {
        self.slots[..self.appended()]
            .iter()
            .flat_map(|s| [s.key.get(), s.value.get()])
    }

    pub fn set_value(&self, i: usize, v: Value) {
        self.slots[i].value.set(v);
    }

    /// Appends an entry for a key known to be absent; the caller checked
    /// that `len() < usable()`.
    pub fn append(&self, hash: i64, key: Value, value: Value) {
        let i = self.len.load(Ordering::Relaxed);
        let slot = &self.slots[i];
        slot.hash.store(hash, Ordering::Relaxed);
        slot.key.set(key);
        slot.value.set(value);
        self.len.store(i + 1, Ordering::Release);
        for pos in self.probe_seq(hash) {
            let ix = &self.indices[pos];
            if ix.load(Ordering::Relaxed) == EMPTY {
                ix.store(i as u32, Ordering::Release);
                break;
            }
        }
        self.version.store(0, Ordering::Release);
    }

    /// Deletes entry `i` (live).
    pub fn delete(&self, i: usize) {
        let slot = &self.slots[i];
        slot.value.set(Value::NULL);
        for pos in self.probe_seq(slot.hash.load(Ordering::Relaxed)) {
            let ix = &self.indices[pos];
            if ix.load(Ordering::Relaxed) == i as u32 {
                ix.store(DUMMY, Ordering::Release);
                break;
            }
        }
        self.version.store(0, Ordering::Release);
    }

    /// The current keys version (0: none assigned since the last change).
    #[inline(always)]
    pub fn version(&self) -> u32 {
        self.version.load(Ordering::Acquire)
    }

    /// Assigns a keys version if there is none; 0 when versions ran out.
    /// The caller holds the dict's lock, so no key changes meanwhile.
    pub fn ensure_version(&self) -> u32 {
        static NEXT: AtomicU32 = AtomicU32::new(1);
        let v = self.version.load(Ordering::Relaxed);
        if v != 0 {
            return v;
        }
        let next = NEXT
            .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |n| n.checked_add(1))
            .unwrap_or(0);
        self.version.store(next, Ordering::Release);
        next
    }

    /// Lock-free: the value of slot `i` if its key is `key` (same object)
    /// and it is live.
    #[inline(always)]
    pub fn value_if_key(&self, i: usize, key: Value) -> Option<Value> {
        let slot = self.slots.get(i)?;
        if i >= self.len.load(Ordering::Acquire) || slot.key.get() != key {
            return None;
        }
        let v = slot.value.get();
        (!v.is_null()).then_some(v)
    }

    /// Lock-free: the value of slot `i` (NULL if deleted or unused).
    #[inline(always)]
    pub fn value_at(&self, i: usize) -> Value {
        self.slots.get(i).map_or(Value::NULL, |s| s.value.get())
    }

    /// The slot holding `key` (compared by identity), if live.
    pub fn index_of_identical(&self, hash: i64, key: Value) -> Option<usize> {
        for pos in self.probe_seq(hash) {
            let ix = self.indices[pos].load(Ordering::Acquire);
            if ix == EMPTY {
                return None;
            }
            if ix == DUMMY {
                continue;
            }
            let slot = &self.slots[ix as usize];
            if slot.key.get() == key && !slot.value.get().is_null() {
                return Some(ix as usize);
            }
        }
        None
    }
}
