//! `tuple(iterable=())` and the methods and dunders of `tuple`.

use super::arity::{arity, descr_error, needs_receiver, new_cls, one_arg, positional};
use super::list_dunders::{repeat_count, seq_contains};
use super::list_methods::count_in;
use super::slices::{item_index, normalize, select, unpack};
use crate::builtins::lists::arity::wrapper_arg;
use crate::builtins::{add_bound, add_methods, Bind};
use crate::heap::alloc;
use crate::objects::builtin_fn::{KwArgs, NativeFn};
use crate::objects::int::int_from_i64;
use crate::objects::iter::{new_iter, IterState};
use crate::objects::slice::SliceObj;
use crate::objects::str::new_str;
use crate::objects::tuple::{new_tuple, TupleObj};
use crate::protocol::compare::{seq_compare, EQ, GE, GT, LE, LT, NE};
use crate::runtime::errors::{index_error, type_error, value_error};
use crate::runtime::hash::combine_tuple;
use crate::runtime::thread::Thread;
use crate::runtime::types::{type_name, type_of, types};
use crate::runtime::PyResult;
use crate::value::Value;

pub fn register() {
    let t = types();
    let _ = t.tuple.native_new.set(tuple_new);
    add_bound(t.tuple, Bind::Static, &[("__new__", tuple_new)]);
    add_methods(
        t.tuple,
        &[
            ("index", index),
            ("count", count),
            ("__getitem__", getitem),
            ("__len__", len),
            ("__contains__", contains),
            ("__iter__", iter),
            ("__add__", add),
            ("__mul__", mul),
            ("__rmul__", mul),
            ("__hash__", hash),
            ("__repr__", repr),
            ("__getnewargs__", getnewargs),
        ],
    );
    add_methods(t.tuple, COMPARES);
}

fn this<'a>(args: &[Value], method: &str) -> PyResult<&'a [Value]> {
    match args.first() {
        Some(&v) => v.as_tuple().ok_or_else(|| descr_error(method, "tuple", v)),
        None => Err(needs_receiver(method, "tuple")),
    }
}

fn check_n(args: &[Value], n: usize) -> PyResult<()> {
    let got = args.len().saturating_sub(1);
    if got != n {
        return Err(type_error(format!(
            "expected {n} argument{}, got {got}",
            if n == 1 { "" } else { "s" }
        )));
    }
    Ok(())
}

fn tuple_new(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let cls = new_cls(args, types().tuple)?;
    if !kw.is_empty() {
        return Err(type_error("tuple() takes no keyword arguments"));
    }
    arity("tuple", args.len() - 1, 0, 1)?;
    let exact = cls == types().tuple;
    let items: Vec<Value> = match args.get(1) {
        None => Vec::new(),
        Some(&it) => {
            if exact && type_of(it) == types().tuple {
                return Ok(it);
            }
            super::list_methods::items_of(ts, it)?
        }
    };
    if exact {
        return Ok(new_tuple(items));
    }
    Ok(alloc(cls, TupleObj::new(items)).value())
}

fn index(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let items = this(args, "index")?;
    positional("index", &args[1..], kw, 1, 3)?;
    let len = items.len() as i64;
    let mut b = [0i64, len];
    for (k, slot) in b.iter_mut().enumerate() {
        if let Some(&v) = args.get(2 + k) {
            let i = crate::builtins::numbers::as_ssize_clamped(ts, v)?;
            *slot = if i < 0 {
                i.saturating_add(len).max(0)
            } else {
                i.min(len)
            };
        }
    }
    let (start, stop) = (b[0] as usize, b[1] as usize);
    if start < stop {
        for (i, &v) in items.iter().enumerate().take(stop).skip(start) {
            if crate::protocol::compare::eq(ts, v, args[1])? {
                return Ok(int_from_i64(i as i64));
            }
        }
    }
    Err(value_error("tuple.index(x): x not in tuple"))
}

fn count(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let items = this(args, "count")?;
    let x = one_arg("tuple.count", args, kw)?;
    Ok(int_from_i64(count_in(ts, items, x)? as i64))
}

fn getitem(ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let items = this(args, "__getitem__")?;
    let key = wrapper_arg(args)?;
    if let Some(s) = key.downcast::<SliceObj>() {
        let b = unpack(ts, &s)?;
        let out = select(items, b);
        if out.len() == items.len() && b.step == 1 && type_of(args[0]) == types().tuple {
            return Ok(args[0]);
        }
        return Ok(new_tuple(out));
    }
    let i = item_index(ts, key, "tuple")?;
    match normalize(i, items.len()) {
        Some(i) => Ok(items[i]),
        None => Err(index_error("tuple index out of range")),
    }
}

fn len(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let items = this(args, "__len__")?;
    check_n(args, 0)?;
    Ok(int_from_i64(items.len() as i64))
}

fn contains(ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let items = this(args, "__contains__")?;
    let x = wrapper_arg(args)?;
    Ok(Value::from_bool(seq_contains(ts, items, x)?))
}

fn iter(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    this(args, "__iter__")?;
    check_n(args, 0)?;
    Ok(new_iter(
        types().tuple_iterator,
        IterState::Seq {
            seq: args[0],
            idx: 0,
        },
    ))
}

fn add(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let items = this(args, "__add__")?;
    let other = wrapper_arg(args)?;
    let Some(o) = other.as_tuple() else {
        return Err(type_error(format!(
            "can only concatenate tuple (not \"{}\") to tuple",
            type_name(other)
        )));
    };
    let mut out = items.to_vec();
    out.extend_from_slice(o);
    Ok(new_tuple(out))
}

fn mul(ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let items = this(args, "__mul__")?;
    let n = wrapper_arg(args)?;
    let n = repeat_count(ts, n, items.len())?;
    if n == 1 && type_of(args[0]) == types().tuple {
        return Ok(args[0]);
    }
    Ok(new_tuple(items.repeat(n)))
}

fn hash(ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let items = this(args, "__hash__")?;
    check_n(args, 0)?;
    let mut hs = Vec::with_capacity(items.len());
    for &x in items {
        hs.push(crate::protocol::hash(ts, x)?);
    }
    Ok(int_from_i64(combine_tuple(hs.into_iter())))
}

fn repr(ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let items = this(args, "__repr__")?;
    check_n(args, 0)?;
    Ok(new_str(super::seq_repr::tuple_repr(ts, args[0], items)?))
}

fn getnewargs(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let items = this(args, "__getnewargs__")?;
    check_n(args, 0)?;
    Ok(new_tuple([new_tuple(items.to_vec())]))
}

fn compare(ts: &mut Thread, args: &[Value], name: &str, op: u32) -> PyResult<Value> {
    let items = this(args, name)?;
    check_n(args, 1)?;
    let Some(o) = args[1].as_tuple() else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    seq_compare(ts, items, o, op)
}

macro_rules! compares {
    ($($f:ident = $name:literal, $op:expr;)*) => {
        $(fn $f(ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
            compare(ts, args, $name, $op)
        })*
        const COMPARES: &[(&str, NativeFn)] = &[$(($name, $f)),*];
    };
}

compares! {
    lt = "__lt__", LT; le = "__le__", LE; eq_ = "__eq__", EQ;
    ne = "__ne__", NE; gt = "__gt__", GT; ge = "__ge__", GE;
}
