//! `aiter()` and `anext()`; `anext(it, default)` returns an
//! `anext_awaitable` that turns StopAsyncIteration into the default.

use super::async_gen;
use super::generators::make_exception;
use crate::builtins::add_methods;
use crate::builtins::lists::arity::{noargs, one_arg, positional};
use crate::heap::Tracer;
use crate::objects::builtin_fn::KwArgs;
use crate::objects::generator::GeneratorObj;
use crate::objects::native::{new_native, NativeData};
use crate::protocol::attr::bind_descriptor;
use crate::protocol::call::call;
use crate::protocol::dunder::type_lookup;
use crate::runtime::errors::{stop_iteration, type_error, PyErr};
use crate::runtime::intern::intern;
use crate::runtime::thread::Thread;
use crate::runtime::types::{type_name, type_of, types};
use crate::runtime::PyResult;
use crate::value::Value;
use std::any::Any;

pub struct ANext {
    it: Value,
    default: Value,
}

impl NativeData for ANext {
    fn trace(&self, t: &mut Tracer) {
        t.value(self.it);
        t.value(self.default);
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

pub fn register() {
    add_methods(
        types().anext_awaitable,
        &[
            ("send", send),
            ("throw", throw),
            ("close", close),
            ("__next__", next),
            ("__iter__", this_value),
            ("__await__", this_value),
        ],
    );
}

fn is_agen(v: Value) -> bool {
    v.downcast::<GeneratorObj>()
        .is_some_and(|g| g.cls() == types().async_generator)
}

fn has_anext(v: Value) -> bool {
    is_agen(v) || type_lookup(type_of(v), intern("__anext__")).is_some()
}

/// `aiter(obj)`.
pub fn aiter(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    positional("aiter", args, kw, 1, 1)?;
    let v = args[0];
    let r = if is_agen(v) {
        v
    } else {
        let Some(f) = type_lookup(type_of(v), intern("__aiter__")) else {
            return Err(type_error(format!(
                "'{}' object is not an async iterable",
                type_name(v)
            )));
        };
        let f = bind_descriptor(ts, f, v, type_of(v).value())?;
        call(ts, f, &[], &[])?
    };
    if !has_anext(r) {
        return Err(type_error(format!(
            "aiter() returned not an async iterator of type '{}'",
            type_name(r)
        )));
    }
    Ok(r)
}

/// `anext(aiterator[, default])`.
pub fn anext(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    positional("anext", args, kw, 1, 2)?;
    let v = args[0];
    if !has_anext(v) {
        return Err(type_error(format!(
            "'{}' object is not an async iterator",
            type_name(v)
        )));
    }
    let awaitable = if let Some(g) = v.downcast::<GeneratorObj>().filter(|_| is_agen(v)) {
        async_gen::new_asend(g, Value::NONE)
    } else {
        let f = type_lookup(type_of(v), intern("__anext__")).expect("checked");
        let f = bind_descriptor(ts, f, v, type_of(v).value())?;
        call(ts, f, &[], &[])?
    };
    let Some(&default) = args.get(1) else {
        return Ok(awaitable);
    };
    let Some(it) = crate::ops::coro::awaitable_iter(ts, awaitable)? else {
        return Err(type_error(format!(
            "object {} can't be used in 'await' expression",
            type_name(awaitable)
        )));
    };
    Ok(new_native(types().anext_awaitable, ANext { it, default }))
}

fn this(args: &[Value]) -> PyResult<&'static ANext> {
    args.first()
        .and_then(|v| v.as_native::<ANext>())
        .ok_or_else(|| type_error("descriptor requires an 'anext_awaitable' object"))
}

/// Maps the inner result: StopAsyncIteration becomes StopIteration(default).
fn finish(a: &ANext, r: PyResult<Value>) -> PyResult<Value> {
    match r {
        Err(e) if e.matches(types().stop_async_iteration) => Err(stop_iteration(a.default)),
        r => r,
    }
}

/// `send` on an anext_awaitable; None if `v` is not one.
pub fn anext_send(ts: &mut Thread, v: Value, value: Value) -> Option<PyResult<Value>> {
    let a = v.as_native::<ANext>()?;
    let r = match crate::eval::generator::send(ts, a.it, value) {
        Ok((x, false)) => Ok(x),
        Ok((x, true)) => Err(stop_iteration(x)),
        Err(e) => Err(e),
    };
    Some(finish(a, r))
}

fn send(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    this(args)?;
    let value = one_arg("send", args, kw)?;
    anext_send(ts, args[0], value).expect("anext_awaitable")
}

fn next(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    this(args)?;
    noargs("__next__", args, kw)?;
    anext_send(ts, args[0], Value::NONE).expect("anext_awaitable")
}

fn throw(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let a = this(args)?;
    positional("throw", &args[1..], kw, 1, 3)?;
    let val = args.get(2).copied().unwrap_or(Value::NONE);
    let tb = args.get(3).copied().unwrap_or(Value::NONE);
    let e: PyErr = make_exception(ts, args[1], val, tb)?;
    let r = match crate::protocol::attr::getattr_opt(ts, a.it, intern("throw"))? {
        Some(m) => call(ts, m, &[e.value()], &[]),
        None => Err(e),
    };
    finish(a, r)
}

fn close(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let a = this(args)?;
    noargs("close", args, kw)?;
    if let Some(m) = crate::protocol::attr::getattr_opt(ts, a.it, intern("close"))? {
        call(ts, m, &[], &[])?;
    }
    Ok(Value::NONE)
}

fn this_value(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(args.first().copied().unwrap_or(Value::NONE))
}
