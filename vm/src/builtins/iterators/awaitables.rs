//! Coroutine methods (`send`, `throw`, `close`, `__await__`) and the
//! `coroutine_wrapper` iterator `__await__` returns; `native_send` drives
//! any of the native awaitables (wrapper, asend, athrow) for SEND.

use super::async_gen;
use super::generators::{gen_close, gen_throw, make_exception, send_value, yield_from_target};
use crate::builtins::add_methods;
use crate::builtins::lists::arity::{noargs, one_arg, positional};
use crate::heap::Tracer;
use crate::object::Gc;
use crate::objects::builtin_fn::KwArgs;
use crate::objects::generator::GeneratorObj;
use crate::objects::native::{new_native, NativeData};
use crate::runtime::errors::type_error;
use crate::runtime::thread::Thread;
use crate::runtime::types::{type_name, types};
use crate::runtime::PyResult;
use crate::value::Value;
use std::any::Any;

/// The iterator of `coro.__await__()`.
pub struct CoroWrapper {
    pub coro: Value,
}

impl NativeData for CoroWrapper {
    fn trace(&self, t: &mut Tracer) {
        t.value(self.coro);
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

pub fn register() {
    let t = types();
    add_methods(t.coroutine, &[("__await__", coro_await)]);
    add_methods(
        t.coroutine_wrapper,
        &[
            ("send", wrapper_send),
            ("throw", wrapper_throw),
            ("close", wrapper_close),
            ("__next__", wrapper_next),
            ("__iter__", iter_self),
        ],
    );
}

/// Whether `g` is suspended inside an `await` (CPython's `_PyGen_yf`).
pub fn awaiting(g: Gc<GeneratorObj>) -> bool {
    yield_from_target(&g).is_some()
}

/// Whether `v` is one of the native awaitable iterators.
pub fn is_native_awaitable(v: Value) -> bool {
    v.as_native::<CoroWrapper>().is_some()
        || async_gen::is_async_gen_awaitable(v)
        || v.as_native::<super::anext::ANext>().is_some()
}

/// `v.send(value)` for the native awaitables; None for other objects.
/// The result follows the iterator protocol (StopIteration when done).
pub fn native_send(ts: &mut Thread, v: Value, value: Value) -> Option<PyResult<Value>> {
    if let Some(w) = v.as_native::<CoroWrapper>() {
        let g = w.coro.downcast::<GeneratorObj>().expect("coroutine");
        return Some(send_value(ts, g, value));
    }
    if let Some(r) = async_gen::awaitable_send(ts, v, value) {
        return Some(r);
    }
    super::anext::anext_send(ts, v, value)
}

fn coro_arg(args: &[Value], method: &str) -> PyResult<Gc<GeneratorObj>> {
    args.first()
        .and_then(|v| v.downcast::<GeneratorObj>())
        .filter(|g| g.cls() == types().coroutine)
        .ok_or_else(|| {
            type_error(format!(
                "descriptor '{method}' requires a 'coroutine' object"
            ))
        })
}

fn coro_await(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let g = coro_arg(args, "__await__")?;
    noargs("coroutine.__await__", args, kw)?;
    Ok(new_native(
        types().coroutine_wrapper,
        CoroWrapper { coro: g.value() },
    ))
}

fn wrapped(args: &[Value], method: &str) -> PyResult<Gc<GeneratorObj>> {
    match args.first().and_then(|v| v.as_native::<CoroWrapper>()) {
        Some(w) => Ok(w.coro.downcast::<GeneratorObj>().expect("coroutine")),
        None => Err(type_error(format!(
            "descriptor '{method}' requires a 'coroutine_wrapper' object but received a '{}'",
            args.first().map_or("NoneType", |&v| type_name(v))
        ))),
    }
}

fn wrapper_send(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let g = wrapped(args, "send")?;
    let v = one_arg("coroutine_wrapper.send", args, kw)?;
    send_value(ts, g, v)
}

fn wrapper_next(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let g = wrapped(args, "__next__")?;
    noargs("coroutine_wrapper.__next__", args, kw)?;
    send_value(ts, g, Value::NONE)
}

fn wrapper_throw(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let g = wrapped(args, "throw")?;
    positional("throw", &args[1..], kw, 1, 3)?;
    let val = args.get(2).copied().unwrap_or(Value::NONE);
    let tb = args.get(3).copied().unwrap_or(Value::NONE);
    let e = make_exception(ts, args[1], val, tb)?;
    gen_throw(ts, g, e)
}

fn wrapper_close(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let g = wrapped(args, "close")?;
    noargs("coroutine_wrapper.close", args, kw)?;
    gen_close(ts, g)
}

fn iter_self(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(args.first().copied().unwrap_or(Value::NONE))
}
