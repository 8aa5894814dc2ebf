//! Slot wrappers of bytes/bytearray (`__len__`, `__getitem__`, `__add__`,
//! `__eq__`, ...) and the native helpers the protocols can call.

use super::{bytes_like, make, this, this_slot, tname};
use crate::builtins::strings::util::int_arg;
use crate::object::Kind;
use crate::objects::builtin_fn::{KwArgs, NativeFn};
use crate::objects::bytes::{new_bytes, ByteArrayObj};
use crate::objects::int::int_from_i64;
use crate::objects::iter::{new_iter, IterState};
use crate::objects::slice::SliceObj;
use crate::protocol::compare;
use crate::protocol::container::{index_value, slice_indices};
use crate::protocol::number::{ADD, MULTIPLY, REMAINDER};
use crate::runtime::errors::{index_error, type_error, value_error};
use crate::runtime::thread::Thread;
use crate::runtime::types::{type_name, type_of, types};
use crate::runtime::PyResult;
use crate::value::Value;

pub(super) fn methods<const BA: bool>() -> Vec<(&'static str, NativeFn)> {
    vec![
        ("__len__", len::<BA>),
        ("__getitem__", getitem_slot::<BA>),
        ("__contains__", contains_slot::<BA>),
        ("__add__", add::<BA>),
        ("__mul__", mul::<BA>),
        ("__rmul__", mul::<BA>),
        ("__mod__", rem::<BA>),
        ("__rmod__", rmod::<BA>),
        ("__eq__", eq::<BA>),
        ("__ne__", ne::<BA>),
        ("__lt__", lt::<BA>),
        ("__le__", le::<BA>),
        ("__gt__", gt::<BA>),
        ("__ge__", ge::<BA>),
        ("__iter__", iter::<BA>),
        ("__repr__", repr::<BA>),
    ]
}

pub(super) const BYTES_ONLY: &[(&str, NativeFn)] = &[
    ("__hash__", hash),
    ("__bytes__", to_bytes),
    ("__getnewargs__", getnewargs),
];

fn one(args: &[Value]) -> PyResult<Value> {
    let n = args.len().saturating_sub(1);
    if n != 1 {
        return Err(type_error(format!("expected 1 argument, got {n}")));
    }
    Ok(args[1])
}

fn len<const BA: bool>(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (_, d) = this_slot::<BA>(args, "__len__")?;
    Ok(int_from_i64(d.len() as i64))
}

/// `obj[key]` for a bytes or bytearray (or subclass) `obj`.
pub fn getitem(ts: &mut Thread, obj: Value, key: Value) -> PyResult<Value> {
    let ba = obj.kind() == Some(Kind::ByteArray);
    let d = bytes_like(obj).expect("bytes-like");
    if let Some(sl) = key.downcast::<SliceObj>() {
        let (start, _, step, n) = slice_indices(ts, &sl, d.len() as i64)?;
        let out: Vec<u8> = if step == 1 {
            d[start as usize..start as usize + n].to_vec()
        } else {
            (0..n as i64)
                .map(|k| d[(start + k * step) as usize])
                .collect()
        };
        return Ok(if ba {
            crate::objects::bytes::new_bytearray(out)
        } else {
            new_bytes(out)
        });
    }
    let Some(mut i) = index_value(ts, key)? else {
        let what = if ba { "bytearray" } else { "byte" };
        return Err(type_error(format!(
            "{what} indices must be integers or slices, not {}",
            type_name(key)
        )));
    };
    if i < 0 {
        i += d.len() as i64;
    }
    if i < 0 || i >= d.len() as i64 {
        return Err(index_error(if ba {
            "bytearray index out of range"
        } else {
            "index out of range"
        }));
    }
    Ok(Value::small_int(d[i as usize] as i64))
}

fn getitem_slot<const BA: bool>(ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (v, _) = this_slot::<BA>(args, "__getitem__")?;
    getitem(ts, v, one(args)?)
}

/// `item in obj` for a bytes-like `obj`.
pub fn contains(ts: &mut Thread, obj: Value, item: Value) -> PyResult<bool> {
    let hay = bytes_like(obj).expect("bytes-like");
    if let Some(needle) = bytes_like(item) {
        return Ok(super::methods_search::find_sub(&hay, &needle).is_some());
    }
    if item.is_int() || (item.is_ptr() && !item.is_float() && item.as_str().is_none()) {
        let b = match int_arg(ts, item) {
            Ok(b) => b,
            Err(_) if !item.is_int() => {
                return Err(type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    type_name(item)
                )));
            }
            Err(e) => return Err(e),
        };
        if !(0..256).contains(&b) {
            return Err(value_error("byte must be in range(0, 256)"));
        }
        return Ok(hay.contains(&(b as u8)));
    }
    Err(type_error(format!(
        "a bytes-like object is required, not '{}'",
        type_name(item)
    )))
}

fn contains_slot<const BA: bool>(ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (v, _) = this_slot::<BA>(args, "__contains__")?;
    Ok(Value::from_bool(contains(ts, v, one(args)?)?))
}

fn concat_error(a: Value, b: Value) -> crate::runtime::PyErr {
    type_error(format!("can't concat {} to {}", type_name(b), type_name(a)))
}

fn repeat(d: &[u8], n: i64) -> PyResult<Vec<u8>> {
    if n <= 0 {
        return Ok(Vec::new());
    }
    if (d.len() as u128) * (n as u128) > isize::MAX as u128 {
        return Err(crate::runtime::errors::memory_error(""));
    }
    Ok(d.repeat(n as usize))
}

/// `a <op> b` when `a` or `b` is bytes-like: `+`, `*` and `%` (and the
/// in-place forms, which mutate a bytearray `a`). Ok(None) means
/// NotImplemented.
pub fn binary_op(
    ts: &mut Thread,
    a: Value,
    b: Value,
    op: u32,
    inplace: bool,
) -> PyResult<Option<Value>> {
    let a_ba = a.kind() == Some(Kind::ByteArray);
    match op {
        ADD => {
            let Some(x) = bytes_like(a) else {
                return Ok(None);
            };
            let Some(y) = bytes_like(b) else {
                return Err(concat_error(a, b));
            };
            if inplace && a_ba {
                a.downcast::<ByteArrayObj>()
                    .expect("bytearray")
                    .data
                    .lock()
                    .extend_from_slice(&y);
                return Ok(Some(a));
            }
            let mut v = x.into_owned();
            v.extend_from_slice(&y);
            Ok(Some(if a_ba {
                crate::objects::bytes::new_bytearray(v)
            } else {
                new_bytes(v)
            }))
        }
        MULTIPLY => {
            let (seq, n) = if bytes_like(a).is_some() {
                (a, b)
            } else {
                (b, a)
            };
            let Some(d) = bytes_like(seq) else {
                return Ok(None);
            };
            if !n.is_int() {
                if n.is_ptr()
                    && crate::protocol::dunder::user_dunder(type_of(n), "__index__").is_some()
                {
                    let k = int_arg(ts, n)?;
                    return binary_op(ts, seq, int_from_i64(k), MULTIPLY, inplace);
                }
                return Err(type_error(format!(
                    "can't multiply sequence by non-int of type '{}'",
                    type_name(n)
                )));
            }
            let k = n.as_i64().ok_or_else(|| {
                crate::runtime::errors::overflow_error(
                    "cannot fit 'int' into an index-sized integer",
                )
            })?;
            let out = repeat(&d, k)?;
            let seq_ba = seq.kind() == Some(Kind::ByteArray);
            if inplace && seq_ba && seq == a {
                *a.downcast::<ByteArrayObj>().expect("bytearray").data.lock() = out;
                return Ok(Some(a));
            }
            Ok(Some(if seq_ba {
                crate::objects::bytes::new_bytearray(out)
            } else {
                new_bytes(out)
            }))
        }
        REMAINDER if bytes_like(a).is_some() => {
            crate::builtins::strings::percent_format(ts, a, b).map(Some)
        }
        _ => Ok(None),
    }
}

fn add<const BA: bool>(ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (v, _) = this_slot::<BA>(args, "__add__")?;
    Ok(binary_op(ts, v, one(args)?, ADD, false)?.unwrap_or(Value::NOT_IMPLEMENTED))
}

fn mul<const BA: bool>(ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (_, d) = this_slot::<BA>(args, "__mul__")?;
    let n = int_arg(ts, one(args)?)?;
    Ok(make::<BA>(repeat(&d, n)?))
}

fn rem<const BA: bool>(ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (v, _) = this_slot::<BA>(args, "__mod__")?;
    crate::builtins::strings::percent_format(ts, v, one(args)?)
}

fn rmod<const BA: bool>(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    this_slot::<BA>(args, "__rmod__")?;
    one(args)?;
    Ok(Value::NOT_IMPLEMENTED)
}

/// Comparison of two bytes-like values; None when either is not one.
pub fn compare(a: Value, b: Value, op: u32) -> Option<Value> {
    let x = bytes_like(a)?;
    let y = bytes_like(b)?;
    Some(Value::from_bool(compare::ordering_matches(
        Some(x.as_ref().cmp(y.as_ref())),
        op,
    )))
}

fn cmp<const BA: bool>(args: &[Value], name: &str, op: u32) -> PyResult<Value> {
    let (v, _) = this_slot::<BA>(args, name)?;
    let other = one(args)?;
    // bytes compares only with bytes; bytearray with any bytes-like object.
    if !BA && other.as_bytes().is_none() {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    Ok(compare(v, other, op).unwrap_or(Value::NOT_IMPLEMENTED))
}

fn eq<const BA: bool>(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    cmp::<BA>(args, "__eq__", compare::EQ)
}

fn ne<const BA: bool>(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    cmp::<BA>(args, "__ne__", compare::NE)
}

fn lt<const BA: bool>(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    cmp::<BA>(args, "__lt__", compare::LT)
}

fn le<const BA: bool>(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    cmp::<BA>(args, "__le__", compare::LE)
}

fn gt<const BA: bool>(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    cmp::<BA>(args, "__gt__", compare::GT)
}

fn ge<const BA: bool>(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    cmp::<BA>(args, "__ge__", compare::GE)
}

fn iter<const BA: bool>(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (v, _) = this_slot::<BA>(args, "__iter__")?;
    Ok(new_iter(
        types().bytes_iterator,
        IterState::Seq { seq: v, idx: 0 },
    ))
}

fn repr<const BA: bool>(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (v, d) = this_slot::<BA>(args, "__repr__")?;
    let q = crate::protocol::repr::quote_bytes(&d);
    Ok(crate::objects::str::new_str(if BA {
        format!("{}({})", type_of(v).name_str(), q)
    } else {
        q
    }))
}

fn hash(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (_, d) = this_slot::<false>(args, "__hash__")?;
    Ok(int_from_i64(crate::runtime::hash::hash_bytes(&d)))
}

fn to_bytes(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (v, d) = this::<false>(args, "__bytes__")?;
    crate::builtins::strings::util::noargs(tname::<false>(), "__bytes__", args, kw)?;
    if type_of(v) == types().bytes {
        return Ok(v);
    }
    Ok(new_bytes(d.into_owned()))
}

fn getnewargs(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (_, d) = this::<false>(args, "__getnewargs__")?;
    crate::builtins::strings::util::noargs(tname::<false>(), "__getnewargs__", args, kw)?;
    Ok(crate::objects::tuple::new_tuple([new_bytes(
        d.into_owned(),
    )]))
}
