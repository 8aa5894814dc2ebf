//! `handle_pending`: runs the eval-breaker events at a safepoint, in a
//! fixed order (as CPython's `_Py_HandlePending`): stop-the-world, GIL drop
//! request, GC, signal handlers (main thread), pending calls, asynchronous
//! exception. The first exception a handler, call or async exception raises
//! is returned; events not reached yet stay set for the next safepoint.

use crate::eval_breaker::{
    EvalBreaker, ASYNC_EXCEPTION, CALLS_TO_DO, GC_SCHEDULED, GIL_DROP_REQUEST, PLEASE_STOP,
    SIGNALS_PENDING,
};
use crate::runtime::thread::Thread;
use crate::runtime::PyResult;

pub fn handle_pending(ts: &mut Thread) -> PyResult<()> {
    // A quiescent point: no bytecode-copy array is held across this call.
    crate::tlbc::quiescent();
    if ts.breaker.take(PLEASE_STOP) {
        crate::runtime::threads::park();
    }
    if ts.breaker.load() & GIL_DROP_REQUEST != 0 {
        crate::runtime::threads::yield_gil();
    }
    if ts.breaker.take(GC_SCHEDULED) || crate::heap::stress() {
        crate::runtime::gc::collect(ts);
    }
    if ts.breaker.take(SIGNALS_PENDING) {
        crate::modules::signal::run_handlers(ts)?;
    }
    if ts.breaker.take(CALLS_TO_DO) {
        crate::runtime::pending_calls::run(ts)?;
    }
    if ts.breaker.take(ASYNC_EXCEPTION) {
        crate::runtime::async_exc::raise_pending(ts)?;
    }
    Ok(())
}

/// Events that end a blocking wait early (sleep, lock acquire): the waiter
/// re-attaches, runs `handle_pending` (which may raise) and, if nothing
/// was raised, goes on waiting. Only the main thread's breaker ever gets
/// `SIGNALS_PENDING`.
pub const WAKE_EVENTS: u64 = SIGNALS_PENDING | CALLS_TO_DO | ASYNC_EXCEPTION;

/// Whether a blocking wait with this breaker should return to run events.
pub fn should_wake(breaker: &EvalBreaker) -> bool {
    breaker.load() & WAKE_EVENTS != 0
}
