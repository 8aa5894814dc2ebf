//! Slices over native sequences, split as CPython does: `unpack` evaluates
//! the slice's bounds (which may run `__index__`), `adjust` clamps them to
//! a length with pure arithmetic, so it can run under the object's lock.

use crate::objects::slice::SliceObj;
use crate::runtime::errors::{index_error, type_error, value_error};
use crate::runtime::thread::Thread;
use crate::runtime::types::type_name;
use crate::runtime::PyResult;
use crate::value::Value;

/// Evaluated slice bounds: (start, stop, step), step != 0.
#[derive(Clone, Copy, Debug)]
pub struct Bounds {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

/// `_PyEval_SliceIndex`: an int or `__index__`, clamped to the i64 range.
fn slice_index(ts: &mut Thread, v: Value) -> PyResult<i64> {
    if !v.is_int()
        && crate::protocol::dunder::user_dunder(crate::runtime::types::type_of(v), "__index__")
            .is_none()
    {
        return Err(type_error(
            "slice indices must be integers or None or have an __index__ method",
        ));
    }
    crate::builtins::numbers::as_ssize_clamped(ts, v)
}

/// `PySlice_Unpack`.
pub fn unpack(ts: &mut Thread, s: &SliceObj) -> PyResult<Bounds> {
    let step = if s.step.is_none() {
        1
    } else {
        slice_index(ts, s.step)?
    };
    if step == 0 {
        return Err(value_error("slice step cannot be zero"));
    }
    let step = step.max(-i64::MAX);
    let start = if s.start.is_none() {
        if step < 0 {
            i64::MAX
        } else {
            0
        }
    } else {
        slice_index(ts, s.start)?
    };
    let stop = if s.stop.is_none() {
        if step < 0 {
            i64::MIN
        } else {
            i64::MAX
        }
    } else {
        slice_index(ts, s.stop)?
    };
    Ok(Bounds { start, stop, step })
}

/// `PySlice_AdjustIndices`: (start, stop, step, count) for `len` items.
pub fn adjust(b: Bounds, len: usize) -> (i64, i64, i64, usize) {
    let len = len as i64;
    let step = b.step;
    let clamp = |v: i64| -> i64 {
        if v < 0 {
            let v = v.saturating_add(len);
            if v < 0 {
                if step < 0 {
                    -1
                } else {
                    0
                }
            } else {
                v
            }
        } else if v >= len {
            if step < 0 {
                len - 1
            } else {
                len
            }
        } else {
            v
        }
    };
    let (start, stop) = (clamp(b.start), clamp(b.stop));
    let n = if step < 0 {
        if stop < start {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        }
    } else if start < stop {
        (stop - start - 1) / step + 1
    } else {
        0
    };
    (start, stop, step, n as usize)
}

/// The positions a slice selects.
pub fn positions(start: i64, step: i64, n: usize) -> impl Iterator<Item = usize> {
    (0..n as i64).map(move |k| (start + k * step) as usize)
}

/// `items[b]` as a vector.
pub fn select(items: &[Value], b: Bounds) -> Vec<Value> {
    let (start, _, step, n) = adjust(b, items.len());
    positions(start, step, n).map(|i| items[i]).collect()
}

/// An integer subscript of a sequence named `what` ("list", "tuple"):
/// None when `key` is not an index at all.
pub fn item_index(ts: &mut Thread, key: Value, what: &str) -> PyResult<i64> {
    if !key.is_int()
        && crate::protocol::dunder::user_dunder(crate::runtime::types::type_of(key), "__index__")
            .is_none()
    {
        return Err(type_error(format!(
            "{what} indices must be integers or slices, not {}",
            type_name(key)
        )));
    }
    let i = crate::builtins::numbers::index(ts, key)?;
    i.as_i64().ok_or_else(|| {
        index_error(format!(
            "cannot fit '{}' into an index-sized integer",
            type_name(key)
        ))
    })
}

/// Normalises a (possibly negative) index against `len`.
pub fn normalize(i: i64, len: usize) -> Option<usize> {
    let i = if i < 0 { i + len as i64 } else { i };
    (0..len as i64).contains(&i).then_some(i as usize)
}

/// `items[b] = new` on a vector (the caller holds the lock).
pub fn assign(items: &mut Vec<Value>, b: Bounds, new: Vec<Value>) -> PyResult<()> {
    let (start, stop, step, n) = adjust(b, items.len());
    if step == 1 {
        let stop = stop.max(start) as usize;
        items.splice(start as usize..stop, new);
        return Ok(());
    }
    if new.len() != n {
        return Err(value_error(format!(
            "attempt to assign sequence of size {} to extended slice of size {n}",
            new.len()
        )));
    }
    for (k, i) in positions(start, step, n).enumerate() {
        items[i] = new[k];
    }
    Ok(())
}

/// `del items[b]` on a vector (the caller holds the lock).
pub fn delete(items: &mut Vec<Value>, b: Bounds) {
    let (start, _, step, n) = adjust(b, items.len());
    if n == 0 {
        return;
    }
    if step == 1 {
        items.drain(start as usize..start as usize + n);
        return;
    }
    let mut doomed = vec![false; items.len()];
    for i in positions(start, step, n) {
        doomed[i] = true;
    }
    let mut k = 0;
    items.retain(|_| {
        let keep = !doomed[k];
        k += 1;
        keep
    });
}
