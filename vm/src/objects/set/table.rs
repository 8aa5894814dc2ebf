//! The set hash table, laid out as CPython's `Objects/setobject.c`: open
//! addressing over a power-of-two slot array, nine linear probes then
//! perturbed jumps, dummies for deleted keys, resize at 60% fill. Matching
//! the layout makes iteration order match CPython's (sets of small ints
//! print in ascending order, as programs and their tests expect).

use crate::objects::dict::{Entry, Probe};
use crate::value::Value;

const MINSIZE: usize = 8;
pub(super) const LINEAR_PROBES: usize = 9;
pub(super) const PERTURB_SHIFT: u32 = 5;
/// A deleted slot (its hash is -1 as in CPython).
pub(super) const DUMMY: Value = Value::from_bits((1 << 48) | 0xFF);

#[derive(Clone, Copy)]
pub(super) struct Slot {
    pub(super) hash: i64,
    /// NULL for never used, `DUMMY` for deleted.
    pub(super) key: Value,
}

const EMPTY: Slot = Slot {
    hash: 0,
    key: Value::NULL,
};

#[derive(Clone)]
pub struct SetTable {
    pub(super) slots: Vec<Slot>,
    /// Active entries.
    pub(super) used: usize,
    /// Active plus dummy entries.
    pub(super) fill: usize,
    /// Where `pop` resumes its scan.
    finger: usize,
}

impl Default for SetTable {
    fn default() -> Self {
        SetTable {
            slots: vec![EMPTY; MINSIZE],
            used: 0,
            fill: 0,
            finger: 0,
        }
    }
}

impl SetTable {
    pub fn len(&self) -> usize {
        self.used
    }
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }
    pub(super) fn mask(&self) -> usize {
        self.slots.len() - 1
    }
    /// The probe sequence for `hash`, as CPython walks it.
    fn probe_seq(&self, hash: i64) -> impl Iterator<Item = usize> + '_ {
        let mask = self.mask();
        let mut i = hash as u64 as usize & mask;
        let mut perturb = hash as u64;
        let mut run = 0usize;
        let mut start = i;
        std::iter::from_fn(move || {
            let probes = if start + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            if run > probes {
                perturb >>= PERTURB_SHIFT;
                start = (start
                    .wrapping_mul(5)
                    .wrapping_add(1)
                    .wrapping_add(perturb as usize))
                    & mask;
                i = start;
                run = 0;
            }
            let out = i;
            i += 1;
            run += 1;
            Some(out)
        })
    }
    /// Finds `key` by hash; `eq` answers natively when it can.
    pub fn probe(
        &self,
        hash: i64,
        mut eq: impl FnMut(Value) -> Option<bool>,
        skip: &[usize],
    ) -> Probe {
        let mut pending = None;
        for i in self.probe_seq(hash) {
            let s = self.slots[i];
            if s.key.is_null() {
                break;
            }
            if s.key == DUMMY || s.hash != hash || skip.contains(&i) {
                continue;
            }
            match eq(s.key) {
                Some(true) => return Probe::Found(i),
                Some(false) => {}
                None => {
                    if pending.is_none() {
                        pending = Some((i, s.key));
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
        let s = self.slots[i];
        let key = if s.key == DUMMY { Value::NULL } else { s.key };
        Entry {
            hash: s.hash,
            key,
            value: Value::NONE,
        }
    }
    /// Adds a key known to be absent (CPython's `set_add_entry` tail).
    pub fn insert_new(&mut self, hash: i64, key: Value, _value: Value) {
        let mut freeslot = None;
        let mut target = 0;
        for i in self.probe_seq(hash) {
            let s = self.slots[i];
            if s.key.is_null() {
                target = i;
                break;
            }
            if s.key == DUMMY {
                // CPython 3.11 reuses the last dummy on the path, not the first.
                freeslot = Some(i);
            }
        }
        match freeslot {
            Some(f) => self.insert_at(f, false, hash, key),
            None => self.insert_at(target, true, hash, key),
        }
    }
    /// Stores an absent key in `slot`, as `Lookup::Absent` located it
    /// (`fresh`: a never-used slot, which counts toward the fill).
    pub fn insert_at(&mut self, slot: usize, fresh: bool, hash: i64, key: Value) {
        self.slots[slot] = Slot { hash, key };
        self.used += 1;
        if !fresh {
            return;
        }
        self.fill += 1;
        if self.fill * 5 >= self.mask() * 3 {
            self.resize(if self.used > 50000 {
                self.used * 2
            } else {
                self.used * 4
            });
        }
    }
    pub(super) fn resize(&mut self, minused: usize) {
        let mut size = MINSIZE;
        while size <= minused {
            size <<= 1;
        }
        let old = std::mem::replace(&mut self.slots, vec![EMPTY; size]);
        self.fill = self.used;
        for s in old {
            if !s.key.is_null() && s.key != DUMMY {
                self.insert_clean(s);
            }
        }
    }
    pub(super) fn insert_clean(&mut self, s: Slot) {
        let i = self
            .probe_seq(s.hash)
            .find(|&i| self.slots[i].key.is_null())
            .expect("free slot");
        self.slots[i] = s;
    }
    /// Deletes the key in slot `i`.
    pub fn remove_at(&mut self, i: usize) -> Entry {
        let e = self.entry(i);
        self.slots[i] = Slot {
            hash: -1,
            key: DUMMY,
        };
        self.used -= 1;
        e
    }
    pub fn clear(&mut self) {
        *self = SetTable::default();
    }
    /// Active entries in slot order (CPython's iteration order).
    pub fn iter(&self) -> impl Iterator<Item = Entry> + '_ {
        self.slots
            .iter()
            .filter(|s| !s.key.is_null() && s.key != DUMMY)
            .map(|s| Entry {
                hash: s.hash,
                key: s.key,
                value: Value::NONE,
            })
    }
    /// The active entry at or after slot `pos`, for resumable iteration.
    pub fn next_from(&self, pos: usize) -> Option<(usize, Entry)> {
        (pos..self.slots.len())
            .find(|&i| !self.slots[i].key.is_null() && self.slots[i].key != DUMMY)
            .map(|i| (i, self.entry(i)))
    }
    pub fn raw_len(&self) -> usize {
        self.slots.len()
    }
    /// `set.pop()`: CPython's finger scan.
    pub fn pop(&mut self) -> Option<Entry> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut i = self.finger & mask;
        while self.slots[i].key.is_null() || self.slots[i].key == DUMMY {
            i = (i + 1) & mask;
        }
        let e = self.remove_at(i);
        self.finger = i + 1;
        Some(e)
    }
    /// A table holding `entries` (unique keys), sized as CPython's
    /// `set_merge` sizes a copy.
    pub fn from_entries(entries: &[(i64, Value, Value)]) -> SetTable {
        let mut t = SetTable::default();
        if entries.len() * 5 >= t.mask() * 3 {
            t.resize(entries.len() * 2);
        }
        for &(h, k, _) in entries {
            t.insert_new(h, k, Value::NONE);
        }
        t
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_ints_iterate_in_cpython_order() {
        let mut t = SetTable::default();
        for i in [3i64, 1, 2, 10, 5] {
            t.insert_new(i, Value::small_int(i), Value::NONE);
        }
        let order: Vec<i64> = t.iter().map(|e| e.key.as_small_int().unwrap()).collect();
        // CPython 3.11: list({3, 1, 2, 10, 5}) == [1, 2, 3, 5, 10]
        assert_eq!(order, vec![1, 2, 3, 5, 10]);
        let mut t = SetTable::default();
        for i in [8i64, 0, 16] {
            t.insert_new(i, Value::small_int(i), Value::NONE);
        }
        let order: Vec<i64> = t.iter().map(|e| e.key.as_small_int().unwrap()).collect();
        // CPython 3.11: list({8, 0, 16}) == [8, 0, 16] (collisions probe linearly)
        assert_eq!(order, vec![8, 0, 16]);
    }
}
