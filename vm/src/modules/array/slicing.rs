//! Item and slice access of `array.array`: `__getitem__`, `__setitem__`,
//! `__delitem__` over the item bytes.

use super::dunders::{arg1, is_index};
use super::{codec, new_array, this, ArrayData};
use crate::builtins::lists::slices::{self, adjust, normalize, positions, Bounds};
use crate::objects::builtin_fn::KwArgs;
use crate::objects::slice::SliceObj;
use crate::runtime::errors::{index_error, type_error, value_error};
use crate::runtime::thread::Thread;
use crate::runtime::types::type_name;
use crate::runtime::PyResult;
use crate::value::Value;

pub(super) fn getitem(ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (a, key) = arg1("__getitem__", args)?;
    let isz = a.isz();
    if let Some(s) = key.downcast::<SliceObj>() {
        let b = slices::unpack(ts, &s)?;
        let data = a.data.lock();
        let (start, _, step, n) = adjust(b, data.len() / isz);
        let mut out = Vec::with_capacity(n * isz);
        for i in positions(start, step, n) {
            out.extend_from_slice(&data[i * isz..(i + 1) * isz]);
        }
        drop(data);
        return Ok(new_array(a.tc, out));
    }
    if !is_index(key) {
        return Err(type_error("array indices must be integers"));
    }
    let i = crate::builtins::numbers::as_ssize(ts, key)?;
    let data = a.data.lock();
    let Some(i) = normalize(i, data.len() / isz) else {
        return Err(index_error("array index out of range"));
    };
    Ok(codec::from_item(a.tc, &data[i * isz..(i + 1) * isz]))
}

/// `data[b] = new` on item bytes.
pub(super) fn assign(data: &mut Vec<u8>, isz: usize, b: Bounds, new: &[u8]) -> PyResult<()> {
    let (start, stop, step, n) = adjust(b, data.len() / isz);
    let m = new.len() / isz;
    if step == 1 {
        let stop = stop.max(start) as usize;
        data.splice(start as usize * isz..stop * isz, new.iter().copied());
        return Ok(());
    }
    if m != n {
        return Err(value_error(format!(
            "attempt to assign array of size {m} to extended slice of size {n}"
        )));
    }
    for (k, i) in positions(start, step, n).enumerate() {
        data[i * isz..(i + 1) * isz].copy_from_slice(&new[k * isz..(k + 1) * isz]);
    }
    Ok(())
}

/// `del data[b]` on item bytes.
pub(super) fn delete(data: &mut Vec<u8>, isz: usize, b: Bounds) {
    let (start, _, step, n) = adjust(b, data.len() / isz);
    let mut doomed = vec![false; data.len() / isz];
    for i in positions(start, step, n) {
        doomed[i] = true;
    }
    let kept: Vec<u8> = data
        .chunks_exact(isz)
        .zip(doomed)
        .filter(|(_, d)| !d)
        .flat_map(|(c, _)| c.iter().copied())
        .collect();
    *data = kept;
}

pub(super) fn setitem(ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let a = this(args[0])?;
    crate::builtins::lists::arity::arity("__setitem__", args.len() - 1, 2, 2)?;
    let (key, v) = (args[1], args[2]);
    let isz = a.isz();
    if let Some(s) = key.downcast::<SliceObj>() {
        let b = slices::unpack(ts, &s)?;
        let Some(other) = v.as_native::<ArrayData>() else {
            return Err(type_error(format!(
                "can only assign array (not \"{}\") to array slice",
                type_name(v)
            )));
        };
        if other.tc != a.tc {
            return Err(type_error("bad argument type for built-in operation"));
        }
        let new = other.data.lock().clone();
        return assign(&mut a.data.lock(), isz, b, &new).map(|_| Value::NONE);
    }
    if !is_index(key) {
        return Err(type_error("array indices must be integers"));
    }
    let i = crate::builtins::numbers::as_ssize(ts, key)?;
    let oob = || index_error("array assignment index out of range");
    normalize(i, a.len()).ok_or_else(oob)?;
    let item = a.convert(ts, v)?;
    let mut data = a.data.lock();
    let i = normalize(i, data.len() / isz).ok_or_else(oob)?;
    data[i * isz..(i + 1) * isz].copy_from_slice(&item);
    Ok(Value::NONE)
}

pub(super) fn delitem(ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (a, key) = arg1("__delitem__", args)?;
    let isz = a.isz();
    if let Some(s) = key.downcast::<SliceObj>() {
        let b = slices::unpack(ts, &s)?;
        delete(&mut a.data.lock(), isz, b);
        return Ok(Value::NONE);
    }
    if !is_index(key) {
        return Err(type_error("array indices must be integers"));
    }
    let i = crate::builtins::numbers::as_ssize(ts, key)?;
    let mut data = a.data.lock();
    let Some(i) = normalize(i, data.len() / isz) else {
        return Err(index_error("array assignment index out of range"));
    };
    data.drain(i * isz..(i + 1) * isz);
    Ok(Value::NONE)
}
