//! `list(iterable=())` and the named methods of `list`.

use super::arity::{
    arity, descr_error, needs_receiver, new_cls, noargs, one_arg, parse, positional, with_roots,
};
use crate::builtins::lists::arity::wrapper_arg;
use crate::builtins::{add_bound, add_methods, Bind};
use crate::heap::alloc;
use crate::object::Gc;
use crate::objects::builtin_fn::KwArgs;
use crate::objects::int::int_from_i64;
use crate::objects::iter::{new_iter, IterState};
use crate::objects::list::{new_list, ListObj};
use crate::protocol::compare::{eq, native_eq};
use crate::protocol::dunder::user_dunder;
use crate::protocol::repr::repr_string;
use crate::runtime::errors::{index_error, type_error, value_error};
use crate::runtime::thread::Thread;
use crate::runtime::types::types;
use crate::runtime::PyResult;
use crate::value::Value;

pub fn register() {
    let t = types();
    let _ = t.list.native_new.set(list_new);
    add_bound(t.list, Bind::Static, &[("__new__", list_new)]);
    add_methods(
        t.list,
        &[
            ("__init__", list_init),
            ("append", append),
            ("extend", extend),
            ("insert", insert),
            ("pop", pop),
            ("remove", remove),
            ("index", index),
            ("count", count),
            ("sort", sort),
            ("reverse", reverse),
            ("copy", copy),
            ("clear", clear),
            ("__iadd__", iadd),
            ("__imul__", imul),
            ("__reversed__", reversed),
        ],
    );
}

/// The receiver of a `list` method.
pub fn this_list(args: &[Value], method: &str) -> PyResult<Gc<ListObj>> {
    match args.first() {
        Some(&v) => v
            .downcast::<ListObj>()
            .ok_or_else(|| descr_error(method, "list", v)),
        None => Err(needs_receiver(method, "list")),
    }
}

/// The items of an iterable; lists and tuples are copied directly.
pub fn items_of(ts: &mut Thread, v: Value) -> PyResult<Vec<Value>> {
    if let Some(l) = v.downcast::<ListObj>() {
        if user_dunder(crate::runtime::types::type_of(v), "__iter__").is_none() {
            return Ok(l.snapshot());
        }
    }
    crate::protocol::iter::collect(ts, v)
}

fn list_new(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let cls = new_cls(args, types().list)?;
    let l = alloc(
        cls,
        ListObj {
            items: crate::objects::list::ListCell::new(),
        },
    );
    if cls != types().list && user_dunder(cls, "__init__").is_some() {
        return Ok(l.value());
    }
    fill(ts, l, &args[1..], kw)?;
    Ok(l.value())
}

fn fill(ts: &mut Thread, l: Gc<ListObj>, a: &[Value], kw: KwArgs) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(type_error("list() takes no keyword arguments"));
    }
    arity("list", a.len(), 0, 1)?;
    let items = match a.first() {
        Some(&it) => items_of(ts, it)?,
        None => Vec::new(),
    };
    l.items.lock().replace(items);
    Ok(())
}

fn list_init(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let l = this_list(args, "__init__")?;
    fill(ts, l, &args[1..], kw)?;
    Ok(Value::NONE)
}

fn append(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let l = this_list(args, "append")?;
    let x = one_arg("list.append", args, kw)?;
    l.push(x);
    Ok(Value::NONE)
}

fn extend(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let l = this_list(args, "extend")?;
    let it = one_arg("list.extend", args, kw)?;
    let items = items_of(ts, it)?;
    l.items.lock().extend(items);
    Ok(Value::NONE)
}

fn insert(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let l = this_list(args, "insert")?;
    positional("insert", &args[1..], kw, 2, 2)?;
    let i = crate::builtins::numbers::as_ssize(ts, args[1])?;
    let mut items = l.items.lock();
    let n = items.len() as i64;
    let i = if i < 0 { (i + n).max(0) } else { i.min(n) };
    items.insert(i as usize, args[2]);
    Ok(Value::NONE)
}

fn pop(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let l = this_list(args, "pop")?;
    positional("pop", &args[1..], kw, 0, 1)?;
    let i = match args.get(1) {
        Some(&v) => crate::builtins::numbers::as_ssize(ts, v)?,
        None => -1,
    };
    let mut items = l.items.lock();
    if items.is_empty() {
        return Err(index_error("pop from empty list"));
    }
    match super::slices::normalize(i, items.len()) {
        Some(i) => Ok(items.remove(i)),
        None => Err(index_error("pop index out of range")),
    }
}

/// The first position in `items[start..stop]` equal to `x` (rooted while
/// `__eq__` runs).
fn find(
    ts: &mut Thread,
    items: &[Value],
    x: Value,
    start: usize,
    stop: usize,
) -> PyResult<Option<usize>> {
    with_roots(ts, items, |ts| {
        for (i, &v) in items.iter().enumerate().take(stop).skip(start) {
            let same = match native_eq(v, x) {
                Some(r) => r,
                None => eq(ts, v, x)?,
            };
            if same {
                return Ok(Some(i));
            }
        }
        Ok(None)
    })
}

fn remove(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let l = this_list(args, "remove")?;
    let x = one_arg("list.remove", args, kw)?;
    loop {
        let snap = l.snapshot();
        let Some(i) = find(ts, &snap, x, 0, snap.len())? else {
            return Err(value_error("list.remove(x): x not in list"));
        };
        let mut items = l.items.lock();
        if items.get(i) == Some(snap[i]) {
            items.remove(i);
            return Ok(Value::NONE);
        }
    }
}

/// A `start`/`stop` argument of `index` (clamped to the i64 range).
fn bound_arg(ts: &mut Thread, v: Option<Value>, default: i64) -> PyResult<i64> {
    match v {
        Some(v) => crate::builtins::numbers::as_ssize_clamped(ts, v),
        None => Ok(default),
    }
}

/// A bound made relative to `len` (negative counts from the end).
fn clamp_to(i: i64, len: usize) -> usize {
    let len = len as i64;
    (if i < 0 {
        i.saturating_add(len).max(0)
    } else {
        i.min(len)
    }) as usize
}

fn index(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let l = this_list(args, "index")?;
    positional("index", &args[1..], kw, 1, 3)?;
    let start = bound_arg(ts, args.get(2).copied(), 0)?;
    let stop = bound_arg(ts, args.get(3).copied(), i64::MAX)?;
    let snap = l.snapshot();
    let (start, stop) = (clamp_to(start, snap.len()), clamp_to(stop, snap.len()));
    match find(ts, &snap, args[1], start, stop)? {
        Some(i) => Ok(int_from_i64(i as i64)),
        None => Err(value_error(format!(
            "{} is not in list",
            repr_string(ts, args[1])?
        ))),
    }
}

fn count(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let l = this_list(args, "count")?;
    let x = one_arg("list.count", args, kw)?;
    let snap = l.snapshot();
    let n = count_in(ts, &snap, x)?;
    Ok(int_from_i64(n as i64))
}

/// How many of `items` equal `x`.
pub fn count_in(ts: &mut Thread, items: &[Value], x: Value) -> PyResult<usize> {
    with_roots(ts, items, |ts| {
        let mut n = 0;
        for &v in items {
            let same = match native_eq(v, x) {
                Some(r) => r,
                None => eq(ts, v, x)?,
            };
            n += same as usize;
        }
        Ok(n)
    })
}

fn sort(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let l = this_list(args, "sort")?;
    let p = parse("sort", &args[1..], kw, &["key", "reverse"], 0, 0, 0)?;
    super::sort_list(ts, l, p[0], p[1])?;
    Ok(Value::NONE)
}

fn reverse(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let l = this_list(args, "reverse")?;
    noargs("list.reverse", args, kw)?;
    l.items.lock().with_vec(|v| v.reverse());
    Ok(Value::NONE)
}

fn copy(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let l = this_list(args, "copy")?;
    noargs("list.copy", args, kw)?;
    Ok(new_list(l.snapshot()))
}

fn clear(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let l = this_list(args, "clear")?;
    noargs("list.clear", args, kw)?;
    l.items.lock().clear();
    Ok(Value::NONE)
}

fn iadd(ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let l = this_list(args, "__iadd__")?;
    let it = wrapper_arg(args)?;
    let items = items_of(ts, it)?;
    l.items.lock().extend(items);
    Ok(args[0])
}

fn imul(ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let l = this_list(args, "__imul__")?;
    let n = wrapper_arg(args)?;
    let n = crate::builtins::numbers::as_ssize(ts, n)?.max(0) as usize;
    let mut items = l.items.lock();
    if n == 0 {
        items.clear();
    } else {
        let total = items.len().checked_mul(n).filter(|&t| t < (1 << 40));
        let Some(total) = total else {
            return Err(crate::runtime::errors::memory_error(""));
        };
        items.with_vec(|items| {
            let orig = items.clone();
            items.reserve(total - orig.len());
            for _ in 1..n {
                items.extend_from_slice(&orig);
            }
        });
    }
    Ok(args[0])
}

fn reversed(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let l = this_list(args, "__reversed__")?;
    noargs("list.__reversed__", args, kw)?;
    Ok(new_iter(
        types().list_reverseiterator,
        IterState::Reversed {
            seq: args[0],
            idx: l.len(),
        },
    ))
}
