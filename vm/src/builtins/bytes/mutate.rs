//! bytearray's mutators: append, extend, pop, insert, remove, clear,
//! reverse, copy, item/slice assignment and deletion, `+=`, `*=`.

use super::{bytes_like, this, this_slot};
use crate::builtins::strings::util::{int_arg, noargs, one_arg, positional};
use crate::object::{Gc, Kind};
use crate::objects::builtin_fn::{KwArgs, NativeFn};
use crate::objects::bytes::{new_bytearray, ByteArrayObj};
use crate::objects::slice::SliceObj;
use crate::protocol::container::{index_value, slice_indices};
use crate::runtime::errors::{index_error, type_error, value_error};
use crate::runtime::thread::Thread;
use crate::runtime::types::{type_name, types};
use crate::runtime::PyResult;
use crate::value::Value;

pub(super) const METHODS: &[(&str, NativeFn)] = &[
    ("append", append),
    ("extend", extend),
    ("pop", pop),
    ("insert", insert),
    ("remove", remove),
    ("clear", clear),
    ("reverse", reverse),
    ("copy", copy),
    ("__setitem__", setitem_slot),
    ("__delitem__", delitem_slot),
    ("__iadd__", iadd),
    ("__imul__", imul),
    ("__init__", super::constructor::bytearray_init),
];

const NAME: &str = "bytearray";

fn obj(v: Value) -> Gc<ByteArrayObj> {
    v.downcast::<ByteArrayObj>().expect("bytearray layout")
}

/// A byte value: an int (or `__index__`) in range(256).
fn byte_value(ts: &mut Thread, v: Value) -> PyResult<u8> {
    let i = int_arg(ts, v)?;
    if !(0..256).contains(&i) {
        return Err(value_error("byte must be in range(0, 256)"));
    }
    Ok(i as u8)
}

/// The bytes of an iterable of ints (or a bytes-like object).
fn iterable_bytes(ts: &mut Thread, v: Value) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_like(v) {
        return Ok(b.into_owned());
    }
    let items = crate::protocol::iter::collect(ts, v)?;
    super::map_rooted(ts, &items, byte_value)
}

fn append(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (v, _) = this::<true>(args, "append")?;
    let b = byte_value(ts, one_arg(NAME, "append", args, kw)?)?;
    obj(v).data.lock().push(b);
    Ok(Value::NONE)
}

fn extend(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (v, _) = this::<true>(args, "extend")?;
    let src = one_arg(NAME, "extend", args, kw)?;
    let data = match iterable_bytes(ts, src) {
        Ok(d) => d,
        Err(e)
            if e.matches(types().type_error)
                && crate::protocol::repr::str_string(ts, e.value())?
                    .ends_with("is not iterable") =>
        {
            return Err(type_error(format!(
                "can't extend bytearray with {}",
                type_name(src)
            )));
        }
        Err(e) => return Err(e),
    };
    obj(v).data.lock().extend_from_slice(&data);
    Ok(Value::NONE)
}

fn pop(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (v, _) = this::<true>(args, "pop")?;
    let a = positional(NAME, "pop", args, kw, 0, 1)?;
    let idx = match a.first() {
        Some(&i) => int_arg(ts, i)?,
        None => -1,
    };
    let g = obj(v);
    let mut d = g.data.lock();
    if d.is_empty() {
        return Err(index_error("pop from empty bytearray"));
    }
    let i = if idx < 0 { idx + d.len() as i64 } else { idx };
    if i < 0 || i >= d.len() as i64 {
        return Err(index_error("pop index out of range"));
    }
    Ok(Value::small_int(d.remove(i as usize) as i64))
}

fn insert(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (v, _) = this::<true>(args, "insert")?;
    let a = positional(NAME, "insert", args, kw, 2, 2)?;
    let idx = int_arg(ts, a[0])?;
    let b = byte_value(ts, a[1])?;
    let g = obj(v);
    let mut d = g.data.lock();
    let n = d.len() as i64;
    let i = if idx < 0 {
        (idx + n).max(0)
    } else {
        idx.min(n)
    };
    d.insert(i as usize, b);
    Ok(Value::NONE)
}

fn remove(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (v, _) = this::<true>(args, "remove")?;
    let b = byte_value(ts, one_arg(NAME, "remove", args, kw)?)?;
    let g = obj(v);
    let mut d = g.data.lock();
    match d.iter().position(|&x| x == b) {
        Some(i) => {
            d.remove(i);
            Ok(Value::NONE)
        }
        None => Err(value_error("value not found in bytearray")),
    }
}

fn clear(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (v, _) = this::<true>(args, "clear")?;
    noargs(NAME, "clear", args, kw)?;
    obj(v).data.lock().clear();
    Ok(Value::NONE)
}

fn reverse(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (v, _) = this::<true>(args, "reverse")?;
    noargs(NAME, "reverse", args, kw)?;
    obj(v).data.lock().reverse();
    Ok(Value::NONE)
}

fn copy(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (_, d) = this::<true>(args, "copy")?;
    noargs(NAME, "copy", args, kw)?;
    Ok(new_bytearray(d.into_owned()))
}

fn not_bytearray(obj: Value, what: &str) -> crate::runtime::PyErr {
    type_error(format!("'{}' object {what}", type_name(obj)))
}

/// `obj[key] = value` for a bytearray `obj` (index or slice).
pub fn setitem(ts: &mut Thread, target: Value, key: Value, value: Value) -> PyResult<()> {
    if target.kind() != Some(Kind::ByteArray) {
        return Err(not_bytearray(target, "does not support item assignment"));
    }
    let ba = obj(target);
    if let Some(sl) = key.downcast::<SliceObj>() {
        if value.is_int() || value.as_str().is_some() {
            return Err(type_error(
                "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
            ));
        }
        let new = match iterable_bytes(ts, value) {
            Ok(b) => b,
            Err(e)
                if e.matches(types().type_error) && crate::protocol::iter(ts, value).is_err() =>
            {
                return Err(type_error(
                    "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
                ));
            }
            Err(e) => return Err(e),
        };
        let len = ba.data.lock().len() as i64;
        let (start, stop, step, n) = slice_indices(ts, &sl, len)?;
        let mut d = ba.data.lock();
        if step == 1 {
            let start = (start as usize).min(d.len());
            let stop = (stop.max(start as i64) as usize).min(d.len());
            d.splice(start..stop, new);
            return Ok(());
        }
        if new.len() != n {
            return Err(value_error(format!(
                "attempt to assign bytes of size {} to extended slice of size {}",
                new.len(),
                n
            )));
        }
        for (k, b) in new.into_iter().enumerate() {
            d[(start + k as i64 * step) as usize] = b;
        }
        return Ok(());
    }
    let Some(mut i) = index_value(ts, key)? else {
        return Err(type_error(format!(
            "bytearray indices must be integers or slices, not {}",
            type_name(key)
        )));
    };
    let b = byte_value(ts, value)?;
    let mut d = ba.data.lock();
    if i < 0 {
        i += d.len() as i64;
    }
    if i < 0 || i >= d.len() as i64 {
        return Err(index_error("bytearray index out of range"));
    }
    d[i as usize] = b;
    Ok(())
}

/// `del obj[key]` for a bytearray `obj`.
pub fn delitem(ts: &mut Thread, target: Value, key: Value) -> PyResult<()> {
    if target.kind() != Some(Kind::ByteArray) {
        return Err(not_bytearray(target, "doesn't support item deletion"));
    }
    let ba = obj(target);
    if let Some(sl) = key.downcast::<SliceObj>() {
        let len = ba.data.lock().len() as i64;
        let (start, _, step, n) = slice_indices(ts, &sl, len)?;
        let mut d = ba.data.lock();
        let mut pos: Vec<usize> = (0..n as i64).map(|k| (start + k * step) as usize).collect();
        pos.sort_unstable();
        let mut keep = Vec::with_capacity(d.len() - pos.len().min(d.len()));
        let mut p = pos.iter().peekable();
        for (i, &b) in d.iter().enumerate() {
            if p.peek() == Some(&&i) {
                p.next();
            } else {
                keep.push(b);
            }
        }
        *d = keep;
        return Ok(());
    }
    let Some(mut i) = index_value(ts, key)? else {
        return Err(type_error(format!(
            "bytearray indices must be integers or slices, not {}",
            type_name(key)
        )));
    };
    let mut d = ba.data.lock();
    if i < 0 {
        i += d.len() as i64;
    }
    if i < 0 || i >= d.len() as i64 {
        return Err(index_error("bytearray index out of range"));
    }
    d.remove(i as usize);
    Ok(())
}

fn two(args: &[Value]) -> PyResult<(Value, Value)> {
    let n = args.len().saturating_sub(1);
    if n != 2 {
        return Err(type_error(format!("expected 2 arguments, got {n}")));
    }
    Ok((args[1], args[2]))
}

fn setitem_slot(ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (v, _) = this_slot::<true>(args, "__setitem__")?;
    let (k, x) = two(args)?;
    setitem(ts, v, k, x)?;
    Ok(Value::NONE)
}

fn delitem_slot(ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (v, _) = this_slot::<true>(args, "__delitem__")?;
    let n = args.len().saturating_sub(1);
    if n != 1 {
        return Err(type_error(format!("expected 1 argument, got {n}")));
    }
    delitem(ts, v, args[1])?;
    Ok(Value::NONE)
}

fn iadd(ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (v, _) = this_slot::<true>(args, "__iadd__")?;
    let n = args.len().saturating_sub(1);
    if n != 1 {
        return Err(type_error(format!("expected 1 argument, got {n}")));
    }
    Ok(
        super::binary_op(ts, v, args[1], crate::protocol::number::ADD, true)?
            .unwrap_or(Value::NOT_IMPLEMENTED),
    )
}

fn imul(ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (v, _) = this_slot::<true>(args, "__imul__")?;
    let n = args.len().saturating_sub(1);
    if n != 1 {
        return Err(type_error(format!("expected 1 argument, got {n}")));
    }
    let k = int_arg(ts, args[1])?;
    let d = obj(v);
    let cur = d.data.lock().clone();
    *d.data.lock() = if k <= 0 {
        Vec::new()
    } else {
        cur.repeat(k as usize)
    };
    Ok(v)
}
