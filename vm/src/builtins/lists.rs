//! `list` and `tuple`: constructors and methods.

pub mod arity;
mod list_dunders;
mod list_methods;
pub mod seq_repr;
pub mod slices;
mod tuple_methods;

use crate::object::Gc;
use crate::objects::list::ListObj;
use crate::protocol::{call, compare, truthy};
use crate::runtime::errors::value_error;
use crate::runtime::thread::Thread;
use crate::runtime::types::{type_of, types};
use crate::runtime::PyResult;
use crate::value::Value;

pub use list_methods::{items_of as list_items_of, this_list};

pub fn register() {
    list_methods::register();
    list_dunders::register();
    tuple_methods::register();
}

/// `list.sort(key=None, reverse=False)`: a stable merge sort whose
/// comparisons may run Python code (the list is emptied meanwhile, as
/// CPython does, and restored afterwards).
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
    let mut err = None;
    merge_sort(&mut idx, &mut |a, b| {
        if err.is_some() {
            return false;
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
    if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
        return Ok(x < y);
    }
    let t = types();
    if type_of(a) == t.str && type_of(b) == t.str {
        return Ok(a.as_str() < b.as_str());
    }
    if let (Some(x), Some(y)) = (a.as_float(), b.as_float()) {
        return Ok(x < y);
    }
    let r = compare::rich_compare(ts, a, b, compare::LT)?;
    truthy(ts, r)
}

/// Stable merge sort; `lt_rev(a, b)` answers "is b < a" (so equal elements
/// keep their order).
fn merge_sort(v: &mut [usize], gt: &mut impl FnMut(usize, usize) -> bool) {
    let n = v.len();
    if n <= 1 {
        return;
    }
    if n <= 16 {
        for i in 1..n {
            let mut j = i;
            while j > 0 && gt(v[j - 1], v[j]) {
                v.swap(j - 1, j);
                j -= 1;
            }
        }
        return;
    }
    let mid = n / 2;
    merge_sort(&mut v[..mid], gt);
    merge_sort(&mut v[mid..], gt);
    let left = v[..mid].to_vec();
    let right = v[mid..].to_vec();
    let (mut i, mut j, mut k) = (0, 0, 0);
    while i < left.len() && j < right.len() {
        if gt(left[i], right[j]) {
            v[k] = right[j];
            j += 1;
        } else {
            v[k] = left[i];
            i += 1;
        }
        k += 1;
    }
    while i < left.len() {
        v[k] = left[i];
        i += 1;
        k += 1;
    }
    while j < right.len() {
        v[k] = right[j];
        j += 1;
        k += 1;
    }
}
