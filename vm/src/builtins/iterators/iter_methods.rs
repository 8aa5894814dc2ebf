//! `__iter__` (returns self) and `__next__` for every builtin iterator type.

use crate::builtins::add_methods;
use crate::builtins::lists::arity::{descr_error, needs_receiver, noargs};
use crate::objects::builtin_fn::KwArgs;
use crate::objects::iter::IterObj;
use crate::runtime::errors::stop_iteration;
use crate::runtime::thread::Thread;
use crate::runtime::types::{type_name, types};
use crate::runtime::PyResult;
use crate::value::Value;

pub fn register() {
    let t = types();
    for ty in [
        t.list_iterator,
        t.list_reverseiterator,
        t.tuple_iterator,
        t.range_iterator,
        t.str_iterator,
        t.bytes_iterator,
        t.dict_keyiterator,
        t.dict_valueiterator,
        t.dict_itemiterator,
        t.set_iterator,
        t.seq_iterator,
        t.callable_iterator,
        t.reversed,
        t.enumerate,
        t.zip,
        t.map,
        t.filter,
    ] {
        add_methods(ty, &[("__iter__", iter_self), ("__next__", iter_next)]);
    }
}

fn this(args: &[Value], method: &str) -> PyResult<Value> {
    match args.first() {
        Some(&v) if v.is::<IterObj>() => Ok(v),
        Some(&v) => Err(descr_error(method, type_name(v), v)),
        None => Err(needs_receiver(method, "iterator")),
    }
}

fn iter_self(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let it = this(args, "__iter__")?;
    noargs("__iter__", args, kw)?;
    Ok(it)
}

fn iter_next(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let it = this(args, "__next__")?;
    noargs("__next__", args, kw)?;
    match crate::protocol::next(ts, it)? {
        Some(v) => Ok(v),
        None => Err(stop_iteration(Value::NONE)),
    }
}
