//! `list.sort` / `sorted`: a stable merge sort whose comparisons may run
//! Python code (the list is emptied meanwhile, as CPython does, and
//! restored afterwards).
//!
//! Keys that compare without Python code (small ints, exact strs, floats,
//! exact tuples of those) are ordered natively (`sort/keys.rs`), without
//! the generic rich-comparison machinery; the algorithm is in
//! `sort/merge.rs`.

use crate::object::Gc;
use crate::objects::list::ListObj;
use crate::protocol::{call, compare, truthy};
use crate::runtime::errors::value_error;
use crate::runtime::thread::Thread;
use crate::runtime::PyResult;
use crate::value::Value;

mod keys;
mod merge;

use keys::{native_lt, tuple_leads};
use merge::merge_sort;

pub fn sort_list(
    ts: &mut Thread,
    list: Gc<ListObj>,
    key: Option<Value>,
    reverse: Option<Value>,
) -> PyResult<()> {
    let reverse = match reverse {
        Some(r) if r.is_bool() => r == Value::TRUE,
        Some(r) => {
            let i = crate::builtins::numbers::index(ts, r)?;
            !matches!(i.as_i64(), Some(0))
        }
        None => false,
    };
    let key = key.filter(|k| !k.is_none());
    let items = list.items.lock().take();
    // Root the items and keys while Python code runs.
    let keep = crate::objects::list::new_list_gc(items.clone());
    let keys = match key {
        Some(f) => {
            let mut ks = Vec::with_capacity(items.len());
            for &x in &items {
                match call(ts, f, &[x], &[]) {
                    Ok(k) => {
                        keep.push(k);
                        ks.push(k);
                    }
                    Err(e) => {
                        list.items.lock().replace(items);
                        return Err(e);
                    }
                }
            }
            ks
        }
        None => items.clone(),
    };
    let mut idx: Vec<usize> = (0..items.len()).collect();
    if reverse {
        idx.reverse();
    }
    let leads = tuple_leads(&keys);
    let mut err = None;
    let mut scratch = Vec::with_capacity(idx.len() / 2 + 1);
    merge_sort(&mut idx, &mut scratch, &mut |a, b| {
        if err.is_some() {
            return false;
        }
        if let Some(r) = leads.as_ref().and_then(|l| l.lt(b, a)) {
            return r;
        }
        match less(ts, keys[b], keys[a]) {
            Ok(r) => r,
            Err(e) => {
                err = Some(e);
                false
            }
        }
    });
    if reverse {
        idx.reverse();
    }
    let sorted: Vec<Value> = idx.iter().map(|&i| items[i]).collect();
    let modified = {
        let mut guard = list.items.lock();
        let modified = !guard.is_empty();
        guard.replace(if err.is_some() { items } else { sorted });
        modified
    };
    crate::heap::keep_alive(&keep);
    match err {
        Some(e) => Err(e),
        None if modified => Err(value_error("list modified during sort")),
        None => Ok(()),
    }
}

fn less(ts: &mut Thread, a: Value, b: Value) -> PyResult<bool> {
    if let Some(r) = native_lt(a, b) {
        return Ok(r);
    }
    let r = compare::rich_compare(ts, a, b, compare::LT)?;
    truthy(ts, r)
}
