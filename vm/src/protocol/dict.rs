//! Dict operations with Python semantics: hashing and `__eq__` of keys may
//! run Python code, so the lock is never held across them (compare with the
//! lock released, then re-validate the entry and retry on a race).

use crate::object::Gc;
use crate::objects::dict::{DictObj, Probe};
use crate::objects::str::StrObj;
use crate::protocol::compare::{eq, native_eq};
use crate::protocol::hash::hash;
use crate::runtime::errors::key_error;
use crate::runtime::thread::Thread;
use crate::runtime::PyResult;
use crate::value::Value;

/// Finds `key` (hash `h`) in the table, calling Python `__eq__` with the
/// lock released when needed. Returns the entry's index and the key object
/// stored there: the table may be rebuilt (indices change) as soon as the
/// lock is released, so a caller that locks again must check that entry
/// `i` still holds that key object (`holds`) before using `i`.
fn find(ts: &mut Thread, d: Gc<DictObj>, key: Value, h: i64) -> PyResult<Option<(usize, Value)>> {
    let mut unequal: Vec<usize> = Vec::new();
    loop {
        let (idx, other) = {
            let t = d.table.lock();
            match t.probe(h, |k| native_eq(key, k), &unequal) {
                Probe::Found(i) => return Ok(Some((i, t.entry(i).key))),
                Probe::Missing => return Ok(None),
                Probe::NeedsEq(i, k) => (i, k),
            }
        };
        let same = eq(ts, other, key)?;
        let still_there = holds(&d.table.lock(), idx, other);
        if !still_there {
            unequal.clear();
            continue;
        }
        if same {
            return Ok(Some((idx, other)));
        }
        unequal.push(idx);
    }
}

/// Whether entry `i` of the locked table holds the key object `k`.
fn holds(t: &crate::objects::dict::DictGuard<'_>, i: usize, k: Value) -> bool {
    i < t.raw_len() && t.entry(i).key == k
}

pub fn dict_get(ts: &mut Thread, d: Gc<DictObj>, key: Value) -> PyResult<Option<Value>> {
    if key.is::<StrObj>() {
        return Ok(dict_get_str(d, key));
    }
    let h = hash(ts, key)?;
    loop {
        {
            // Keys compared natively (ints, strs, ...): one probe, one lock.
            let t = d.table.lock();
            match t.probe(h, |k| native_eq(key, k), &[]) {
                Probe::Found(i) => return Ok(Some(t.entry(i).value)),
                Probe::Missing => return Ok(None),
                Probe::NeedsEq(..) => {}
            }
        }
        match find(ts, d, key, h)? {
            Some((i, k)) => {
                let t = d.table.lock();
                if holds(&t, i, k) {
                    return Ok(Some(t.entry(i).value));
                }
            }
            None => return Ok(None),
        }
    }
}

/// Lookup of a `str` key: never runs Python code (str equality is native).
pub fn dict_get_str(d: Gc<DictObj>, key: Value) -> Option<Value> {
    let s = key.downcast::<StrObj>()?;
    let h = s.hash();
    d.table.find_value(h, |k| str_key_eq(key, k) == Some(true))
}

#[inline]
fn str_key_eq(key: Value, k: Value) -> Option<bool> {
    if key == k {
        return Some(true);
    }
    match (key.as_str(), k.as_str()) {
        (Some(a), Some(b)) => Some(a == b),
        _ => native_eq(key, k),
    }
}

pub fn dict_set(ts: &mut Thread, d: Gc<DictObj>, key: Value, value: Value) -> PyResult<()> {
    if key.is::<StrObj>() {
        dict_set_str(d, key, value);
        return Ok(());
    }
    let h = hash(ts, key)?;
    loop {
        {
            let mut t = d.table.lock();
            match t.probe(h, |k| native_eq(key, k), &[]) {
                Probe::Found(i) => {
                    t.set_value_at(i, value);
                    return Ok(());
                }
                Probe::Missing => {
                    t.insert_new(h, key, value);
                    return Ok(());
                }
                Probe::NeedsEq(..) => {}
            }
        }
        let found = find(ts, d, key, h)?;
        let mut t = d.table.lock();
        match found {
            Some((i, k)) if holds(&t, i, k) => {
                t.set_value_at(i, value);
                return Ok(());
            }
            Some(_) => continue,
            None => {
                // Re-probe natively under the lock: a racing insert of an
                // equal key must not create a duplicate.
                if let Probe::Found(i) = t.probe(h, |k| native_eq(key, k), &[]) {
                    t.set_value_at(i, value);
                } else {
                    t.insert_new(h, key, value);
                }
                return Ok(());
            }
        }
    }
}

/// Insertion of a `str` key: never runs Python code.
pub fn dict_set_str(d: Gc<DictObj>, key: Value, value: Value) {
    let h = key.downcast::<StrObj>().expect("str key").hash();
    let mut t = d.table.lock();
    match t.probe(h, |k| str_key_eq(key, k), &[]) {
        Probe::Found(i) => t.set_value_at(i, value),
        _ => t.insert_new(h, key, value),
    }
}

/// Removes `key`, returning its value, or None when absent.
pub fn dict_pop(ts: &mut Thread, d: Gc<DictObj>, key: Value) -> PyResult<Option<Value>> {
    let h = hash(ts, key)?;
    loop {
        {
            let mut t = d.table.lock();
            match t.probe(h, |k| native_eq(key, k), &[]) {
                Probe::Found(i) => return Ok(Some(t.remove_at(i).value)),
                Probe::Missing => return Ok(None),
                Probe::NeedsEq(..) => {}
            }
        }
        let found = find(ts, d, key, h)?;
        let mut t = d.table.lock();
        match found {
            Some((i, k)) if holds(&t, i, k) => return Ok(Some(t.remove_at(i).value)),
            Some(_) => continue,
            None => return Ok(None),
        }
    }
}

/// Removes a `str` key without running Python code.
pub fn dict_pop_str(d: Gc<DictObj>, key: Value) -> Option<Value> {
    let h = key.downcast::<StrObj>()?.hash();
    let mut t = d.table.lock();
    match t.probe(h, |k| str_key_eq(key, k), &[]) {
        Probe::Found(i) => Some(t.remove_at(i).value),
        _ => None,
    }
}

/// `del d[key]`: KeyError when absent.
pub fn dict_del(ts: &mut Thread, d: Gc<DictObj>, key: Value) -> PyResult<()> {
    match dict_pop(ts, d, key)? {
        Some(_) => Ok(()),
        None => Err(key_error(key)),
    }
}

pub fn dict_contains(ts: &mut Thread, d: Gc<DictObj>, key: Value) -> PyResult<bool> {
    Ok(dict_get(ts, d, key)?.is_some())
}

/// Snapshot of the live (key, value) pairs in insertion order.
pub fn dict_items(d: Gc<DictObj>) -> Vec<(Value, Value)> {
    d.table.lock().iter().map(|e| (e.key, e.value)).collect()
}

pub fn dict_len(d: Gc<DictObj>) -> usize {
    d.table.lock().len()
}

/// Copies every entry of `src` into `dst` (`dict.update` from a dict).
pub fn dict_update(ts: &mut Thread, dst: Gc<DictObj>, src: Gc<DictObj>) -> PyResult<()> {
    let items = dict_items(src);
    ts.temp_roots
        .extend(items.iter().flat_map(|&(k, v)| [k, v]));
    let mark = ts.temp_roots.len() - items.len() * 2;
    let r = items.iter().try_for_each(|&(k, v)| dict_set(ts, dst, k, v));
    ts.temp_roots.truncate(mark);
    r
}

/// Tables that can be built from hashed entries (dict and set tables).
pub trait FromEntries {
    fn from_entries(entries: &[(i64, Value, Value)]) -> Self;
}

impl FromEntries for crate::objects::set::SetTable {
    fn from_entries(entries: &[(i64, Value, Value)]) -> Self {
        crate::objects::set::SetTable::from_entries(entries)
    }
}

/// A fresh table holding `entries` (keys assumed unique and hashed).
pub fn table_from<T: FromEntries>(entries: &[(i64, Value, Value)]) -> T {
    T::from_entries(entries)
}
