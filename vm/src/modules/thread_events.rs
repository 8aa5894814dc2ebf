//! The `_thread` functions that reach other threads through their eval
//! breakers: `interrupt_main`, `_set_async_exc` (Weft's
//! `PyThreadState_SetAsyncExc`) and `_add_pending_call` (Weft's
//! `Py_AddPendingCall`, as CPython's `_testcapi._pending_threadfunc`).

use crate::builtins::args::{arg_or_kw, check};
use crate::objects::builtin_fn::{KwArgs, NativeFn};
use crate::runtime::errors::{type_error, value_error};
use crate::runtime::thread::Thread;
use crate::runtime::types::type_name;
use crate::runtime::PyResult;
use crate::value::Value;

pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("interrupt_main", interrupt_main),
    ("_set_async_exc", set_async_exc),
    ("_add_pending_call", add_pending_call),
];

/// `interrupt_main(signum=SIGINT)`: simulates the arrival of `signum` in
/// the main thread (its Python handler runs there; nothing is sent).
fn interrupt_main(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check("interrupt_main", args, kw, 0, 1)?;
    let sig = match arg_or_kw(args, kw, 0, "signum") {
        Some(v) => v.as_i64().ok_or_else(|| {
            type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(v)
            ))
        })?,
        None => libc::SIGINT as i64,
    };
    if sig < 1 || sig >= crate::runtime::signals::NSIG as i64 {
        return Err(value_error("signal number out of range"));
    }
    crate::runtime::signals::trip(sig as usize);
    Ok(Value::NONE)
}

fn ident_arg(v: Value) -> PyResult<u64> {
    v.as_i64().map(|i| i as u64).ok_or_else(|| {
        type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(v)
        ))
    })
}

/// `_set_async_exc(ident, exc)`: Weft's `PyThreadState_SetAsyncExc`.
/// Raises `exc` (a class or instance) in the thread `ident` at its next
/// safepoint or from its sleep/lock wait; None clears a pending one.
/// Returns the number of threads modified (0 or 1).
fn set_async_exc(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check("_set_async_exc", args, kw, 2, 2)?;
    let ident = ident_arg(args[0])?;
    let exc = if args[1].is_none() {
        Value::NULL
    } else {
        args[1]
    };
    let n = crate::runtime::async_exc::set(ident, exc);
    Ok(Value::small_int(n as i64))
}

/// `_add_pending_call(func, ident=None)`: posts `func` (called with no
/// arguments) to the thread `ident`, by default the main thread
/// (`Py_AddPendingCall`, as CPython's `_testcapi._pending_threadfunc`).
/// False when the thread does not exist or its queue is full.
fn add_pending_call(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check("_add_pending_call", args, kw, 1, 2)?;
    let func = args[0];
    if !crate::protocol::call::is_callable(func) {
        return Err(type_error(format!(
            "'{}' object is not callable",
            type_name(func)
        )));
    }
    use crate::runtime::pending_calls::{post_to_ident, post_to_main, Call};
    let ok = match arg_or_kw(args, kw, 1, "ident").filter(|v| !v.is_none()) {
        Some(v) => post_to_ident(ident_arg(v)?, Call::Python(func)),
        None => post_to_main(Call::Python(func)),
    };
    Ok(Value::from_bool(ok))
}
