//! `set(iterable=())`, `frozenset(iterable=())` and the named methods.

use super::algebra::*;
use crate::atomics::obj_lock::Mutex;
use crate::builtins::lists::arity::{arity, descr_error, needs_receiver, new_cls, noargs, one_arg};
use crate::builtins::{add_bound, add_methods, Bind};
use crate::heap::alloc;
use crate::object::Gc;
use crate::objects::builtin_fn::KwArgs;
use crate::objects::set::{SetObj, SetTable};
use crate::protocol::dunder::user_dunder;
use crate::protocol::set::set_add;
use crate::runtime::errors::{key_error, type_error, PyErr};
use crate::runtime::thread::Thread;
use crate::runtime::types::{type_of, types};
use crate::runtime::PyResult;
use crate::value::Value;

pub fn register() {
    let t = types();
    let _ = t.set.native_new.set(set_new);
    let _ = t.frozenset.native_new.set(frozenset_new);
    add_bound(t.set, Bind::Static, &[("__new__", set_new)]);
    add_bound(t.frozenset, Bind::Static, &[("__new__", frozenset_new)]);
    let shared: &[(&str, crate::objects::builtin_fn::NativeFn)] = &[
        ("copy", copy),
        ("union", union),
        ("intersection", intersection_m),
        ("difference", difference_m),
        ("symmetric_difference", symmetric_difference_m),
        ("issubset", issubset),
        ("issuperset", issuperset),
        ("isdisjoint", isdisjoint),
    ];
    add_methods(t.set, shared);
    add_methods(t.frozenset, shared);
    add_methods(
        t.set,
        &[
            ("__init__", set_init),
            ("add", add),
            ("discard", discard_m),
            ("remove", remove),
            ("pop", pop),
            ("clear", clear),
            ("update", update_m),
            ("intersection_update", intersection_update_m),
            ("difference_update", difference_update_m),
            ("symmetric_difference_update", symmetric_difference_update_m),
        ],
    );
}

/// The receiver of a method shared by set and frozenset.
pub fn any_set(args: &[Value], method: &str) -> PyResult<Gc<SetObj>> {
    match args.first() {
        Some(&v) => v
            .downcast::<SetObj>()
            .ok_or_else(|| descr_error(method, "set", v)),
        None => Err(needs_receiver(method, "set")),
    }
}

/// The receiver of a mutating method (a set, not a frozenset).
fn mutable_set(args: &[Value], method: &str) -> PyResult<Gc<SetObj>> {
    match args.first() {
        Some(&v) => v
            .downcast::<SetObj>()
            .filter(|s| !s.frozen)
            .ok_or_else(|| descr_error(method, "set", v)),
        None => Err(needs_receiver(method, "set")),
    }
}

fn fill(ts: &mut Thread, s: Gc<SetObj>, name: &str, a: &[Value], kw: KwArgs) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(type_error(format!("{name}() takes no keyword arguments")));
    }
    arity(name, a.len(), 0, 1)?;
    if let Some(&it) = a.first() {
        update(ts, s, it)?;
    }
    Ok(())
}

fn set_new(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let cls = new_cls(args, types().set)?;
    let s = alloc(
        cls,
        SetObj {
            table: Mutex::new(SetTable::default()),
            frozen: false,
        },
    );
    if cls != types().set && user_dunder(cls, "__init__").is_some() {
        return Ok(s.value());
    }
    fill(ts, s, "set", &args[1..], kw)?;
    Ok(s.value())
}

fn frozenset_new(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let cls = new_cls(args, types().frozenset)?;
    if cls == types().frozenset {
        if let Some(&it) = args.get(1) {
            if type_of(it) == types().frozenset && kw.is_empty() && args.len() == 2 {
                return Ok(it);
            }
        }
    }
    let s = alloc(
        cls,
        SetObj {
            table: Mutex::new(SetTable::default()),
            frozen: true,
        },
    );
    fill(ts, s, "frozenset", &args[1..], kw)?;
    Ok(s.value())
}

fn set_init(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let s = mutable_set(args, "__init__")?;
    if !kw.is_empty() {
        return Err(type_error("set() takes no keyword arguments"));
    }
    arity("set", args.len() - 1, 0, 1)?;
    match args.get(1) {
        // As CPython: clear, then merge the table (so `s.__init__(s)` empties s).
        Some(&it) if super::merge::is_table_source(it) => {
            s.table.lock().clear();
            update(ts, s, it)?;
        }
        it => {
            let items = match it {
                Some(&it) => set_items_of(ts, it)?,
                None => Vec::new(),
            };
            s.table.lock().clear();
            add_all(ts, s, &items)?;
        }
    }
    Ok(Value::NONE)
}

fn add(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let s = mutable_set(args, "add")?;
    let x = one_arg("set.add", args, kw)?;
    set_add(ts, s, x)?;
    Ok(Value::NONE)
}

fn discard_m(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let s = mutable_set(args, "discard")?;
    let x = one_arg("set.discard", args, kw)?;
    discard(ts, s, x)?;
    Ok(Value::NONE)
}

fn remove(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let s = mutable_set(args, "remove")?;
    let x = one_arg("set.remove", args, kw)?;
    if !discard(ts, s, x)? {
        return Err(key_error(x));
    }
    Ok(Value::NONE)
}

fn pop(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let s = mutable_set(args, "pop")?;
    noargs("set.pop", args, kw)?;
    let popped = s.table.lock().pop();
    match popped {
        Some(e) => Ok(e.key),
        None => Err(PyErr::new(types().key_error, "pop from an empty set")),
    }
}

fn clear(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let s = mutable_set(args, "clear")?;
    noargs("set.clear", args, kw)?;
    s.table.lock().clear();
    Ok(Value::NONE)
}

fn copy(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let s = any_set(args, "copy")?;
    noargs("set.copy", args, kw)?;
    if s.frozen && type_of(args[0]) == types().frozenset {
        return Ok(args[0]);
    }
    Ok(copy_of(&s, s.frozen).value())
}

fn no_kw(name: &str, kw: KwArgs) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(type_error(format!("{name}() takes no keyword arguments")));
    }
    Ok(())
}

fn union(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let s = any_set(args, "union")?;
    no_kw("set.union", kw)?;
    let out = copy_of(&s, s.frozen);
    for &o in &args[1..] {
        update(ts, out, o)?;
    }
    Ok(out.value())
}

fn intersection_m(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let s = any_set(args, "intersection")?;
    no_kw("set.intersection", kw)?;
    let mut cur = copy_of(&s, s.frozen);
    for &o in &args[1..] {
        cur = intersection(ts, cur, o, s.frozen)?;
    }
    Ok(cur.value())
}

fn difference_m(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let s = any_set(args, "difference")?;
    no_kw("set.difference", kw)?;
    let out = copy_of(&s, s.frozen);
    for &o in &args[1..] {
        difference_update(ts, out, o)?;
    }
    Ok(out.value())
}

fn symmetric_difference_m(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let s = any_set(args, "symmetric_difference")?;
    let o = one_arg("set.symmetric_difference", args, kw)?;
    Ok(symmetric_difference(ts, s, o, s.frozen)?.value())
}

fn update_m(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let s = mutable_set(args, "update")?;
    no_kw("set.update", kw)?;
    for &o in &args[1..] {
        update(ts, s, o)?;
    }
    Ok(Value::NONE)
}

fn intersection_update_m(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let s = mutable_set(args, "intersection_update")?;
    no_kw("set.intersection_update", kw)?;
    for &o in &args[1..] {
        intersection_update(ts, s, o)?;
    }
    Ok(Value::NONE)
}

fn difference_update_m(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let s = mutable_set(args, "difference_update")?;
    no_kw("set.difference_update", kw)?;
    for &o in &args[1..] {
        difference_update(ts, s, o)?;
    }
    Ok(Value::NONE)
}

fn symmetric_difference_update_m(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let s = mutable_set(args, "symmetric_difference_update")?;
    let o = one_arg("set.symmetric_difference_update", args, kw)?;
    symmetric_update(ts, s, o)?;
    Ok(Value::NONE)
}

/// `other` as a set (itself when it already is one).
fn as_set(ts: &mut Thread, other: Value) -> PyResult<Gc<SetObj>> {
    if let Some(o) = other.downcast::<SetObj>() {
        return Ok(o);
    }
    let items = set_items_of(ts, other)?;
    set_from_items(ts, &items, false)
}

fn issubset(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let s = any_set(args, "issubset")?;
    let o = one_arg("set.issubset", args, kw)?;
    let o = as_set(ts, o)?;
    Ok(Value::from_bool(is_subset(ts, s, o)?))
}

fn issuperset(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let s = any_set(args, "issuperset")?;
    let o = one_arg("set.issuperset", args, kw)?;
    let o = as_set(ts, o)?;
    Ok(Value::from_bool(is_subset(ts, o, s)?))
}

fn isdisjoint(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let s = any_set(args, "isdisjoint")?;
    let o = one_arg("set.isdisjoint", args, kw)?;
    let common = intersection(ts, s, o, false)?;
    let n = common.table.lock().len();
    Ok(Value::from_bool(n == 0))
}
