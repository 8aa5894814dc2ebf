//! `handle_pending`: runs the eval-breaker events at a safepoint, in a
//! fixed order (as CPython's `_Py_HandlePending`).

use crate::eval_breaker::{GC_SCHEDULED, GIL_DROP_REQUEST, PLEASE_STOP, SIGNALS_PENDING};
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
    if ts.breaker.take(SIGNALS_PENDING) && crate::runtime::signals::take_pending() {
        return Err(crate::runtime::errors::PyErr::empty(
            crate::runtime::types::types().keyboard_interrupt,
        ));
    }
    Ok(())
}
