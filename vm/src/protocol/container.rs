//! Item access, `len`, `in`, and the equality of unordered containers.

use crate::object::Kind;
use crate::objects::bytes::{ByteArrayObj, BytesObj};
use crate::objects::dict::DictObj;
use crate::objects::int::int_from_i64;
use crate::objects::list::{new_list, ListObj};
use crate::objects::range::RangeObj;
use crate::objects::set::SetObj;
use crate::objects::slice::SliceObj;
use crate::objects::str::StrObj;
use crate::objects::tuple::new_tuple;
use crate::protocol::compare::{eq, native_eq};
use crate::protocol::dict::{dict_contains, dict_del, dict_get, dict_set};
use crate::protocol::dunder::{call_user_dunder, user_dunder};
use crate::runtime::errors::{index_error, key_error, type_error, value_error};
use crate::runtime::thread::Thread;
use crate::runtime::types::{type_name, type_of};
use crate::runtime::PyResult;
use crate::value::Value;

/// An index argument: an int or an object with `__index__`.
pub fn index_value(ts: &mut Thread, v: Value) -> PyResult<Option<i64>> {
    if let Some(i) = v.as_i64() {
        return Ok(Some(i));
    }
    if v.is_int() {
        return Err(index_error("cannot fit 'int' into an index-sized integer"));
    }
    if let Some(r) = call_user_dunder(ts, v, "__index__", &[])? {
        return Ok(r.as_i64());
    }
    Ok(None)
}

/// CPython's `PySlice_GetIndicesEx`: (start, stop, step, length).
pub fn slice_indices(ts: &mut Thread, s: &SliceObj, len: i64) -> PyResult<(i64, i64, i64, usize)> {
    let step = if s.step.is_none() {
        1
    } else {
        index_value(ts, s.step)?.ok_or_else(|| {
            type_error("slice indices must be integers or None or have an __index__ method")
        })?
    };
    if step == 0 {
        return Err(value_error("slice step cannot be zero"));
    }
    let bound = |ts: &mut Thread, v: Value, default: i64| -> PyResult<i64> {
        if v.is_none() {
            return Ok(default);
        }
        let mut i = match index_value(ts, v)? {
            Some(i) => i,
            None => {
                return Err(type_error(
                    "slice indices must be integers or None or have an __index__ method",
                ))
            }
        };
        if i < 0 {
            i += len;
            if i < 0 {
                i = if step < 0 { -1 } else { 0 };
            }
        } else if i >= len {
            i = if step < 0 { len - 1 } else { len };
        }
        Ok(i)
    };
    let (dstart, dstop) = if step < 0 { (len - 1, -1) } else { (0, len) };
    let start = bound(ts, s.start, dstart)?;
    let stop = bound(ts, s.stop, dstop)?;
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
    Ok((start, stop, step, n as usize))
}

fn slice_positions(start: i64, step: i64, n: usize) -> impl Iterator<Item = usize> {
    (0..n as i64).map(move |k| (start + k * step) as usize)
}

fn seq_index(ts: &mut Thread, key: Value, len: usize, what: &str) -> PyResult<usize> {
    let Some(mut i) = index_value(ts, key)? else {
        return Err(type_error(format!(
            "{what} indices must be integers or slices, not {}",
            type_name(key)
        )));
    };
    if i < 0 {
        i += len as i64;
    }
    if i < 0 || i >= len as i64 {
        return Err(index_error(format!("{what} index out of range")));
    }
    Ok(i as usize)
}

pub fn getitem(ts: &mut Thread, obj: Value, key: Value) -> PyResult<Value> {
    let ty = type_of(obj);
    if let Some(r) = call_user_dunder(ts, obj, "__getitem__", &[key])? {
        return Ok(r);
    }
    match obj.kind() {
        Some(Kind::List) => {
            let l = obj.downcast::<ListObj>().expect("list");
            if let Some(s) = key.downcast::<SliceObj>() {
                // Indices first (`__index__` may run Python code), then one
                // locked read; a list shrunk meanwhile yields fewer items.
                let (start, _, step, n) = slice_indices(ts, &s, l.len() as i64)?;
                let g = l.items.lock();
                let mut items: Vec<Value> = Vec::with_capacity(n);
                items.extend(slice_positions(start, step, n).map_while(|i| g.get(i)));
                drop(g);
                return Ok(new_list(items));
            }
            let i = seq_index(ts, key, l.len(), "list")?;
            l.item(i)
                .ok_or_else(|| index_error("list index out of range"))
        }
        Some(Kind::Tuple) => {
            let items = obj.as_tuple().expect("tuple");
            if let Some(s) = key.downcast::<SliceObj>() {
                let (start, _, step, n) = slice_indices(ts, &s, items.len() as i64)?;
                if step == 1
                    && n == items.len()
                    && !ty.has_flag(crate::objects::typeobj::TF_HEAPTYPE)
                {
                    return Ok(obj);
                }
                return Ok(new_tuple(
                    slice_positions(start, step, n)
                        .map(|i| items[i])
                        .collect::<Vec<_>>(),
                ));
            }
            let i = seq_index(ts, key, items.len(), "tuple")?;
            Ok(items[i])
        }
        Some(Kind::Str) => {
            crate::builtins::strings::str_getitem(ts, obj.downcast::<StrObj>().expect("str"), key)
        }
        Some(Kind::Bytes | Kind::ByteArray) => crate::builtins::bytes::getitem(ts, obj, key),
        Some(Kind::Dict) => {
            let d = obj.downcast::<DictObj>().expect("dict");
            match dict_get(ts, d, key)? {
                Some(v) => Ok(v),
                None => {
                    if let Some(r) = call_user_dunder(ts, obj, "__missing__", &[key])? {
                        return Ok(r);
                    }
                    Err(key_error(key))
                }
            }
        }
        Some(Kind::Range) => crate::builtins::range::range_getitem(ts, obj, key),
        Some(Kind::Type) => {
            // `list[int]` and friends: generic aliases collapse to the origin.
            if let Some(r) = crate::protocol::attr::call_class_getitem(ts, obj, key)? {
                return Ok(r);
            }
            Err(type_error(format!(
                "type '{}' is not subscriptable",
                obj.as_type().expect("type").name_str()
            )))
        }
        _ => Err(type_error(format!(
            "'{}' object is not subscriptable",
            type_name(obj)
        ))),
    }
}

pub fn setitem(ts: &mut Thread, obj: Value, key: Value, value: Value) -> PyResult<()> {
    if call_user_dunder(ts, obj, "__setitem__", &[key, value])?.is_some() {
        return Ok(());
    }
    match obj.kind() {
        Some(Kind::List) => {
            let l = obj.downcast::<ListObj>().expect("list");
            if let Some(s) = key.downcast::<SliceObj>() {
                let new_items = crate::protocol::iter::collect(ts, value).map_err(|e| {
                    if e.matches(crate::runtime::types::types().type_error)
                        && !crate::protocol::iter::is_iterable(value)
                    {
                        type_error("can only assign an iterable")
                    } else {
                        e
                    }
                })?;
                return list_set_slice(ts, l.get(), &s, new_items);
            }
            let len = l.len();
            let i = seq_index(ts, key, len, "list")?;
            if l.items.lock().set(i, value) {
                Ok(())
            } else {
                Err(index_error("list assignment index out of range"))
            }
        }
        Some(Kind::Dict) => dict_set(ts, obj.downcast::<DictObj>().expect("dict"), key, value),
        Some(Kind::ByteArray) => crate::builtins::bytes::setitem(ts, obj, key, value),
        _ => Err(type_error(format!(
            "'{}' object does not support item assignment",
            type_name(obj)
        ))),
    }
}

/// `l[slice] = items` with CPython's extended-slice length check.
pub fn list_set_slice(
    ts: &mut Thread,
    l: &ListObj,
    s: &SliceObj,
    new_items: Vec<Value>,
) -> PyResult<()> {
    let len = l.len() as i64;
    let (start, stop, step, n) = slice_indices(ts, s, len)?;
    let mut items = l.items.lock();
    if step == 1 {
        let stop = stop.max(start) as usize;
        let start = start as usize;
        if stop <= items.len() && stop - start == new_items.len() {
            // Same length: overwrite in place (no new storage).
            for (k, v) in new_items.into_iter().enumerate() {
                items.set(start + k, v);
            }
            return Ok(());
        }
        items.with_vec(|items| {
            let (start, stop) = (start.min(items.len()), stop.min(items.len()));
            items.splice(start..stop, new_items);
        });
        return Ok(());
    }
    if new_items.len() != n {
        return Err(value_error(format!(
            "attempt to assign sequence of size {} to extended slice of size {}",
            new_items.len(),
            n
        )));
    }
    for (k, i) in slice_positions(start, step, n).enumerate() {
        items.set(i, new_items[k]);
    }
    Ok(())
}

pub fn delitem(ts: &mut Thread, obj: Value, key: Value) -> PyResult<()> {
    if call_user_dunder(ts, obj, "__delitem__", &[key])?.is_some() {
        return Ok(());
    }
    match obj.kind() {
        Some(Kind::List) => {
            let l = obj.downcast::<ListObj>().expect("list");
            if let Some(s) = key.downcast::<SliceObj>() {
                let (start, _, step, n) = slice_indices(ts, &s, l.len() as i64)?;
                let mut pos: Vec<usize> = slice_positions(start, step, n).collect();
                pos.sort_unstable();
                l.items.lock().with_vec(|items| {
                    for &i in pos.iter().rev() {
                        if i < items.len() {
                            items.remove(i);
                        }
                    }
                });
                return Ok(());
            }
            let len = l.len();
            let i = seq_index(ts, key, len, "list")
                .map_err(|_| index_error("list assignment index out of range"))?;
            let mut items = l.items.lock();
            if i < items.len() {
                items.remove(i);
            }
            Ok(())
        }
        Some(Kind::Dict) => dict_del(ts, obj.downcast::<DictObj>().expect("dict"), key),
        Some(Kind::ByteArray) => crate::builtins::bytes::delitem(ts, obj, key),
        _ => Err(type_error(format!(
            "'{}' object doesn't support item deletion",
            type_name(obj)
        ))),
    }
}

pub fn len(ts: &mut Thread, obj: Value) -> PyResult<usize> {
    // Only Python classes can define `__len__` in Python code: builtin
    // types go straight to their native length.
    let user_len = if type_of(obj).has_flag(crate::objects::typeobj::TF_HEAPTYPE) {
        call_user_dunder(ts, obj, "__len__", &[])?
    } else {
        None
    };
    if let Some(r) = user_len {
        let Some(n) = r.as_i64() else {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(r)
            )));
        };
        if n < 0 {
            return Err(value_error("__len__() should return >= 0"));
        }
        return Ok(n as usize);
    }
    let n = match obj.kind() {
        Some(Kind::Str) => obj.downcast::<StrObj>().expect("str").len(),
        Some(Kind::List) => obj.downcast::<ListObj>().expect("list").len(),
        Some(Kind::Tuple) => obj.as_tuple().expect("tuple").len(),
        Some(Kind::Dict) => obj.downcast::<DictObj>().expect("dict").table.lock().len(),
        Some(Kind::Set) => obj.downcast::<SetObj>().expect("set").table.lock().len(),
        Some(Kind::Bytes) => obj.downcast::<BytesObj>().expect("bytes").data.len(),
        Some(Kind::ByteArray) => obj
            .downcast::<ByteArrayObj>()
            .expect("bytearray")
            .data
            .lock()
            .len(),
        Some(Kind::Range) => {
            let r = obj.downcast::<RangeObj>().expect("range");
            r.len.as_i64().ok_or_else(|| {
                crate::runtime::errors::overflow_error(
                    "Python int too large to convert to C ssize_t",
                )
            })? as usize
        }
        Some(Kind::Native) => match native_len(obj) {
            Some(n) => n,
            None => {
                return Err(type_error(format!(
                    "object of type '{}' has no len()",
                    type_name(obj)
                )))
            }
        },
        _ => {
            return Err(type_error(format!(
                "object of type '{}' has no len()",
                type_name(obj)
            )))
        }
    };
    Ok(n)
}

/// Length of native containers (dict views, stdlib objects).
pub fn native_len(obj: Value) -> Option<usize> {
    crate::builtins::dict_views::view_len(obj)
}

/// `needle in hay` for strs. A one-byte needle (`ch in " \n\t"`) is a
/// byte scan: an ASCII byte never occurs inside a multi-byte character.
fn str_contains(hay: &str, needle: &str) -> bool {
    match needle.as_bytes() {
        [b] => hay.as_bytes().contains(b),
        _ => hay.contains(needle),
    }
}

pub fn contains(ts: &mut Thread, container: Value, item: Value) -> PyResult<bool> {
    if user_dunder(type_of(container), "__contains__").is_some() {
        let r = call_user_dunder(ts, container, "__contains__", &[item])?.expect("defined");
        return crate::protocol::truthy(ts, r);
    }
    match container.kind() {
        Some(Kind::Str) => {
            let Some(needle) = item.as_str() else {
                return Err(type_error(format!(
                    "'in <string>' requires string as left operand, not {}",
                    type_name(item)
                )));
            };
            Ok(str_contains(container.as_str().expect("str"), needle))
        }
        Some(Kind::Dict) => dict_contains(ts, container.downcast::<DictObj>().expect("dict"), item),
        Some(Kind::Set) => crate::protocol::iter::set_contains(ts, container, item),
        Some(Kind::List) => {
            let items = container.downcast::<ListObj>().expect("list").snapshot();
            seq_contains(ts, &items, item)
        }
        Some(Kind::Tuple) => seq_contains(ts, container.as_tuple().expect("tuple"), item),
        Some(Kind::Range) => crate::builtins::range::range_contains(ts, container, item),
        Some(Kind::Bytes | Kind::ByteArray) => {
            crate::builtins::bytes::contains(ts, container, item)
        }
        _ => {
            if let Some(r) = crate::builtins::dict_views::view_contains(ts, container, item)? {
                return Ok(r);
            }
            let it = crate::protocol::iter::iter(ts, container)?;
            while let Some(x) = crate::protocol::iter::next(ts, it)? {
                if eq(ts, x, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
    }
}

fn seq_contains(ts: &mut Thread, items: &[Value], item: Value) -> PyResult<bool> {
    for &x in items {
        let same = match native_eq(x, item) {
            Some(r) => r,
            None => eq(ts, x, item)?,
        };
        if same {
            return Ok(true);
        }
    }
    Ok(false)
}

/// `==` for dicts and sets (order-insensitive); None for other types.
pub fn container_eq(ts: &mut Thread, a: Value, b: Value) -> PyResult<Option<bool>> {
    if let (Some(x), Some(y)) = (a.downcast::<DictObj>(), b.downcast::<DictObj>()) {
        let xs = crate::protocol::dict::dict_items(x);
        if xs.len() != y.table.lock().len() {
            return Ok(Some(false));
        }
        for (k, v) in xs {
            match dict_get(ts, y, k)? {
                Some(w) if eq(ts, v, w)? => {}
                _ => return Ok(Some(false)),
            }
        }
        return Ok(Some(true));
    }
    if a.is::<SetObj>() && b.is::<SetObj>() {
        return set_compare(ts, a, b, crate::protocol::compare::EQ);
    }
    Ok(None)
}

/// Subset/superset comparisons of sets; None when not both sets.
pub fn set_compare(ts: &mut Thread, a: Value, b: Value, op: u32) -> PyResult<Option<bool>> {
    use crate::protocol::compare::*;
    let (Some(x), Some(y)) = (a.downcast::<SetObj>(), b.downcast::<SetObj>()) else {
        return Ok(None);
    };
    let xs: Vec<Value> = x.table.lock().iter().map(|e| e.key).collect();
    let ys: Vec<Value> = y.table.lock().iter().map(|e| e.key).collect();
    let subset = |ts: &mut Thread, p: &[Value], q: Value| -> PyResult<bool> {
        for &k in p {
            if !crate::protocol::iter::set_contains(ts, q, k)? {
                return Ok(false);
            }
        }
        Ok(true)
    };
    let r = match op {
        EQ => xs.len() == ys.len() && subset(ts, &xs, b)?,
        NE => !(xs.len() == ys.len() && subset(ts, &xs, b)?),
        LE => subset(ts, &xs, b)?,
        LT => xs.len() < ys.len() && subset(ts, &xs, b)?,
        GE => subset(ts, &ys, a)?,
        _ => ys.len() < xs.len() && subset(ts, &ys, a)?,
    };
    Ok(Some(r))
}

pub fn int_len(n: usize) -> Value {
    int_from_i64(n as i64)
}
