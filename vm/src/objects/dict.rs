//! `dict`: an insertion-ordered hash table (an entries vector indexed by a
//! hashbrown `HashTable` of positions) behind the object's one-byte lock.
//!
//! The table itself never calls Python: lookups take an equality callback
//! that answers for keys it can compare natively, and `runtime::dictops`
//! drives the protocol for keys whose `__eq__` is Python code (compare with
//! the lock released, then re-validate).

use crate::heap::kinds::Trace;
use crate::heap::{alloc, Tracer};
use crate::object::Gc;
use crate::runtime::types::types;
use crate::value::Value;
use hashbrown::HashTable;
use parking_lot::Mutex;

#[derive(Clone, Copy, Debug)]
pub struct Entry {
    pub hash: i64,
    /// NULL for a deleted entry.
    pub key: Value,
    pub value: Value,
}

#[derive(Default)]
pub struct DictTable {
    entries: Vec<Entry>,
    index: HashTable<usize>,
    live: usize,
    /// Bumped whenever the set of keys changes (specializer guard).
    pub keys_version: u64,
}

pub struct DictObj {
    pub table: Mutex<DictTable>,
}

impl Trace for DictObj {
    fn trace(&self, t: &mut Tracer) {
        for e in &t.peek(&self.table).entries {
            t.value(e.key);
            t.value(e.value);
        }
    }
}

pub fn new_dict() -> Gc<DictObj> {
    alloc(
        types().dict,
        DictObj {
            table: Mutex::new(DictTable::default()),
        },
    )
}

/// The outcome of probing for a key.
pub enum Probe {
    Found(usize),
    Missing,
    /// Entry `idx` has an equal hash but needs a Python `__eq__` to decide.
    NeedsEq(usize, Value),
}

impl DictTable {
    pub fn len(&self) -> usize {
        self.live
    }
    pub fn is_empty(&self) -> bool {
        self.live == 0
    }
    /// Finds `key`; `eq` answers `Some(bool)` when it can compare natively.
    /// Entries listed in `skip` (already compared unequal) are passed over.
    pub fn probe(
        &self,
        hash: i64,
        mut eq: impl FnMut(Value) -> Option<bool>,
        skip: &[usize],
    ) -> Probe {
        let entries = &self.entries;
        let mut pending = None;
        for &i in self.index.iter_hash(hash as u64) {
            let e = &entries[i];
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
    pub fn entry(&self, i: usize) -> &Entry {
        &self.entries[i]
    }
    pub fn set_value_at(&mut self, i: usize, v: Value) {
        self.entries[i].value = v;
    }
    /// Appends a key known to be absent.
    pub fn insert_new(&mut self, hash: i64, key: Value, value: Value) {
        let idx = self.entries.len();
        self.entries.push(Entry { hash, key, value });
        let entries = &self.entries;
        self.index
            .insert_unique(hash as u64, idx, |&i| entries[i].hash as u64);
        self.live += 1;
        self.keys_version += 1;
    }
    /// Removes entry `i`, returning it.
    pub fn remove_at(&mut self, i: usize) -> Entry {
        let e = self.entries[i];
        if let Ok(slot) = self.index.find_entry(e.hash as u64, |&j| j == i) {
            slot.remove();
        }
        self.entries[i].key = Value::NULL;
        self.entries[i].value = Value::NULL;
        self.live -= 1;
        self.keys_version += 1;
        if self.entries.len() > 16 && self.live * 2 < self.entries.len() {
            self.compact();
        }
        e
    }
    fn compact(&mut self) {
        self.entries.retain(|e| !e.key.is_null());
        self.index.clear();
        for (i, e) in self.entries.iter().enumerate() {
            let entries = &self.entries;
            self.index
                .insert_unique(e.hash as u64, i, |&j| entries[j].hash as u64);
        }
    }
    pub fn clear(&mut self) {
        self.entries.clear();
        self.index.clear();
        self.live = 0;
        self.keys_version += 1;
    }
    /// Live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> + '_ {
        self.entries.iter().filter(|e| !e.key.is_null())
    }
    /// The live entry at or after raw position `pos`, for resumable iteration.
    pub fn next_from(&self, pos: usize) -> Option<(usize, Entry)> {
        self.entries[pos.min(self.entries.len())..]
            .iter()
            .position(|e| !e.key.is_null())
            .map(|off| (pos + off, self.entries[pos + off]))
    }
    /// Raw length including deleted entries (iteration bound).
    pub fn raw_len(&self) -> usize {
        self.entries.len()
    }
    /// Removes and returns the last inserted live entry.
    pub fn pop_last(&mut self) -> Option<Entry> {
        let i = self.entries.iter().rposition(|e| !e.key.is_null())?;
        let e = self.remove_at(i);
        // Trim trailing deleted entries so LIFO popitem stays O(1).
        while self.entries.last().is_some_and(|e| e.key.is_null()) {
            self.entries.pop();
        }
        Some(e)
    }
}
