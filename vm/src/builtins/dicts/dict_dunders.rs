//! The container dunders of `dict` as method descriptors. They act on the
//! dict payload directly, so `super().__setitem__(k, v)` in a subclass
//! reaches the builtin behaviour without re-dispatching to the override.

use super::dict_methods::this_dict;
use super::update::merge;
use crate::builtins::add_methods;
use crate::builtins::lists::arity::one_arg;
use crate::builtins::lists::arity::wrapper_arg;
use crate::builtins::lists::seq_repr::{guarded, repr_of};
use crate::objects::builtin_fn::KwArgs;
use crate::objects::dict::DictObj;
use crate::objects::int::int_from_i64;
use crate::objects::iter::{new_iter, IterState};
use crate::objects::list::new_list;
use crate::objects::str::new_str;
use crate::protocol::container::container_eq;
use crate::protocol::dict::dict_set_str;
use crate::protocol::dict::{dict_contains, dict_del, dict_get, dict_items, dict_set, dict_update};
use crate::protocol::dunder::call_user_dunder;
use crate::runtime::errors::{key_error, type_error};
use crate::runtime::intern::intern;
use crate::runtime::thread::Thread;
use crate::runtime::types::types;
use crate::runtime::PyResult;
use crate::value::Value;

pub fn register() {
    let t = types();
    add_methods(
        t.dict,
        &[
            ("__getitem__", getitem),
            ("__setitem__", setitem),
            ("__delitem__", delitem),
            ("__contains__", contains),
            ("__len__", len),
            ("__iter__", iter),
            ("__reversed__", reversed),
            ("__eq__", eq),
            ("__ne__", ne),
            ("__repr__", repr),
            ("__or__", or),
            ("__ror__", ror),
            ("__ior__", ior),
        ],
    );
    dict_set_str(t.dict.dict, intern("__hash__"), Value::NONE);
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

fn getitem(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let d = this_dict(args, "__getitem__")?;
    let key = one_arg("dict.__getitem__", args, kw)?;
    match dict_get(ts, d, key)? {
        Some(v) => Ok(v),
        None => match call_user_dunder(ts, args[0], "__missing__", &[key])? {
            Some(v) => Ok(v),
            None => Err(key_error(key)),
        },
    }
}

fn setitem(ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = this_dict(args, "__setitem__")?;
    check_n(args, 2)?;
    dict_set(ts, d, args[1], args[2])?;
    Ok(Value::NONE)
}

fn delitem(ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = this_dict(args, "__delitem__")?;
    let key = wrapper_arg(args)?;
    dict_del(ts, d, key)?;
    Ok(Value::NONE)
}

fn contains(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let d = this_dict(args, "__contains__")?;
    let key = one_arg("dict.__contains__", args, kw)?;
    Ok(Value::from_bool(dict_contains(ts, d, key)?))
}

fn len(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = this_dict(args, "__len__")?;
    check_n(args, 0)?;
    let n = d.table.lock().len();
    Ok(int_from_i64(n as i64))
}

fn iter(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    this_dict(args, "__iter__")?;
    check_n(args, 0)?;
    Ok(crate::protocol::iter::dict_iter(args[0], 0))
}

/// `reversed(d)` (keys 0, values 1, items 2): iterates a snapshot.
pub fn dict_reversed(d: &DictObj, kind: u8) -> Value {
    let items: Vec<Value> = d
        .table
        .lock()
        .iter()
        .map(|e| match kind {
            0 => e.key,
            1 => e.value,
            _ => crate::objects::tuple::new_tuple([e.key, e.value]),
        })
        .collect();
    let n = items.len();
    new_iter(
        types().reversed,
        IterState::Reversed {
            seq: new_list(items),
            idx: n,
        },
    )
}

fn reversed(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = this_dict(args, "__reversed__")?;
    check_n(args, 0)?;
    Ok(dict_reversed(&d, 0))
}

fn eq(ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    this_dict(args, "__eq__")?;
    check_n(args, 1)?;
    if !args[1].is::<DictObj>() {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    Ok(Value::from_bool(
        container_eq(ts, args[0], args[1])?.unwrap_or(false),
    ))
}

fn ne(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let r = eq(ts, args, kw)?;
    if r == Value::NOT_IMPLEMENTED {
        return Ok(r);
    }
    Ok(Value::from_bool(r == Value::FALSE))
}

/// `{k: v, ...}` with `{...}` for a dict inside itself.
pub fn dict_repr(ts: &mut Thread, obj: Value) -> PyResult<String> {
    let items = dict_items(obj.downcast::<DictObj>().expect("dict"));
    let flat: Vec<Value> = items.iter().flat_map(|&(k, v)| [k, v]).collect();
    crate::builtins::lists::arity::with_roots(ts, &flat, |ts| {
        guarded(ts, obj, "{...}", |ts| {
            let mut out = String::from("{");
            for (i, &(k, v)) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str(&repr_of(ts, k)?);
                out.push_str(": ");
                out.push_str(&repr_of(ts, v)?);
            }
            out.push('}');
            Ok(out)
        })
    })
}

fn repr(ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    this_dict(args, "__repr__")?;
    check_n(args, 0)?;
    Ok(new_str(dict_repr(ts, args[0])?))
}

fn or(ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = this_dict(args, "__or__")?;
    check_n(args, 1)?;
    let Some(o) = args[1].downcast::<DictObj>() else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    let out = super::dict_copy(d);
    dict_update(ts, out, o)?;
    Ok(out.value())
}

fn ror(ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = this_dict(args, "__ror__")?;
    check_n(args, 1)?;
    let Some(o) = args[1].downcast::<DictObj>() else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    let out = super::dict_copy(o);
    dict_update(ts, out, d)?;
    Ok(out.value())
}

fn ior(ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = this_dict(args, "__ior__")?;
    check_n(args, 1)?;
    merge(ts, d, args[1])?;
    Ok(args[0])
}
