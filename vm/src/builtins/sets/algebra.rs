//! The set algebra shared by methods and operators: results are built in
//! fresh tables; in-place forms apply one element at a time through the
//! protocol (each step atomic, Python `__eq__` run unlocked), and
//! intersection replaces the table in one step.

use crate::builtins::lists::arity::with_roots;
use crate::object::Gc;
use crate::objects::dict::DictObj;
use crate::objects::set::{new_set, SetObj};
use crate::protocol::number::{AND, OR, SUBTRACT};
use crate::protocol::set::{set_add, set_items};
use crate::runtime::thread::Thread;
use crate::runtime::types::types;
use crate::runtime::PyResult;
use crate::value::Value;

/// The elements of any iterable (sets and dicts without running Python).
pub fn set_items_of(ts: &mut Thread, v: Value) -> PyResult<Vec<Value>> {
    if let Some(s) = v.downcast::<SetObj>() {
        if !crate::runtime::types::type_of(v).has_flag(crate::objects::typeobj::TF_HEAPTYPE) {
            return Ok(set_items(s));
        }
    }
    if let Some(d) = v.downcast::<DictObj>() {
        if !crate::runtime::types::type_of(v).has_flag(crate::objects::typeobj::TF_HEAPTYPE) {
            return Ok(d.table.lock().iter().map(|e| e.key).collect());
        }
    }
    crate::protocol::iter::collect(ts, v)
}

/// The number of elements (takes the lock once, briefly: never hold two
/// set locks at once, the operands may be the same set).
pub fn set_len(s: Gc<SetObj>) -> usize {
    let n = s.table.lock().len();
    n
}

/// A fresh set or frozenset holding `items`.
pub fn set_from_items(ts: &mut Thread, items: &[Value], frozen: bool) -> PyResult<Gc<SetObj>> {
    let s = new_set(frozen);
    add_all(ts, s, items)?;
    Ok(s)
}

/// Adds every item (rooted while hashing and `__eq__` run).
pub fn add_all(ts: &mut Thread, s: Gc<SetObj>, items: &[Value]) -> PyResult<()> {
    with_roots(ts, items, |ts| {
        for &x in items {
            set_add(ts, s, x)?;
        }
        Ok(())
    })
}

/// A copy of `s` (same hashes, no Python code) of the given flavour.
pub fn copy_of(s: &SetObj, frozen: bool) -> Gc<SetObj> {
    // Built as CPython's `set_merge` builds a copy (same size and order).
    let table = s.table.lock().merged_copy();
    let out = new_set(frozen);
    *out.table.lock() = table;
    out
}

/// `x in s`, looking a set key up as the equal frozenset.
pub fn contains(ts: &mut Thread, s: Gc<SetObj>, x: Value) -> PyResult<bool> {
    crate::protocol::iter::set_contains(ts, s.value(), x)
}

/// Removes `x` if present (a set key is looked up as a frozenset).
pub fn discard(ts: &mut Thread, s: Gc<SetObj>, x: Value) -> PyResult<bool> {
    match crate::protocol::set::set_discard(ts, s, x) {
        Err(e) if e.matches(types().type_error) && x.is::<SetObj>() => {
            let items = set_items(x.downcast::<SetObj>().expect("set"));
            let fs = super::frozenset_from(ts, &items)?;
            crate::protocol::set::set_discard(ts, s, fs)
        }
        r => r,
    }
}

/// The elements of `s` also in `other` (any iterable), as a new set.
pub fn intersection(
    ts: &mut Thread,
    s: Gc<SetObj>,
    other: Value,
    frozen: bool,
) -> PyResult<Gc<SetObj>> {
    let out = new_set(frozen);
    if let Some(o) = other.downcast::<SetObj>() {
        let (small, big) = if set_len(o) < set_len(s) {
            (o, s)
        } else {
            (s, o)
        };
        let items = set_items(small);
        with_roots(ts, &items, |ts| {
            for &x in &items {
                if contains(ts, big, x)? {
                    set_add(ts, out, x)?;
                }
            }
            Ok(())
        })?;
        return Ok(out);
    }
    let items = set_items_of(ts, other)?;
    with_roots(ts, &items, |ts| {
        for &x in &items {
            if contains(ts, s, x)? {
                set_add(ts, out, x)?;
            }
        }
        Ok(())
    })?;
    Ok(out)
}

/// The elements of `s` not in `other`, as a new set.
pub fn difference(
    ts: &mut Thread,
    s: Gc<SetObj>,
    other: Value,
    frozen: bool,
) -> PyResult<Gc<SetObj>> {
    if let Some(o) = other.downcast::<SetObj>() {
        let out = new_set(frozen);
        let items = set_items(s);
        with_roots(ts, &items, |ts| {
            for &x in &items {
                if !contains(ts, o, x)? {
                    set_add(ts, out, x)?;
                }
            }
            Ok(())
        })?;
        return Ok(out);
    }
    let out = copy_of(&s, frozen);
    let items = set_items_of(ts, other)?;
    with_roots(ts, &items, |ts| {
        for &x in &items {
            discard(ts, out, x)?;
        }
        Ok(())
    })?;
    Ok(out)
}

/// Elements in exactly one of `s` and `other`, as a new set.
pub fn symmetric_difference(
    ts: &mut Thread,
    s: Gc<SetObj>,
    other: Value,
    frozen: bool,
) -> PyResult<Gc<SetObj>> {
    // As CPython: a new set of `other`'s items, updated with `s` (this fixes the result's order).
    let out = new_set(frozen);
    super::merge::update_from(ts, out, other)?;
    symmetric_update(ts, out, s.value())?;
    Ok(out)
}

/// `s ^= other` (any iterable; duplicates in `other` count once).
pub fn symmetric_update(ts: &mut Thread, s: Gc<SetObj>, other: Value) -> PyResult<()> {
    if other == s.value() {
        s.table.lock().clear();
        return Ok(());
    }
    // CPython walks a set operand itself, anything else as a new set of it.
    let items = match other.downcast::<SetObj>() {
        Some(o) if super::merge::is_table_source(other) => set_items(o),
        _ => {
            let uniq = new_set(false);
            super::merge::update_from(ts, uniq, other)?;
            set_items(uniq)
        }
    };
    with_roots(ts, &items, |ts| {
        for &x in &items {
            if !discard(ts, s, x)? {
                set_add(ts, s, x)?;
            }
        }
        Ok(())
    })
}

/// `s -= other`.
pub fn difference_update(ts: &mut Thread, s: Gc<SetObj>, other: Value) -> PyResult<()> {
    if other == s.value() {
        s.table.lock().clear();
        return Ok(());
    }
    let items = set_items_of(ts, other)?;
    with_roots(ts, &items, |ts| {
        for &x in &items {
            discard(ts, s, x)?;
        }
        Ok(())
    })
}

/// `s &= other`: the table is replaced in one step.
pub fn intersection_update(ts: &mut Thread, s: Gc<SetObj>, other: Value) -> PyResult<()> {
    let r = intersection(ts, s, other, false)?;
    let table = std::mem::take(&mut *r.table.lock());
    *s.table.lock() = table;
    Ok(())
}

/// `s |= other`.
pub fn update(ts: &mut Thread, s: Gc<SetObj>, other: Value) -> PyResult<()> {
    super::merge::update_from(ts, s, other)
}

/// `a <op> b` as a new set of the given flavour.
pub fn combine(
    ts: &mut Thread,
    a: Gc<SetObj>,
    b: Value,
    op: u32,
    frozen: bool,
) -> PyResult<Gc<SetObj>> {
    match op {
        OR => {
            let out = copy_of(&a, frozen);
            update(ts, out, b)?;
            Ok(out)
        }
        AND => intersection(ts, a, b, frozen),
        SUBTRACT => difference(ts, a, b, frozen),
        _ => symmetric_difference(ts, a, b, frozen),
    }
}

/// `a <op>= b` on a mutable set.
pub fn apply_in_place(ts: &mut Thread, a: Gc<SetObj>, b: Value, op: u32) -> PyResult<()> {
    match op {
        OR => update(ts, a, b),
        AND => intersection_update(ts, a, b),
        SUBTRACT => difference_update(ts, a, b),
        _ => symmetric_update(ts, a, b),
    }
}

/// Whether every element of `a` is in `b`.
pub fn is_subset(ts: &mut Thread, a: Gc<SetObj>, b: Gc<SetObj>) -> PyResult<bool> {
    if set_len(a) > set_len(b) {
        return Ok(false);
    }
    let items = set_items(a);
    with_roots(ts, &items, |ts| {
        for &x in &items {
            if !contains(ts, b, x)? {
                return Ok(false);
            }
        }
        Ok(true)
    })
}
