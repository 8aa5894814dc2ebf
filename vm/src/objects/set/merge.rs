//! Bulk table building as CPython's `set_merge` and `set_update_internal`
//! do it. They size the table once for all incoming keys and, into an
//! empty set, copy slot by slot. Building the same table sizes and slot
//! placements is what makes `set(s)`, `s.copy()`, `s | t` and
//! `s.update(t)` iterate in CPython's order. Adding the keys one by one
//! instead grows the table in other steps and places collided keys elsewhere.

use super::table::{SetTable, DUMMY};

impl SetTable {
    /// Active plus dummy slots (CPython's `fill`).
    pub fn fill(&self) -> usize {
        self.fill
    }

    /// The one resize CPython does before merging `incoming` keys.
    pub fn presize(&mut self, incoming: usize) {
        if (self.fill + incoming) * 5 >= self.mask() * 3 {
            self.resize((self.used + incoming) * 2);
        }
    }

    /// Merges all of `other` into this table, which has no active or dummy
    /// slot (`fill == 0`). No key is compared, so no Python runs.
    pub fn merge_into_empty(&mut self, other: &SetTable) {
        debug_assert_eq!(self.fill, 0);
        if other.used == 0 {
            return;
        }
        self.presize(other.used);
        if self.slots.len() == other.slots.len() && other.fill == other.used {
            // Same size, no dummies: CPython copies the slots as they are.
            self.slots.copy_from_slice(&other.slots);
        } else {
            for s in other.slots.iter() {
                if !s.key.is_null() && s.key != DUMMY {
                    self.insert_clean(*s);
                }
            }
        }
        self.used = other.used;
        self.fill = other.used;
    }

    /// A fresh table holding `self`'s keys, as `set_merge` builds a copy.
    pub fn merged_copy(&self) -> SetTable {
        let mut t = SetTable::default();
        t.merge_into_empty(self);
        t
    }
}
