//! Set operations with Python hashing/equality (same protocol as dicts:
//! Python `__eq__` runs with the lock released).

use crate::object::Gc;
use crate::objects::dict::Probe;
use crate::objects::set::SetObj;
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

pub fn set_contains_gc(ts: &mut Thread, s: Gc<SetObj>, key: Value) -> PyResult<bool> {
    let h = hash(ts, key)?;
    Ok(find(ts, s, key, h)?.is_some())
}

pub fn set_add(ts: &mut Thread, s: Gc<SetObj>, key: Value) -> PyResult<()> {
    let h = hash(ts, key)?;
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
    let h = hash(ts, key)?;
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
