//! Async generators (CPython's `Objects/genobject.c`): `__anext__`/`asend`
//! return an `async_generator_asend` awaitable, `athrow`/`aclose` an
//! `async_generator_athrow`. A `yield` in an async generator wraps its
//! value (`CALL_INTRINSIC_1 4`), so the awaitable can tell an item (which
//! ends the await with StopIteration(item)) from a value yielded by an
//! inner `await` (passed through to the event loop).

use super::generators::{gen_throw, make_exception, send_value};
use crate::builtins::add_methods;
use crate::builtins::lists::arity::{noargs, one_arg, positional};
use crate::heap::Tracer;
use crate::object::Gc;
use crate::objects::builtin_fn::KwArgs;
use crate::objects::generator::GeneratorObj;
use crate::objects::native::{new_native, NativeData};
use crate::runtime::errors::{runtime_error, stop_iteration, type_error, PyErr};
use crate::runtime::thread::Thread;
use crate::runtime::types::{type_name, types};
use crate::runtime::PyResult;
use crate::value::Value;
use std::any::Any;
use std::sync::atomic::{AtomicU8, Ordering};

const INIT: u8 = 0;
const ITER: u8 = 1;
const CLOSED: u8 = 2;

/// A value yielded by `yield` in an async generator.
pub struct Wrapped(pub Value);

/// `async_generator_asend`.
pub struct ASend {
    gen: Value,
    sendval: Value,
    state: AtomicU8,
}

/// `async_generator_athrow`; `args` is None for `aclose()`.
pub struct AThrow {
    gen: Value,
    args: Option<[Value; 3]>,
    state: AtomicU8,
}

impl NativeData for Wrapped {
    fn trace(&self, t: &mut Tracer) {
        t.value(self.0);
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}
impl NativeData for ASend {
    fn trace(&self, t: &mut Tracer) {
        t.value(self.gen);
        t.value(self.sendval);
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}
impl NativeData for AThrow {
    fn trace(&self, t: &mut Tracer) {
        t.value(self.gen);
        if let Some(a) = &self.args {
            t.values(a);
        }
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

pub fn register() {
    let t = types();
    add_methods(
        t.async_generator,
        &[
            ("__aiter__", aiter),
            ("__anext__", anext),
            ("asend", asend),
            ("athrow", athrow),
            ("aclose", aclose),
        ],
    );
    for ty in [t.async_generator_asend, t.async_generator_athrow] {
        add_methods(
            ty,
            &[
                ("send", aw_send),
                ("throw", aw_throw),
                ("close", aw_close),
                ("__next__", aw_next),
                ("__iter__", aw_self),
                ("__await__", aw_self),
            ],
        );
    }
}

/// `CALL_INTRINSIC_1 4`: wraps an async generator's yielded value.
pub fn wrap(v: Value) -> Value {
    new_native(types().async_generator_wrapped_value, Wrapped(v))
}

pub fn new_asend(g: Gc<GeneratorObj>, v: Value) -> Value {
    new_native(
        types().async_generator_asend,
        ASend {
            gen: g.value(),
            sendval: v,
            state: AtomicU8::new(INIT),
        },
    )
}

pub fn is_async_gen_awaitable(v: Value) -> bool {
    v.as_native::<ASend>().is_some() || v.as_native::<AThrow>().is_some()
}

fn agen(v: Value) -> Gc<GeneratorObj> {
    v.downcast::<GeneratorObj>().expect("async generator")
}

fn set_running(g: Gc<GeneratorObj>, on: bool) {
    g.state.lock().ag_running_async = on;
}

/// `async_gen_unwrap_value`: an item ends the await (StopIteration(item));
/// the generator's return becomes StopAsyncIteration.
fn unwrap(g: Gc<GeneratorObj>, r: PyResult<Value>) -> PyResult<Value> {
    match r {
        Err(e) => {
            let e = if e.matches(types().stop_iteration) {
                PyErr::empty(types().stop_async_iteration)
            } else {
                e
            };
            let mut st = g.state.lock();
            if e.matches(types().stop_async_iteration) || e.matches(types().generator_exit) {
                st.ag_closed = true;
            }
            st.ag_running_async = false;
            Err(e)
        }
        Ok(v) => match v.as_native::<Wrapped>() {
            Some(w) => {
                set_running(g, false);
                Err(stop_iteration(w.0))
            }
            None => Ok(v),
        },
    }
}

/// `send` (or `__next__`) on an asend/athrow object; None for other objects.
pub fn awaitable_send(ts: &mut Thread, v: Value, value: Value) -> Option<PyResult<Value>> {
    if let Some(a) = v.as_native::<ASend>() {
        return Some(asend_send(ts, a, value));
    }
    v.as_native::<AThrow>().map(|a| athrow_send(ts, a, value))
}

fn asend_send(ts: &mut Thread, a: &ASend, mut value: Value) -> PyResult<Value> {
    let g = agen(a.gen);
    match a.state.load(Ordering::Acquire) {
        CLOSED => {
            return Err(runtime_error(
                "cannot reuse already awaited __anext__()/asend()",
            ))
        }
        INIT => {
            if g.state.lock().ag_running_async {
                a.state.store(CLOSED, Ordering::Release);
                return Err(runtime_error(
                    "anext(): asynchronous generator is already running",
                ));
            }
            if value.is_none() {
                value = a.sendval;
            }
            a.state.store(ITER, Ordering::Release);
        }
        _ => {}
    }
    set_running(g, true);
    let r = unwrap(g, send_value(ts, g, value));
    if r.is_err() {
        a.state.store(CLOSED, Ordering::Release);
    }
    r
}

/// `aclose()`'s outcomes: the generator ended (StopAsyncIteration or
/// GeneratorExit) means the await returns None.
fn close_result(g: Gc<GeneratorObj>, a: &AThrow, r: PyResult<Value>) -> PyResult<Value> {
    match r {
        Ok(v) if v.as_native::<Wrapped>().is_some() => {
            set_running(g, false);
            a.state.store(CLOSED, Ordering::Release);
            Err(runtime_error("async generator ignored GeneratorExit"))
        }
        Ok(v) => Ok(v),
        Err(e) => {
            set_running(g, false);
            a.state.store(CLOSED, Ordering::Release);
            if e.matches(types().stop_iteration)
                || e.matches(types().stop_async_iteration)
                || e.matches(types().generator_exit)
            {
                return Err(stop_iteration(Value::NONE));
            }
            Err(e)
        }
    }
}

fn throw_result(g: Gc<GeneratorObj>, a: &AThrow, r: PyResult<Value>) -> PyResult<Value> {
    let r = unwrap(g, r);
    if r.is_err() {
        a.state.store(CLOSED, Ordering::Release);
    }
    r
}

fn athrow_send(ts: &mut Thread, a: &AThrow, value: Value) -> PyResult<Value> {
    let g = agen(a.gen);
    let state = a.state.load(Ordering::Acquire);
    if state == CLOSED {
        return Err(runtime_error(
            "cannot reuse already awaited aclose()/athrow()",
        ));
    }
    if g.state.lock().finished && state == INIT {
        a.state.store(CLOSED, Ordering::Release);
        return Err(match a.args {
            None => stop_iteration(Value::NONE),
            Some(_) => PyErr::empty(types().stop_async_iteration),
        });
    }
    if state == INIT {
        if g.state.lock().ag_running_async {
            a.state.store(CLOSED, Ordering::Release);
            let which = if a.args.is_none() { "aclose" } else { "athrow" };
            return Err(runtime_error(format!(
                "{which}(): asynchronous generator is already running"
            )));
        }
        if !value.is_none() {
            return Err(runtime_error(
                "can't send non-None value to a just-started coroutine",
            ));
        }
        a.state.store(ITER, Ordering::Release);
        set_running(g, true);
        return match a.args {
            None => {
                g.state.lock().ag_closed = true;
                let e = PyErr::empty(types().generator_exit);
                let r = gen_throw(ts, g, e);
                close_result(g, a, r)
            }
            Some([typ, val, tb]) => {
                let e = make_exception(ts, typ, val, tb)?;
                let r = gen_throw(ts, g, e);
                throw_result(g, a, r)
            }
        };
    }
    let r = send_value(ts, g, value);
    match a.args {
        Some(_) => throw_result(g, a, r),
        None => close_result(g, a, r),
    }
}

fn aw_throw_impl(ts: &mut Thread, v: Value, e: PyErr) -> PyResult<Value> {
    if let Some(a) = v.as_native::<ASend>() {
        if a.state.load(Ordering::Acquire) == CLOSED {
            return Err(runtime_error(
                "cannot reuse already awaited __anext__()/asend()",
            ));
        }
        let g = agen(a.gen);
        let r = unwrap(g, gen_throw(ts, g, e));
        if r.is_err() {
            a.state.store(CLOSED, Ordering::Release);
        }
        return r;
    }
    let a = v.as_native::<AThrow>().expect("athrow");
    if a.state.load(Ordering::Acquire) == CLOSED {
        return Err(runtime_error(
            "cannot reuse already awaited aclose()/athrow()",
        ));
    }
    let g = agen(a.gen);
    let r = gen_throw(ts, g, e);
    match a.args {
        Some(_) => throw_result(g, a, r),
        None => close_result(g, a, r),
    }
}

fn this_gen(args: &[Value], method: &str) -> PyResult<Gc<GeneratorObj>> {
    args.first()
        .and_then(|v| v.downcast::<GeneratorObj>())
        .filter(|g| g.cls() == types().async_generator)
        .ok_or_else(|| {
            type_error(format!(
                "descriptor '{method}' requires a 'async_generator' object"
            ))
        })
}

fn this_aw(args: &[Value], method: &str) -> PyResult<Value> {
    match args.first() {
        Some(&v) if is_async_gen_awaitable(v) => Ok(v),
        other => Err(type_error(format!(
            "descriptor '{method}' requires an awaitable but received a '{}'",
            other.map_or("NoneType", |&v| type_name(v))
        ))),
    }
}

fn aiter(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    this_gen(args, "__aiter__")?;
    noargs("async_generator.__aiter__", args, kw)?;
    Ok(args[0])
}

fn anext(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let g = this_gen(args, "__anext__")?;
    noargs("async_generator.__anext__", args, kw)?;
    Ok(new_asend(g, Value::NONE))
}

fn asend(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let g = this_gen(args, "asend")?;
    let v = one_arg("async_generator.asend", args, kw)?;
    Ok(new_asend(g, v))
}

fn athrow(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let g = this_gen(args, "athrow")?;
    positional("athrow", &args[1..], kw, 1, 3)?;
    let val = args.get(2).copied().unwrap_or(Value::NONE);
    let tb = args.get(3).copied().unwrap_or(Value::NONE);
    Ok(new_native(
        types().async_generator_athrow,
        AThrow {
            gen: g.value(),
            args: Some([args[1], val, tb]),
            state: AtomicU8::new(INIT),
        },
    ))
}

fn aclose(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let g = this_gen(args, "aclose")?;
    noargs("async_generator.aclose", args, kw)?;
    Ok(new_native(
        types().async_generator_athrow,
        AThrow {
            gen: g.value(),
            args: None,
            state: AtomicU8::new(INIT),
        },
    ))
}

fn aw_send(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let v = this_aw(args, "send")?;
    let value = one_arg("send", args, kw)?;
    awaitable_send(ts, v, value).expect("awaitable")
}

fn aw_next(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let v = this_aw(args, "__next__")?;
    noargs("__next__", args, kw)?;
    awaitable_send(ts, v, Value::NONE).expect("awaitable")
}

fn aw_throw(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let v = this_aw(args, "throw")?;
    positional("throw", &args[1..], kw, 1, 3)?;
    let val = args.get(2).copied().unwrap_or(Value::NONE);
    let tb = args.get(3).copied().unwrap_or(Value::NONE);
    let e = make_exception(ts, args[1], val, tb)?;
    aw_throw_impl(ts, v, e)
}

fn aw_close(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let v = this_aw(args, "close")?;
    noargs("close", args, kw)?;
    if let Some(a) = v.as_native::<ASend>() {
        a.state.store(CLOSED, Ordering::Release);
    } else if let Some(a) = v.as_native::<AThrow>() {
        a.state.store(CLOSED, Ordering::Release);
    }
    Ok(Value::NONE)
}

fn aw_self(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(args.first().copied().unwrap_or(Value::NONE))
}
