//! The protocol dunders of `array.array` (sequence, concatenation,
//! repetition, comparison, repr) and of its iterator.

use super::{codec, iter_type, new_array, this, ArrayData};
use crate::builtins::lists::slices::{self, adjust, normalize, positions, Bounds};
use crate::objects::builtin_fn::{KwArgs, NativeFn};
use crate::objects::int::int_from_i64;
use crate::objects::native::{new_native, NativeData};
use crate::objects::slice::SliceObj;
use crate::protocol::dunder::user_dunder;
use crate::runtime::errors::{
    index_error, overflow_error, stop_iteration, type_error, value_error,
};
use crate::runtime::thread::Thread;
use crate::runtime::types::{type_name, type_of};
use crate::runtime::PyResult;
use crate::value::Value;
use parking_lot::Mutex;

pub const DUNDERS: &[(&str, NativeFn)] = &[
    ("__len__", len),
    ("__getitem__", getitem),
    ("__setitem__", setitem),
    ("__delitem__", delitem),
    ("__contains__", contains),
    ("__iter__", iter),
    ("__add__", add),
    ("__iadd__", iadd),
    ("__mul__", mul),
    ("__rmul__", rmul),
    ("__imul__", imul),
    ("__eq__", eq),
    ("__ne__", ne),
    ("__lt__", lt),
    ("__le__", le),
    ("__gt__", gt),
    ("__ge__", ge),
    ("__repr__", repr),
];

pub const ITER_DUNDERS: &[(&str, NativeFn)] = &[("__iter__", it_iter), ("__next__", it_next)];

fn arg1(name: &str, args: &[Value]) -> PyResult<(&'static ArrayData, Value)> {
    let a = this(args[0])?;
    crate::builtins::lists::arity::arity(name, args.len() - 1, 1, 1)?;
    Ok((a, args[1]))
}

fn is_index(v: Value) -> bool {
    v.is_int() || (v.is_ptr() && user_dunder(type_of(v), "__index__").is_some())
}

fn len(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(int_from_i64(this(args[0])?.len() as i64))
}

fn getitem(ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
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
fn assign(data: &mut Vec<u8>, isz: usize, b: Bounds, new: &[u8]) -> PyResult<()> {
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
fn delete(data: &mut Vec<u8>, isz: usize, b: Bounds) {
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

fn setitem(ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
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

fn delitem(ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
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

fn contains(ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (a, x) = arg1("__contains__", args)?;
    let vals = a.values();
    let mark = ts.temp_roots.len();
    ts.temp_roots.extend_from_slice(&vals);
    let r = (|| {
        for &v in &vals {
            if crate::protocol::compare::eq(ts, v, x)? {
                return Ok(true);
            }
        }
        Ok(false)
    })();
    ts.temp_roots.truncate(mark);
    r.map(Value::from_bool)
}

fn add(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (a, o) = arg1("__add__", args)?;
    let Some(other) = o.as_native::<ArrayData>() else {
        return Err(type_error(format!(
            "can only append array (not \"{}\") to array",
            type_name(o)
        )));
    };
    if other.tc != a.tc {
        return Err(type_error("bad argument type for built-in operation"));
    }
    let mut data = a.data.lock().clone();
    data.extend_from_slice(&other.data.lock().clone());
    Ok(new_array(a.tc, data))
}

fn iadd(ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (a, o) = arg1("__iadd__", args)?;
    if o.as_native::<ArrayData>().is_none() {
        return Err(type_error(format!(
            "can only extend array with array (not \"{}\")",
            type_name(o)
        )));
    }
    super::methods::extend_with(ts, a, o)?;
    Ok(args[0])
}

/// The repeat count of `a * n`; None when `n` is not an int.
fn repeat(ts: &mut Thread, n: Value) -> PyResult<Option<usize>> {
    if !is_index(n) {
        return Ok(None);
    }
    let i = crate::builtins::numbers::index(ts, n)?;
    match i.as_i64() {
        Some(k) => Ok(Some(k.max(0) as usize)),
        None => Err(overflow_error(format!(
            "cannot fit '{}' into an index-sized integer",
            type_name(n)
        ))),
    }
}

fn repeated(a: &ArrayData, n: usize) -> PyResult<Vec<u8>> {
    let data = a.data.lock().clone();
    if data
        .len()
        .checked_mul(n)
        .is_none_or(|t| t > isize::MAX as usize)
    {
        return Err(crate::runtime::errors::memory_error(""));
    }
    Ok(data.repeat(n))
}

fn mul(ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (a, n) = arg1("__mul__", args)?;
    let Some(n) = repeat(ts, n)? else {
        return Err(type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            type_name(n)
        )));
    };
    Ok(new_array(a.tc, repeated(a, n)?))
}

fn rmul(ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (a, n) = arg1("__rmul__", args)?;
    match repeat(ts, n)? {
        Some(n) => Ok(new_array(a.tc, repeated(a, n)?)),
        None => Ok(Value::NOT_IMPLEMENTED),
    }
}

fn imul(ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (a, n) = arg1("__imul__", args)?;
    let Some(n) = repeat(ts, n)? else {
        return Err(type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            type_name(n)
        )));
    };
    let new = repeated(a, n)?;
    *a.data.lock() = new;
    Ok(args[0])
}

fn compare(ts: &mut Thread, args: &[Value], op: u32) -> PyResult<Value> {
    use crate::protocol::compare::{EQ, NE};
    let (a, o) = arg1("__eq__", args)?;
    let Some(b) = o.as_native::<ArrayData>() else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    if (op == EQ || op == NE) && a.len() != b.len() {
        return Ok(Value::from_bool(op == NE));
    }
    let (x, y) = (a.values(), b.values());
    crate::protocol::compare::seq_compare(ts, &x, &y, op)
}

macro_rules! comparisons {
    ($($f:ident = $op:ident;)*) => {
        $(fn $f(ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
            compare(ts, args, crate::protocol::compare::$op)
        })*
    };
}
comparisons! { eq = EQ; ne = NE; lt = LT; le = LE; gt = GT; ge = GE; }

fn repr(ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let a = this(args[0])?;
    let tc = a.tc as char;
    if a.len() == 0 {
        return Ok(crate::objects::str::new_str(format!("array('{tc}')")));
    }
    let inner = if a.tc == b'u' {
        let data = a.data.lock().clone();
        let s: String = data
            .chunks_exact(4)
            .map(|c| {
                char::from_u32(u32::from_le_bytes([c[0], c[1], c[2], c[3]])).unwrap_or('\u{fffd}')
            })
            .collect();
        crate::format::str_repr(&s)
    } else {
        let list = crate::objects::list::new_list(a.values());
        crate::protocol::repr::repr_string(ts, list)?
    };
    Ok(crate::objects::str::new_str(format!(
        "array('{tc}', {inner})"
    )))
}

struct ArrayIter {
    arr: Value,
    idx: Mutex<usize>,
}
impl NativeData for ArrayIter {
    fn trace(&self, t: &mut crate::heap::Tracer) {
        t.value(self.arr)
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn iter(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    this(args[0])?;
    Ok(new_native(
        iter_type(),
        ArrayIter {
            arr: args[0],
            idx: Mutex::new(0),
        },
    ))
}

fn it_this(v: Value) -> PyResult<&'static ArrayIter> {
    v.as_native::<ArrayIter>()
        .ok_or_else(|| type_error("expected an arrayiterator"))
}

fn it_iter(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    it_this(args[0])?;
    Ok(args[0])
}

fn it_next(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let it = it_this(args[0])?;
    let a = this(it.arr)?;
    let isz = a.isz();
    let mut idx = it.idx.lock();
    let data = a.data.lock();
    if (*idx + 1) * isz > data.len() {
        *idx = usize::MAX / 2;
        return Err(stop_iteration(Value::NONE));
    }
    let v = codec::from_item(a.tc, &data[*idx * isz..(*idx + 1) * isz]);
    *idx += 1;
    Ok(v)
}
