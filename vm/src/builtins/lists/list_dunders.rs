//! The container dunders of `list` as method descriptors: item access,
//! `len`, `in`, iteration, concatenation, comparison and repr. They work
//! on the list payload directly (never re-dispatching to Python overrides),
//! so `super().__getitem__(i)` in a subclass reaches the builtin behaviour.

use super::arity::{one_arg, with_roots};
use super::list_methods::{items_of, this_list};
use super::slices::{assign, delete, item_index, normalize, select, unpack};
use crate::builtins::add_methods;
use crate::builtins::lists::arity::wrapper_arg;
use crate::objects::builtin_fn::{KwArgs, NativeFn};
use crate::objects::int::int_from_i64;
use crate::objects::iter::{new_iter, IterState};
use crate::objects::list::{new_list, ListObj};
use crate::objects::slice::SliceObj;
use crate::objects::str::new_str;
use crate::protocol::compare::{eq, native_eq, seq_compare, EQ, GE, GT, LE, LT, NE};
use crate::protocol::dict::dict_set_str;
use crate::runtime::errors::{index_error, type_error};
use crate::runtime::intern::intern;
use crate::runtime::thread::Thread;
use crate::runtime::types::{type_name, types};
use crate::runtime::PyResult;
use crate::value::Value;

pub fn register() {
    let t = types();
    add_methods(
        t.list,
        &[
            ("__getitem__", getitem),
            ("__setitem__", setitem),
            ("__delitem__", delitem),
            ("__len__", len),
            ("__contains__", contains),
            ("__iter__", iter),
            ("__add__", add),
            ("__mul__", mul),
            ("__rmul__", mul),
            ("__repr__", repr),
        ],
    );
    add_methods(t.list, COMPARES);
    dict_set_str(t.list.dict, intern("__hash__"), Value::NONE);
}

fn check_n(args: &[Value], n: usize) -> PyResult<()> {
    let got = args.len().saturating_sub(1);
    if got != n {
        // `__setitem__`'s wrapper unpacks its arguments under an empty name.
        let lead = if n == 2 { " " } else { "" };
        return Err(type_error(format!(
            "{lead}expected {n} argument{}, got {got}",
            if n == 1 { "" } else { "s" }
        )));
    }
    Ok(())
}

/// `l[key]` on the list payload.
pub fn list_getitem(ts: &mut Thread, l: &ListObj, key: Value) -> PyResult<Value> {
    if let Some(s) = key.downcast::<SliceObj>() {
        let b = unpack(ts, &s)?;
        let items = l.items.lock().to_vec();
        return Ok(new_list(select(&items, b)));
    }
    let i = item_index(ts, key, "list")?;
    match normalize(i, l.len()).and_then(|i| l.item(i)) {
        Some(v) => Ok(v),
        None => Err(index_error("list index out of range")),
    }
}

fn getitem(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let l = this_list(args, "__getitem__")?;
    let key = one_arg("list.__getitem__", args, kw)?;
    list_getitem(ts, &l, key)
}

fn setitem(ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let l = this_list(args, "__setitem__")?;
    check_n(args, 2)?;
    let (key, value) = (args[1], args[2]);
    if let Some(s) = key.downcast::<SliceObj>() {
        let b = unpack(ts, &s)?;
        if crate::protocol::iter::iter(ts, value).is_err() {
            return Err(type_error(if b.step == 1 {
                "can only assign an iterable"
            } else {
                "must assign iterable to extended slice"
            }));
        }
        let new = items_of(ts, value)?;
        l.items.lock().with_vec(|items| assign(items, b, new))?;
        return Ok(Value::NONE);
    }
    let i = item_index(ts, key, "list")?;
    let mut items = l.items.lock();
    match normalize(i, items.len()) {
        Some(i) => {
            items.set(i, value);
            Ok(Value::NONE)
        }
        None => Err(index_error("list assignment index out of range")),
    }
}

fn delitem(ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let l = this_list(args, "__delitem__")?;
    let key = wrapper_arg(args)?;
    if let Some(s) = key.downcast::<SliceObj>() {
        let b = unpack(ts, &s)?;
        l.items.lock().with_vec(|items| delete(items, b));
        return Ok(Value::NONE);
    }
    let i = item_index(ts, key, "list")?;
    let mut items = l.items.lock();
    match normalize(i, items.len()) {
        Some(i) => {
            items.remove(i);
            Ok(Value::NONE)
        }
        None => Err(index_error("list assignment index out of range")),
    }
}

fn len(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let l = this_list(args, "__len__")?;
    check_n(args, 0)?;
    Ok(int_from_i64(l.len() as i64))
}

/// `x in items` with `==` (identity first).
pub fn seq_contains(ts: &mut Thread, items: &[Value], x: Value) -> PyResult<bool> {
    with_roots(ts, items, |ts| {
        for &v in items {
            let same = match native_eq(v, x) {
                Some(r) => r,
                None => eq(ts, v, x)?,
            };
            if same {
                return Ok(true);
            }
        }
        Ok(false)
    })
}

fn contains(ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let l = this_list(args, "__contains__")?;
    let x = wrapper_arg(args)?;
    let snap = l.snapshot();
    Ok(Value::from_bool(seq_contains(ts, &snap, x)?))
}

fn iter(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    this_list(args, "__iter__")?;
    check_n(args, 0)?;
    Ok(new_iter(
        types().list_iterator,
        IterState::Seq {
            seq: args[0],
            idx: 0,
        },
    ))
}

fn add(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let l = this_list(args, "__add__")?;
    let other = wrapper_arg(args)?;
    let Some(o) = other.downcast::<ListObj>() else {
        return Err(type_error(format!(
            "can only concatenate list (not \"{}\") to list",
            type_name(other)
        )));
    };
    let mut items = l.snapshot();
    items.extend(o.snapshot());
    Ok(new_list(items))
}

/// A repeat count (`n` of `seq * n`), negative meaning zero.
pub fn repeat_count(ts: &mut Thread, n: Value, len: usize) -> PyResult<usize> {
    let n = crate::builtins::numbers::as_ssize(ts, n)?.max(0) as usize;
    if len > 0 && n.checked_mul(len).is_none_or(|t| t >= 1 << 40) {
        return Err(crate::runtime::errors::memory_error(""));
    }
    Ok(n)
}

fn mul(ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let l = this_list(args, "__mul__")?;
    let n = wrapper_arg(args)?;
    let n = repeat_count(ts, n, l.len())?;
    let items = l.snapshot();
    if n > 0 && items.len().checked_mul(n).is_none_or(|t| t >= 1 << 40) {
        return Err(crate::runtime::errors::memory_error(""));
    }
    Ok(new_list(items.repeat(n)))
}

fn repr(ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let l = this_list(args, "__repr__")?;
    check_n(args, 0)?;
    let items = l.snapshot();
    Ok(new_str(super::seq_repr::list_repr(ts, args[0], &items)?))
}

fn compare(ts: &mut Thread, args: &[Value], name: &str, op: u32) -> PyResult<Value> {
    let l = this_list(args, name)?;
    check_n(args, 1)?;
    let Some(o) = args[1].downcast::<ListObj>() else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    let (x, y) = (l.snapshot(), o.snapshot());
    seq_compare(ts, &x, &y, op)
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
