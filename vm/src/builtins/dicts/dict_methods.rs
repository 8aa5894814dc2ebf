//! `dict(...)` and the named methods of `dict`.

use super::update::update_from;
use crate::builtins::lists::arity::{descr_error, needs_receiver, new_cls, noargs, positional};
use crate::builtins::{add_bound, add_methods, Bind};
use crate::heap::alloc;
use crate::object::Gc;
use crate::objects::builtin_fn::KwArgs;
use crate::objects::dict::{DictCell, DictObj, Probe};
use crate::objects::native::new_native;
use crate::objects::tuple::new_tuple;
use crate::protocol::compare::native_eq;
use crate::protocol::dict::{dict_get, dict_pop, dict_set};
use crate::protocol::dunder::user_dunder;
use crate::runtime::errors::{key_error, PyErr};
use crate::runtime::thread::Thread;
use crate::runtime::types::types;
use crate::runtime::PyResult;
use crate::value::Value;

pub fn register() {
    let t = types();
    let _ = t.dict.native_new.set(dict_new);
    add_bound(t.dict, Bind::Static, &[("__new__", dict_new)]);
    add_bound(t.dict, Bind::Class, &[("fromkeys", fromkeys)]);
    add_methods(
        t.dict,
        &[
            ("__init__", dict_init),
            ("get", get),
            ("setdefault", setdefault),
            ("pop", pop),
            ("popitem", popitem),
            ("keys", keys),
            ("values", values),
            ("items", items),
            ("update", update),
            ("copy", copy),
            ("clear", clear),
        ],
    );
}

/// The receiver of a `dict` method.
pub fn this_dict(args: &[Value], method: &str) -> PyResult<Gc<DictObj>> {
    match args.first() {
        Some(&v) => v
            .downcast::<DictObj>()
            .ok_or_else(|| descr_error(method, "dict", v)),
        None => Err(needs_receiver(method, "dict")),
    }
}

fn dict_new(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let cls = new_cls(args, types().dict)?;
    let d = alloc(
        cls,
        DictObj {
            table: DictCell::new(),
        },
    );
    if cls != types().dict && user_dunder(cls, "__init__").is_some() {
        return Ok(d.value());
    }
    update_from(ts, d, "dict", &args[1..], kw)?;
    Ok(d.value())
}

fn dict_init(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let d = this_dict(args, "__init__")?;
    update_from(ts, d, "dict", &args[1..], kw)?;
    Ok(Value::NONE)
}

fn get(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let d = this_dict(args, "get")?;
    positional("get", &args[1..], kw, 1, 2)?;
    Ok(dict_get(ts, d, args[1])?.unwrap_or_else(|| args.get(2).copied().unwrap_or(Value::NONE)))
}

/// `d.setdefault(key, default)`: the existing value, or `default` inserted.
/// A Python `__eq__` runs with the lock released; the insertion re-probes
/// natively under the lock, as `dict_set` does.
pub fn dict_setdefault(
    ts: &mut Thread,
    d: Gc<DictObj>,
    key: Value,
    default: Value,
) -> PyResult<Value> {
    if let Some(v) = dict_get(ts, d, key)? {
        return Ok(v);
    }
    let h = crate::protocol::hash(ts, key)?;
    let mut t = d.table.lock();
    match t.probe(h, |k| native_eq(key, k), &[]) {
        Probe::Found(i) => Ok(t.entry(i).value),
        _ => {
            t.insert_new(h, key, default);
            Ok(default)
        }
    }
}

fn setdefault(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let d = this_dict(args, "setdefault")?;
    positional("setdefault", &args[1..], kw, 1, 2)?;
    dict_setdefault(ts, d, args[1], args.get(2).copied().unwrap_or(Value::NONE))
}

fn pop(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let d = this_dict(args, "pop")?;
    positional("pop", &args[1..], kw, 1, 2)?;
    match dict_pop(ts, d, args[1])? {
        Some(v) => Ok(v),
        None => args.get(2).copied().ok_or_else(|| key_error(args[1])),
    }
}

fn popitem(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let d = this_dict(args, "popitem")?;
    noargs("dict.popitem", args, kw)?;
    let e = d.table.lock().pop_last();
    match e {
        Some(e) => Ok(new_tuple([e.key, e.value])),
        None => Err(PyErr::new(
            types().key_error,
            "popitem(): dictionary is empty",
        )),
    }
}

/// A `dict_keys` / `dict_values` / `dict_items` view of `d`.
pub fn new_view(d: Value, kind: u8) -> Value {
    let t = types();
    let cls = [t.dict_keys, t.dict_values, t.dict_items][kind as usize];
    new_native(cls, crate::builtins::dict_views::DictView { dict: d, kind })
}

fn keys(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    this_dict(args, "keys")?;
    noargs("dict.keys", args, kw)?;
    Ok(new_view(args[0], 0))
}

fn values(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    this_dict(args, "values")?;
    noargs("dict.values", args, kw)?;
    Ok(new_view(args[0], 1))
}

fn items(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    this_dict(args, "items")?;
    noargs("dict.items", args, kw)?;
    Ok(new_view(args[0], 2))
}

fn update(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let d = this_dict(args, "update")?;
    update_from(ts, d, "update", &args[1..], kw)?;
    Ok(Value::NONE)
}

fn copy(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let d = this_dict(args, "copy")?;
    noargs("dict.copy", args, kw)?;
    Ok(super::dict_copy(d).value())
}

fn clear(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let d = this_dict(args, "clear")?;
    noargs("dict.clear", args, kw)?;
    d.table.lock().clear();
    Ok(Value::NONE)
}

fn fromkeys(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let cls = new_cls(args, types().dict)?;
    positional("fromkeys", &args[1..], kw, 1, 2)?;
    let value = args.get(2).copied().unwrap_or(Value::NONE);
    let out = crate::protocol::call(ts, cls.value(), &[], &[])?;
    let plain = out
        .downcast::<DictObj>()
        .filter(|_| user_dunder(crate::runtime::types::type_of(out), "__setitem__").is_none());
    let it = crate::protocol::iter(ts, args[1])?;
    while let Some(k) = crate::protocol::next(ts, it)? {
        match plain {
            Some(d) => dict_set(ts, d, k, value)?,
            None => crate::protocol::container::setitem(ts, out, k, value)?,
        }
    }
    Ok(out)
}
