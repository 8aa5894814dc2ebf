//! Pending calls (CPython's `Py_AddPendingCall` / `_PyEval_AddPendingCall`
//! and `make_pending_calls` in `Python/ceval_gil.c`).
//!
//! Every registered thread owns a bounded queue. Any thread may post a call
//! to a thread's queue (by default the main thread's); posting sets
//! `CALLS_TO_DO` on the target's eval breaker, and the target runs its
//! calls, in order, at its next safepoint (`runtime::pending`), or when a
//! blocking wait of the target notices the bit. An exception raised by a
//! call propagates in the target thread, from the bytecode it was running;
//! the calls left in the queue run at a later safepoint.
//!
//! A thread runs its calls one at a time: a call that itself reaches a
//! safepoint does not start the next one (the `busy` flag), as CPython.
//! A call posted to a thread that exits before running it is dropped.

use crate::eval_breaker::CALLS_TO_DO;
use crate::heap::Tracer;
use crate::runtime::thread::Thread;
use crate::runtime::threads::{self, ThreadEntry};
use crate::runtime::PyResult;
use crate::value::Value;
use parking_lot::Mutex;
use std::collections::VecDeque;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

/// Queue capacity, as CPython 3.11's `NPENDINGCALLS`: posting to a full
/// queue fails (`Py_AddPendingCall` returns -1).
pub const MAX_PENDING: usize = 32;

/// Runtime code to run in the target thread.
pub type NativeCall = Box<dyn FnOnce(&mut Thread) -> PyResult<()> + Send>;

/// A call to run in the target thread.
pub enum Call {
    /// A Python callable, called with no arguments (`_pending_threadfunc`).
    Python(Value),
    /// Runtime code.
    Native(NativeCall),
}

#[derive(Default)]
pub struct PendingCalls {
    queue: Mutex<VecDeque<Call>>,
    busy: AtomicBool,
}

impl PendingCalls {
    /// Appends `call`; false when the queue is full.
    fn push(&self, call: Call) -> bool {
        let mut q = self.queue.lock();
        if q.len() >= MAX_PENDING {
            return false;
        }
        q.push_back(call);
        true
    }

    fn pop(&self) -> Option<(Call, bool)> {
        let mut q = self.queue.lock();
        q.pop_front().map(|c| (c, !q.is_empty()))
    }

    /// The Python callables waiting in the queue are GC roots.
    pub fn trace(&self, t: &mut Tracer) {
        for c in t.peek(&self.queue).iter() {
            if let Call::Python(v) = c {
                t.value(*v);
            }
        }
    }
}

/// Posts `call` to `target`'s queue and signals its eval breaker. False when
/// the queue is full (the call is dropped).
pub fn post(target: &ThreadEntry, call: Call) -> bool {
    if !target.calls.push(call) {
        return false;
    }
    // After the push: the target that takes the bit sees the call.
    target.breaker.set(CALLS_TO_DO);
    true
}

/// Posts to the main thread (`Py_AddPendingCall`). False when the main
/// thread has exited or its queue is full.
pub fn post_to_main(call: Call) -> bool {
    match threads::main_entry() {
        Some(e) => post(&e, call),
        None => false,
    }
}

/// Posts to the thread with `get_ident() == ident`. False when there is no
/// such thread or its queue is full.
pub fn post_to_ident(ident: u64, call: Call) -> bool {
    match threads::find(ident).first() {
        Some(e) => post(e, call),
        None => false,
    }
}

/// Clears the busy flag however the run ends.
struct Busy<'a>(&'a AtomicBool);
impl Drop for Busy<'_> {
    fn drop(&mut self) {
        self.0.store(false, Ordering::Release);
    }
}

/// `make_pending_calls`: runs the calling thread's queue after its
/// `CALLS_TO_DO` bit was taken. Stops at the first exception, re-signalling
/// the bit if calls remain.
pub fn run(ts: &mut Thread) -> PyResult<()> {
    let Some(me) = threads::current_entry() else {
        return Ok(());
    };
    run_queue(ts, &me)
}

fn run_queue(ts: &mut Thread, me: &Arc<ThreadEntry>) -> PyResult<()> {
    if me.calls.busy.swap(true, Ordering::Acquire) {
        // A call of ours is running further up this stack: the outer run
        // picks the new calls up when it pops the next one.
        return Ok(());
    }
    let _busy = Busy(&me.calls.busy);
    while let Some((call, more)) = me.calls.pop() {
        let r = match call {
            Call::Python(f) => {
                // Keep `f` on this (scanned) stack while it runs.
                let r = crate::protocol::call(ts, f, &[], &[]).map(|_| ());
                crate::heap::keep_alive(&f);
                r
            }
            Call::Native(f) => f(ts),
        };
        if let Err(e) = r {
            if more {
                me.breaker.set(CALLS_TO_DO);
            }
            return Err(e);
        }
    }
    Ok(())
}
