//! The single-pass probe behind `in`, `add` and `discard`, shaped like
//! CPython's `set_add_entry` / `set_do_lookup`: one plain loop over the
//! probe sequence that compares keys natively and remembers the last
//! dummy, so `add` of a missing key needs no second probe to place it.
//!
//! It answers only when every same-hash key it meets compares natively
//! (identity, small ints, exact strs, the other built-in types
//! `native_eq` knows). A key whose equality needs Python `__eq__` makes it
//! give up with `Undecided`: the caller then runs the slow protocol of
//! `protocol::set`, which calls `__eq__` with the lock released.

use super::table::{SetTable, DUMMY, LINEAR_PROBES, PERTURB_SHIFT};
use crate::protocol::compare::native_eq;
use crate::value::Value;

/// What one native probe for a key found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lookup {
    /// The key is in slot `.0`.
    Found(usize),
    /// The key is absent. `slot` is where CPython would add it: the last
    /// dummy on the probe path, else the never-used slot that ended it
    /// (`fresh`, which raises the fill).
    Absent { slot: usize, fresh: bool },
    /// A same-hash key needs Python to compare: use the slow protocol.
    Undecided,
}

/// Equality of two distinct words without Python, `None` if Python is needed.
#[inline(always)]
fn key_eq(slot_key: Value, key: Value) -> Option<bool> {
    // Small ints are canonical words: distinct words, distinct values.
    if slot_key.is_small_int() && key.is_small_int() {
        return Some(false);
    }
    native_eq(key, slot_key)
}

impl SetTable {
    /// Probes for `key` (hashed to `hash`) in CPython's slot order; an
    /// `Absent` answer's slot is not meaningful (see `lookup_for_add`).
    #[inline]
    pub fn lookup(&self, hash: i64, key: Value) -> Lookup {
        self.probe_native::<false>(hash, key)
    }

    /// As `lookup`, but an `Absent` answer says where to add the key.
    #[inline]
    pub fn lookup_for_add(&self, hash: i64, key: Value) -> Lookup {
        self.probe_native::<true>(hash, key)
    }

    /// The probe loop; `FREE` tracks dummies for `add` (a lookup for `in`
    /// or `discard` skips that work on every slot it passes).
    #[inline(always)]
    fn probe_native<const FREE: bool>(&self, hash: i64, key: Value) -> Lookup {
        let slots = &self.slots[..];
        let mask = slots.len() - 1;
        let mut start = hash as u64 as usize & mask;
        let mut perturb = hash as u64;
        let mut free = None;
        loop {
            // Ten consecutive slots when they fit before the end, else one
            // (CPython's `probes` countdown), then a perturbed jump.
            let last = if start + LINEAR_PROBES <= mask {
                start + LINEAR_PROBES
            } else {
                start
            };
            for (i, s) in slots[start..=last].iter().enumerate() {
                if s.key.is_null() {
                    return match free {
                        Some(f) => Lookup::Absent {
                            slot: f,
                            fresh: false,
                        },
                        None => Lookup::Absent {
                            slot: start + i,
                            fresh: true,
                        },
                    };
                }
                if s.hash == hash {
                    if s.key == key {
                        return Lookup::Found(start + i);
                    }
                    // A dummy's hash is -1, which no hash should be; check
                    // anyway rather than compare against the marker.
                    if s.key != DUMMY {
                        match key_eq(s.key, key) {
                            Some(true) => return Lookup::Found(start + i),
                            Some(false) => continue,
                            None => return Lookup::Undecided,
                        }
                    }
                }
                if FREE && s.key == DUMMY {
                    // The *last* dummy before the empty slot, as CPython
                    // 3.11's `set_add_entry` overwrites `freeslot`.
                    free = Some(start + i);
                }
            }
            perturb >>= PERTURB_SHIFT;
            start = start
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize)
                & mask;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn add(t: &mut SetTable, i: i64) {
        let h = if i == -1 { -2 } else { i };
        if let Lookup::Absent { slot, fresh } = t.lookup_for_add(h, Value::small_int(i)) {
            t.insert_at(slot, fresh, h, Value::small_int(i));
        }
    }

    fn order(t: &SetTable) -> Vec<i64> {
        t.iter().map(|e| e.key.as_small_int().unwrap()).collect()
    }

    #[test]
    fn add_reuses_the_last_dummy_on_the_path() {
        let mut t = SetTable::default();
        for i in [0i64, 1, 2, 3, 4, 5, 32] {
            add(&mut t, i);
        }
        for i in [1i64, 3] {
            let Lookup::Found(s) = t.lookup(i, Value::small_int(i)) else {
                panic!("{i} not found");
            };
            t.remove_at(s);
        }
        // CPython 3.11: s = set(range(6)); s.add(32); s.discard(1);
        // s.discard(3); s.add(64); list(s) == [0, 2, 64, 4, 5, 32]
        add(&mut t, 64);
        assert_eq!(order(&t), vec![0, 2, 64, 4, 5, 32]);
        assert!(matches!(
            t.lookup(3, Value::small_int(3)),
            Lookup::Absent { .. }
        ));
        assert!(matches!(
            t.lookup(64, Value::small_int(64)),
            Lookup::Found(3)
        ));
    }

    #[test]
    fn equal_hashes_of_distinct_small_ints_do_not_match() {
        let mut t = SetTable::default();
        add(&mut t, -1);
        add(&mut t, -2);
        add(&mut t, -1);
        assert_eq!(t.len(), 2);
        assert!(matches!(
            t.lookup(-2, Value::small_int(-2)),
            Lookup::Found(_)
        ));
    }

    #[test]
    fn merged_copy_keeps_the_slots_of_a_same_size_table() {
        let mut t = SetTable::default();
        for i in [6i64, 14, 7] {
            add(&mut t, i);
        }
        // CPython 3.11: list(set(s)) == list(s) == [7, 6, 14]
        assert_eq!(order(&t), vec![7, 6, 14]);
        assert_eq!(order(&t.merged_copy()), vec![7, 6, 14]);
    }
}
