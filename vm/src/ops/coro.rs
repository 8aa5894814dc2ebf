//! Coroutine opcodes: GET_AWAITABLE, GET_AITER, GET_ANEXT, END_ASYNC_FOR
//! and BEFORE_ASYNC_WITH (CPython 3.12 `bytecodes.c` and `_PyCoro_GetAwaitableIter`).

use crate::builtins::iterators::{async_gen, awaitables};
use crate::objects::generator::GeneratorObj;
use crate::protocol::attr::bind_descriptor;
use crate::protocol::call::call;
use crate::protocol::dunder::type_lookup;
use crate::runtime::errors::{runtime_error, type_error};
use crate::runtime::intern::intern;
use crate::runtime::thread::Thread;
use crate::runtime::types::{type_name, type_of, types};
use crate::runtime::PyResult;
use crate::value::Value;

/// Calls the special method `name` looked up on the type, if any.
fn call_special(ts: &mut Thread, v: Value, name: &str) -> PyResult<Option<Value>> {
    let ty = type_of(v);
    let Some(f) = type_lookup(ty, intern(name)) else {
        return Ok(None);
    };
    let f = bind_descriptor(ts, f, v, ty.value())?;
    call(ts, f, &[], &[]).map(Some)
}

fn is_coroutine(v: Value) -> bool {
    v.downcast::<GeneratorObj>()
        .is_some_and(|g| g.cls() == types().coroutine)
}

/// `_PyCoro_GetAwaitableIter`: the iterator an `await` drives, or None
/// when `v` is not awaitable.
pub fn awaitable_iter(ts: &mut Thread, v: Value) -> PyResult<Option<Value>> {
    if is_coroutine(v) {
        return Ok(Some(v));
    }
    if awaitables::is_native_awaitable(v) {
        return Ok(Some(v));
    }
    let Some(it) = call_special(ts, v, "__await__")? else {
        return Ok(None);
    };
    if is_coroutine(it) {
        return Err(type_error("__await__() returned a coroutine"));
    }
    if !crate::protocol::iter::is_iterator(it) && !awaitables::is_native_awaitable(it) {
        return Err(type_error(format!(
            "__await__() returned non-iterator of type '{}'",
            type_name(it)
        )));
    }
    Ok(Some(it))
}

/// `GET_AWAITABLE a`: a = 1 after `__aenter__`, 2 after `__aexit__`.
pub fn get_awaitable(ts: &mut Thread, v: Value, a: u32) -> PyResult<Value> {
    let Some(it) = awaitable_iter(ts, v)? else {
        return Err(type_error(match a {
            1 => format!(
                "'async with' received an object from __aenter__ that does not implement __await__: {}",
                type_name(v)
            ),
            2 => format!(
                "'async with' received an object from __aexit__ that does not implement __await__: {}",
                type_name(v)
            ),
            _ => format!("object {} can't be used in 'await' expression", type_name(v)),
        }));
    };
    if let Some(g) = it.downcast::<GeneratorObj>() {
        if g.cls() == types().coroutine && awaitables::awaiting(g) {
            return Err(runtime_error("coroutine is being awaited already"));
        }
    }
    Ok(it)
}

/// `GET_AITER`: `type(v).__aiter__(v)`.
pub fn get_aiter(ts: &mut Thread, v: Value) -> PyResult<Value> {
    let r = if v
        .downcast::<GeneratorObj>()
        .is_some_and(|g| g.cls() == types().async_generator)
    {
        v
    } else {
        match call_special(ts, v, "__aiter__")? {
            Some(r) => r,
            None => {
                return Err(type_error(format!(
                    "'async for' requires an object with __aiter__ method, got {}",
                    type_name(v)
                )))
            }
        }
    };
    let is_agen = r
        .downcast::<GeneratorObj>()
        .is_some_and(|g| g.cls() == types().async_generator);
    if !is_agen && type_lookup(type_of(r), intern("__anext__")).is_none() {
        return Err(type_error(format!(
            "'async for' received an object from __aiter__ that does not implement __anext__: {}",
            type_name(r)
        )));
    }
    Ok(r)
}

/// `GET_ANEXT`: the awaitable of `aiter.__anext__()`.
pub fn get_anext(ts: &mut Thread, aiter: Value) -> PyResult<Value> {
    if let Some(g) = aiter.downcast::<GeneratorObj>() {
        if g.cls() == types().async_generator {
            return Ok(async_gen::new_asend(g, Value::NONE));
        }
    }
    let Some(next) = call_special(ts, aiter, "__anext__")? else {
        return Err(type_error(format!(
            "'async for' requires an iterator with __anext__ method, got {}",
            type_name(aiter)
        )));
    };
    match awaitable_iter(ts, next) {
        Ok(Some(it)) => Ok(it),
        Ok(None) => Err(type_error(format!(
            "'async for' received an invalid object from __anext__: {}",
            type_name(next)
        ))),
        Err(e) => Err(e),
    }
}

/// `BEFORE_ASYNC_WITH`: (bound `__aexit__`, `__aenter__()` result).
pub fn before_async_with(ts: &mut Thread, mgr: Value) -> PyResult<(Value, Value)> {
    let ty = type_of(mgr);
    let enter = type_lookup(ty, intern("__aenter__"));
    let exit = type_lookup(ty, intern("__aexit__"));
    let (Some(enter), Some(exit)) = (enter, exit) else {
        let missing = if enter.is_none() {
            ""
        } else {
            " (missed __aexit__ method)"
        };
        return Err(type_error(format!(
            "'{}' object does not support the asynchronous context manager protocol{}",
            type_name(mgr),
            missing
        )));
    };
    let exit = bind_descriptor(ts, exit, mgr, ty.value())?;
    let enter = bind_descriptor(ts, enter, mgr, ty.value())?;
    let r = call(ts, enter, &[], &[])?;
    Ok((exit, r))
}
