//! `set_update_internal`: adding all of an exact set or dict to a set the
//! way CPython does, so the result has CPython's table size and slot order.
//! The other object's table is snapshotted under its own lock (two set
//! locks are never held at once), the target is sized once for all the
//! incoming keys, and the keys are added with their stored hashes. An
//! empty target is filled slot by slot without comparing keys; otherwise
//! each add is one atomic step of the protocol, as in `add_all`.

use super::algebra::{add_all, set_items_of};
use crate::builtins::lists::arity::with_roots;
use crate::object::Gc;
use crate::objects::dict::DictObj;
use crate::objects::set::SetObj;
use crate::objects::typeobj::TF_HEAPTYPE;
use crate::protocol::set::set_add_hashed;
use crate::runtime::thread::Thread;
use crate::runtime::types::type_of;
use crate::runtime::PyResult;
use crate::value::Value;

/// Whether `v`'s table is read directly: any set or frozenset, subclasses
/// included (CPython's `PyAnySet_Check`, which ignores an overridden
/// `__iter__`), or an exact dict.
pub fn is_table_source(v: Value) -> bool {
    v.is::<SetObj>() || (v.is::<DictObj>() && !type_of(v).has_flag(TF_HEAPTYPE))
}

/// `s.update(other)` / `s |= other` with CPython's table building.
pub fn update_from(ts: &mut Thread, s: Gc<SetObj>, other: Value) -> PyResult<()> {
    if !is_table_source(other) {
        let items = set_items_of(ts, other)?;
        return add_all(ts, s, &items);
    }
    if other == s.value() {
        return Ok(()); // `s |= s`: nothing to add, and CPython does not resize.
    }
    let entries: Vec<(i64, Value)> = match other.downcast::<SetObj>() {
        Some(o) => {
            let snap = o.table.lock().clone();
            let mut t = s.table.lock();
            if t.fill() == 0 {
                t.merge_into_empty(&snap);
                return Ok(());
            }
            if snap.is_empty() {
                return Ok(());
            }
            t.presize(snap.len());
            snap.iter().map(|e| (e.hash, e.key)).collect()
        }
        None => {
            let d = other.downcast::<DictObj>().expect("dict");
            let entries: Vec<(i64, Value)> =
                d.table.lock().iter().map(|e| (e.hash, e.key)).collect();
            s.table.lock().presize(entries.len());
            entries
        }
    };
    let keys: Vec<Value> = entries.iter().map(|&(_, k)| k).collect();
    with_roots(ts, &keys, |ts| {
        for &(h, k) in &entries {
            set_add_hashed(ts, s, k, h)?;
        }
        Ok(())
    })
}
