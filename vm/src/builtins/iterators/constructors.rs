//! `enumerate(iterable, start=0)`, `zip(*iterables, strict=False)`,
//! `map(func, *iterables)` and `filter(function, iterable)`.

use crate::builtins::lists::arity::{arity, new_cls, parse};
use crate::builtins::{add_bound, Bind};
use crate::objects::builtin_fn::KwArgs;
use crate::objects::iter::{new_iter, IterState};
use crate::runtime::errors::type_error;
use crate::runtime::thread::Thread;
use crate::runtime::types::types;
use crate::runtime::PyResult;
use crate::value::Value;

pub fn register() {
    let t = types();
    let ctors: [(
        crate::object::Gc<crate::objects::typeobj::TypeObj>,
        crate::objects::builtin_fn::NativeFn,
    ); 4] = [
        (t.enumerate, enumerate_new),
        (t.zip, zip_new),
        (t.map, map_new),
        (t.filter, filter_new),
    ];
    for (ty, f) in ctors {
        let _ = ty.native_new.set(f);
        add_bound(ty, Bind::Static, &[("__new__", f)]);
    }
}

fn enumerate_new(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let cls = new_cls(args, types().enumerate)?;
    let p = parse("enumerate", &args[1..], kw, &["iterable", "start"], 0, 2, 0)?;
    let Some(iterable) = p[0] else {
        return Err(type_error(
            "enumerate() missing required argument 'iterable'",
        ));
    };
    let count = match p[1] {
        Some(s) => crate::builtins::numbers::exact_int(crate::builtins::numbers::index(ts, s)?),
        None => Value::small_int(0),
    };
    let it = crate::protocol::iter(ts, iterable)?;
    Ok(new_iter(cls, IterState::Enumerate { it, count }))
}

/// The iterators of `items` (rooted in the returned vector's caller frame
/// only through the iterator object that stores them, so it is built
/// before any further Python code runs).
fn iterators(ts: &mut Thread, items: &[Value]) -> PyResult<Vec<Value>> {
    let holder = crate::objects::list::new_list_gc(Vec::with_capacity(items.len()));
    for &x in items {
        let it = crate::protocol::iter(ts, x)?;
        holder.push(it);
    }
    Ok(holder.snapshot())
}

fn zip_new(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let cls = new_cls(args, types().zip)?;
    let mut strict = false;
    for &(k, v) in kw {
        let k = k.as_str().unwrap_or("?");
        if k != "strict" {
            return Err(type_error(format!(
                "'{k}' is an invalid keyword argument for zip()"
            )));
        }
        strict = crate::protocol::truthy(ts, v)?;
    }
    let its = iterators(ts, &args[1..])?;
    Ok(new_iter(cls, IterState::Zip { its, strict }))
}

fn map_new(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let cls = new_cls(args, types().map)?;
    if !kw.is_empty() && cls == types().map {
        return Err(type_error("map() takes no keyword arguments"));
    }
    if args.len() < 3 {
        return Err(type_error("map() must have at least two arguments."));
    }
    let its = iterators(ts, &args[2..])?;
    Ok(new_iter(cls, IterState::Map { func: args[1], its }))
}

fn filter_new(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let cls = new_cls(args, types().filter)?;
    if !kw.is_empty() && cls == types().filter {
        return Err(type_error("filter() takes no keyword arguments"));
    }
    arity("filter", args.len() - 1, 2, 2)?;
    let it = crate::protocol::iter(ts, args[2])?;
    Ok(new_iter(cls, IterState::Filter { func: args[1], it }))
}
