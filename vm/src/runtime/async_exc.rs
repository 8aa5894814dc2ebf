//! Asynchronous exceptions (CPython's `PyThreadState_SetAsyncExc`).
//!
//! Each registered thread has one `async_exc` slot. `set` stores the
//! exception (a class or an instance) in the slot of every thread with the
//! given ident and sets `ASYNC_EXCEPTION` on its eval breaker; it returns the
//! number of threads modified. Setting NULL clears the slot (the breaker bit
//! is left; handling an empty slot is a no-op). The target raises the
//! exception at its next safepoint, or from a sleep or lock wait, which
//! poll the bit (CPython delivers only at the next eval-breaker check; Weft
//! also interrupts blocking waits, which is cheap here).
//!
//! Exposed to Python as `_thread._set_async_exc(ident, exc)` (exc None
//! clears), the analogue of
//! `ctypes.pythonapi.PyThreadState_SetAsyncExc(ident, exc)`.

use crate::eval_breaker::ASYNC_EXCEPTION;
use crate::runtime::thread::Thread;
use crate::runtime::threads;
use crate::runtime::PyResult;
use crate::value::Value;

/// Sets (or with `Value::NULL` clears) the pending asynchronous exception of
/// the threads whose ident is `ident`; returns how many were modified.
pub fn set(ident: u64, exc: Value) -> usize {
    let targets = threads::find(ident);
    for t in &targets {
        t.async_exc.set(exc);
        if !exc.is_null() {
            t.breaker.set(ASYNC_EXCEPTION);
        }
    }
    targets.len()
}

/// Raises the calling thread's pending asynchronous exception, if any
/// (after its `ASYNC_EXCEPTION` bit was taken).
pub fn raise_pending(ts: &mut Thread) -> PyResult<()> {
    let Some(me) = threads::current_entry() else {
        return Ok(());
    };
    let exc = me.async_exc.swap(Value::NULL);
    if exc.is_null() {
        return Ok(());
    }
    Err(crate::ops::exc::exception_from(ts, exc)?)
}
