//! Set operations with Python hashing/equality (same protocol as dicts:
//! Python `__eq__` runs with the lock released).
//!
//! Each operation first tries `SetTable::lookup`, one native probe under
//! one lock acquisition, which settles it whenever no key on the probe path
//! needs Python to compare. Only when it answers `Undecided` does the
//! operation fall back to `find`, which releases the lock around `__eq__`
//! and re-validates the slot afterwards.

use crate::object::Gc;
use crate::objects::dict::Probe;
use crate::objects::set::{Lookup, SetObj};
use crate::protocol::compare::{eq, native_eq};
use crate::protocol::hash::hash;
use crate::runtime::thread::Thread;
use crate::runtime::PyResult;
use crate::value::Value;

fn find(ts: &mut Thread, s: Gc<SetObj>, key: Value, h: i64) -> PyResult<Option<usize>> {
    let mut unequal = Vec::new();
    loop {
        let (idx, other) = {
            let t = s.table.lock();
            match t.probe(h, |k| native_eq(key, k), &unequal) {
                Probe::Found(i) => return Ok(Some(i)),
                Probe::Missing => return Ok(None),
                Probe::NeedsEq(i, k) => (i, k),
            }
        };
        let same = eq(ts, other, key)?;
        let still = {
            let t = s.table.lock();
            idx < t.raw_len() && t.entry(idx).key == other
        };
        if !still {
            unequal.clear();
            continue;
        }
        if same {
            return Ok(Some(idx));
        }
        unequal.push(idx);
    }
}

/// `hash(key)`, with small ints (the commonest set keys) answered inline:
/// their magnitude is below 2**49, so CPython's modular hash is the int
/// itself, except that -1 (the C error value) hashes as -2.
#[inline(always)]
fn key_hash(ts: &mut Thread, key: Value) -> PyResult<i64> {
    if key.is_small_int() {
        let i = key.small_int_unchecked();
        return Ok(if i == -1 { -2 } else { i });
    }
    hash(ts, key)
}

pub fn set_contains_gc(ts: &mut Thread, s: Gc<SetObj>, key: Value) -> PyResult<bool> {
    let h = key_hash(ts, key)?;
    match s.table.lock().lookup(h, key) {
        Lookup::Found(_) => return Ok(true),
        Lookup::Absent { .. } => return Ok(false),
        Lookup::Undecided => {}
    }
    Ok(find(ts, s, key, h)?.is_some())
}

pub fn set_add(ts: &mut Thread, s: Gc<SetObj>, key: Value) -> PyResult<()> {
    let h = key_hash(ts, key)?;
    set_add_hashed(ts, s, key, h)
}

/// Adds `key` whose hash `h` is known (a merge reuses the stored hashes of
/// the other set or dict and, as CPython, does not call `__hash__` again).
#[inline]
pub fn set_add_hashed(ts: &mut Thread, s: Gc<SetObj>, key: Value, h: i64) -> PyResult<()> {
    {
        let mut t = s.table.lock();
        match t.lookup_for_add(h, key) {
            Lookup::Found(_) => return Ok(()),
            Lookup::Absent { slot, fresh } => {
                t.insert_at(slot, fresh, h, key);
                return Ok(());
            }
            Lookup::Undecided => {}
        }
    }
    if find(ts, s, key, h)?.is_some() {
        return Ok(());
    }
    let mut t = s.table.lock();
    if !matches!(t.probe(h, |k| native_eq(key, k), &[]), Probe::Found(_)) {
        t.insert_new(h, key, Value::NONE);
    }
    Ok(())
}

/// Removes `key`; returns whether it was present.
pub fn set_discard(ts: &mut Thread, s: Gc<SetObj>, key: Value) -> PyResult<bool> {
    let h = key_hash(ts, key)?;
    {
        let mut t = s.table.lock();
        match t.lookup(h, key) {
            Lookup::Found(i) => {
                t.remove_at(i);
                return Ok(true);
            }
            Lookup::Absent { .. } => return Ok(false),
            Lookup::Undecided => {}
        }
    }
    loop {
        let found = find(ts, s, key, h)?;
        let mut t = s.table.lock();
        match found {
            Some(i) if i < t.raw_len() && !t.entry(i).key.is_null() => {
                t.remove_at(i);
                return Ok(true);
            }
            Some(_) => continue,
            None => return Ok(false),
        }
    }
}

pub fn set_items(s: Gc<SetObj>) -> Vec<Value> {
    s.table.lock().iter().map(|e| e.key).collect()
}
