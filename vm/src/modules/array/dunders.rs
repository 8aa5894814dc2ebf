//! The protocol dunders of `array.array` (sequence, concatenation,
//! repetition, comparison, repr) and of its iterator.

use super::iter::iter;
use super::slicing::{delitem, getitem, setitem};
use super::{new_array, this, ArrayData};
use crate::objects::builtin_fn::{KwArgs, NativeFn};
use crate::objects::int::int_from_i64;
use crate::protocol::dunder::user_dunder;
use crate::runtime::errors::{overflow_error, type_error};
use crate::runtime::thread::Thread;
use crate::runtime::types::{type_name, type_of};
use crate::runtime::PyResult;
use crate::value::Value;

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

pub(super) fn arg1(name: &str, args: &[Value]) -> PyResult<(&'static ArrayData, Value)> {
    let a = this(args[0])?;
    crate::builtins::lists::arity::arity(name, args.len() - 1, 1, 1)?;
    Ok((a, args[1]))
}

pub(super) fn is_index(v: Value) -> bool {
    v.is_int() || (v.is_ptr() && user_dunder(type_of(v), "__index__").is_some())
}

fn len(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(int_from_i64(this(args[0])?.len() as i64))
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
    let name = crate::runtime::types::type_of(args[0]).get().name_str();
    if a.len() == 0 {
        return Ok(crate::objects::str::new_str(format!("{name}('{tc}')")));
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
        "{name}('{tc}', {inner})"
    )))
}
