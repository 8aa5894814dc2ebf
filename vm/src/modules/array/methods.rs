//! The methods of `array.array`: append, extend, insert, pop, remove,
//! index, count, reverse, conversions and byteswap.

use super::convert::*;
use super::{codec, this, ArrayData};
use crate::builtins::args::check;
use crate::objects::builtin_fn::{KwArgs, NativeFn};
use crate::objects::int::int_from_i64;
use crate::objects::str::new_str;
use crate::runtime::errors::{index_error, type_error, value_error};
use crate::runtime::thread::Thread;
use crate::runtime::PyResult;
use crate::value::Value;

pub const METHODS: &[(&str, NativeFn)] = &[
    ("append", append),
    ("extend", extend),
    ("insert", insert),
    ("pop", pop),
    ("remove", remove),
    ("index", index),
    ("count", count),
    ("reverse", reverse),
    ("tolist", tolist),
    ("tobytes", tobytes),
    ("frombytes", frombytes),
    ("fromlist", fromlist),
    ("tounicode", tounicode),
    ("fromunicode", fromunicode),
    ("byteswap", byteswap),
    ("buffer_info", buffer_info),
    ("__copy__", copy),
    ("__deepcopy__", deepcopy),
];

pub(super) fn method(
    name: &str,
    args: &[Value],
    kw: KwArgs,
    n: usize,
) -> PyResult<&'static ArrayData> {
    let a = this(args[0])?;
    check(&format!("array.{name}"), &args[1..], kw, n, n)?;
    Ok(a)
}

/// Converts and appends `items` one by one (a bad item stops after the
/// items before it were appended, as CPython's iterative extend does).
pub(super) fn extend_values(ts: &mut Thread, a: &ArrayData, items: &[Value]) -> PyResult<()> {
    let mark = ts.temp_roots.len();
    ts.temp_roots.extend_from_slice(items);
    let r = (|| {
        for &v in items {
            let b = a.convert(ts, v)?;
            a.data.lock().extend_from_slice(&b);
        }
        Ok(())
    })();
    ts.temp_roots.truncate(mark);
    r
}

pub(super) fn extend_unicode(a: &ArrayData, s: Value) -> PyResult<()> {
    let s = s.as_str().expect("str");
    let mut bytes = Vec::with_capacity(s.len() * 4);
    for c in s.chars() {
        bytes.extend_from_slice(&(c as u32).to_le_bytes());
    }
    a.data.lock().extend_from_slice(&bytes);
    Ok(())
}

pub(super) fn from_bytes(a: &ArrayData, buf: Value) -> PyResult<()> {
    let data = crate::modules::struct_mod::buffer_bytes(buf)?;
    if data.len() % a.isz() != 0 {
        return Err(value_error("bytes length not a multiple of item size"));
    }
    a.data.lock().extend_from_slice(&data);
    Ok(())
}

/// The values of a snapshot, rooted while `f` runs Python comparisons.
fn with_values<T>(
    ts: &mut Thread,
    a: &ArrayData,
    f: impl FnOnce(&mut Thread, &[Value]) -> PyResult<T>,
) -> PyResult<T> {
    let vals = a.values();
    let mark = ts.temp_roots.len();
    ts.temp_roots.extend_from_slice(&vals);
    let r = f(ts, &vals);
    ts.temp_roots.truncate(mark);
    r
}

fn append(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let a = method("append", args, kw, 1)?;
    let b = a.convert(ts, args[1])?;
    a.data.lock().extend_from_slice(&b);
    Ok(Value::NONE)
}

/// `a.extend(x)`: an array of the same kind, or any iterable.
pub(super) fn extend_with(ts: &mut Thread, a: &ArrayData, x: Value) -> PyResult<()> {
    if let Some(other) = x.as_native::<ArrayData>() {
        if other.tc != a.tc {
            return Err(type_error("can only extend with array of same kind"));
        }
        let bytes = other.data.lock().clone();
        a.data.lock().extend_from_slice(&bytes);
        return Ok(());
    }
    let items = crate::protocol::iter::collect(ts, x)?;
    extend_values(ts, a, &items)
}

fn extend(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let a = method("extend", args, kw, 1)?;
    extend_with(ts, a, args[1])?;
    Ok(Value::NONE)
}

fn insert(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let a = this(args[0])?;
    crate::builtins::lists::arity::arity("insert", args.len() - 1, 2, 2)?;
    check("insert", &[], kw, 0, 0)?;
    let i = crate::builtins::numbers::as_ssize(ts, args[1])?;
    let b = a.convert(ts, args[2])?;
    let isz = a.isz();
    let mut data = a.data.lock();
    let n = (data.len() / isz) as i64;
    let i = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    data.splice(i * isz..i * isz, b);
    Ok(Value::NONE)
}

fn pop(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let a = this(args[0])?;
    crate::builtins::lists::arity::arity("pop", args.len() - 1, 0, 1)?;
    check("pop", &[], kw, 0, 0)?;
    let i = match args.get(1) {
        Some(&v) => crate::builtins::numbers::as_ssize(ts, v)?,
        None => -1,
    };
    let isz = a.isz();
    let mut data = a.data.lock();
    let n = data.len() / isz;
    if n == 0 {
        return Err(index_error("pop from empty array"));
    }
    let Some(i) = crate::builtins::lists::slices::normalize(i, n) else {
        return Err(index_error("pop index out of range"));
    };
    let item: Vec<u8> = data.drain(i * isz..(i + 1) * isz).collect();
    drop(data);
    Ok(codec::from_item(a.tc, &item))
}

/// Position of the first item equal to `x` in `[start, stop)`.
fn find(
    ts: &mut Thread,
    a: &ArrayData,
    x: Value,
    start: i64,
    stop: i64,
) -> PyResult<Option<usize>> {
    with_values(ts, a, |ts, vals| {
        let n = vals.len() as i64;
        let clamp = |i: i64| if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
        let (lo, hi) = (clamp(start), clamp(stop));
        for (i, &v) in vals.iter().enumerate().take(hi).skip(lo) {
            if crate::protocol::compare::eq(ts, v, x)? {
                return Ok(Some(i));
            }
        }
        Ok(None)
    })
}

fn remove(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let a = method("remove", args, kw, 1)?;
    let Some(i) = find(ts, a, args[1], 0, i64::MAX)? else {
        return Err(value_error("array.remove(x): x not in array"));
    };
    let isz = a.isz();
    let mut data = a.data.lock();
    if (i + 1) * isz <= data.len() {
        data.drain(i * isz..(i + 1) * isz);
    }
    Ok(Value::NONE)
}

fn slice_index(ts: &mut Thread, v: Value) -> PyResult<i64> {
    if !v.is_int()
        && crate::protocol::dunder::user_dunder(crate::runtime::types::type_of(v), "__index__")
            .is_none()
    {
        return Err(type_error(
            "slice indices must be integers or have an __index__ method",
        ));
    }
    crate::builtins::numbers::as_ssize_clamped(ts, v)
}

fn index(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let a = this(args[0])?;
    crate::builtins::lists::arity::arity("index", args.len() - 1, 1, 3)?;
    check("index", &[], kw, 0, 0)?;
    let start = match args.get(2) {
        Some(&v) => slice_index(ts, v)?,
        None => 0,
    };
    let stop = match args.get(3) {
        Some(&v) => slice_index(ts, v)?,
        None => i64::MAX,
    };
    match find(ts, a, args[1], start, stop)? {
        Some(i) => Ok(int_from_i64(i as i64)),
        None => Err(value_error("array.index(x): x not in array")),
    }
}

fn count(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let a = method("count", args, kw, 1)?;
    let x = args[1];
    with_values(ts, a, |ts, vals| {
        let mut n = 0;
        for &v in vals {
            if crate::protocol::compare::eq(ts, v, x)? {
                n += 1;
            }
        }
        Ok(int_from_i64(n))
    })
}

fn reverse(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let a = method("reverse", args, kw, 0)?;
    let isz = a.isz();
    let mut data = a.data.lock();
    let rev: Vec<u8> = data.chunks_exact(isz).rev().flatten().copied().collect();
    *data = rev;
    Ok(Value::NONE)
}

pub(super) fn typecode(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(new_str((this(args[0])?.tc as char).to_string()))
}

pub(super) fn itemsize_attr(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(int_from_i64(this(args[0])?.isz() as i64))
}
