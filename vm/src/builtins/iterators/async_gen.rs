//! Async generators (CPython's `Objects/genobject.c`): `__anext__`/`asend`
//! return an `async_generator_asend` awaitable, `athrow`/`aclose` an
//! `async_generator_athrow`. A `yield` in an async generator wraps its
//! value (`CALL_INTRINSIC_1 4`), so the awaitable can tell an item (which
//! ends the await with StopIteration(item)) from a value yielded by an
//! inner `await` (passed through to the event loop).

use super::generators::{gen_throw, make_exception, send_value};
use crate::heap::Tracer;
use crate::object::Gc;
use crate::objects::generator::GeneratorObj;
use crate::objects::native::{new_native, NativeData};
use crate::runtime::errors::{runtime_error, stop_iteration, PyErr};
use crate::runtime::thread::Thread;
use crate::runtime::types::types;
use crate::runtime::PyResult;
use crate::value::Value;
use std::any::Any;
use std::sync::atomic::{AtomicU8, Ordering};

pub(super) const INIT: u8 = 0;
const ITER: u8 = 1;
pub(super) const CLOSED: u8 = 2;

/// A value yielded by `yield` in an async generator.
pub struct Wrapped(pub Value);

/// `async_generator_asend`.
pub struct ASend {
    gen: Value,
    sendval: Value,
    pub(super) state: AtomicU8,
}

/// `async_generator_athrow`; `args` is None for `aclose()`.
pub struct AThrow {
    pub(super) gen: Value,
    pub(super) args: Option<[Value; 3]>,
    pub(super) state: AtomicU8,
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

pub(super) fn aw_throw_impl(ts: &mut Thread, v: Value, e: PyErr) -> PyResult<Value> {
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
