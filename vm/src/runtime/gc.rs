//! Collection driver: schedules collections through the eval breaker and
//! runs them at safepoints, with the world stopped and every root reported.

use crate::heap::{self, stack_scan};
use crate::runtime::thread::{schedule_gc_on_current, Thread};
use crate::runtime::threads;
use std::sync::atomic::Ordering;
use std::sync::Arc;

/// Requests a collection at the current thread's next safepoint.
pub fn schedule() {
    schedule_gc_on_current();
}

/// Global roots other than threads: builtin types, interned strings,
/// modules and anything registered permanent.
fn trace_globals(t: &mut heap::Tracer) {
    for (_, ty) in crate::runtime::types::types().all() {
        t.gc(ty);
    }
    t.value(crate::runtime::types::types().empty_tuple);
    crate::runtime::intern::trace_interned(t);
    crate::runtime::globals::trace(t);
    crate::modules::signal::trace(t);
}

/// Collects now: stops the other threads, traces everyone's roots and
/// native stacks, restarts the world; the allocators sweep lazily. The
/// caller is at a safepoint.
pub fn collect(ts: &Thread) {
    collect_with(ts, false)
}

/// `gc.collect()`: a full collection that also sweeps the whole heap
/// before the world restarts, even if another thread just collected.
pub fn collect_eager(ts: &Thread) {
    collect_with(ts, true)
}

fn collect_with(ts: &Thread, eager: bool) {
    // Sweep what the last collection left while the others still run.
    heap::finish_sweep();
    let epoch = heap::GC_EPOCH.load(Ordering::Acquire);
    threads::stop_the_world(|others| {
        // Another thread collected while we waited for the collector lock.
        if heap::GC_EPOCH.load(Ordering::Acquire) != epoch && !heap::stress() && !eager {
            return;
        }
        stack_scan::with_registers_spilled(|sp| {
            heap::collect(|tracer| trace_roots(tracer, ts, sp, others), eager)
        })
    })
}

/// Reports every root: globals, the calling thread (whose native stack
/// starts at `sp`) and the stopped `others`.
fn trace_roots(
    tracer: &mut heap::Tracer,
    ts: &Thread,
    sp: usize,
    others: &[Arc<threads::ThreadEntry>],
) {
    trace_globals(tracer);
    ts.trace(tracer);
    if let Some(me) = threads::current_entry() {
        me.trace(tracer);
    }
    // SAFETY: `[sp, stack_base)` is the live native stack of
    // this, the calling, thread.
    unsafe { stack_scan::scan_range(tracer, sp, ts.stack_base) };
    for t in others {
        t.trace(tracer);
        let p = t.ts.load(Ordering::Acquire);
        // SAFETY: the thread is suspended (its state was
        // published with release ordering before it stopped), so
        // its `Thread` and native stack are not changing; the
        // pointer stays valid while it is registered, and it
        // cannot unregister while the world is stopped.
        unsafe {
            (*p).trace(tracer);
            stack_scan::scan_range(tracer, t.stack_top.load(Ordering::Relaxed), t.stack_base);
        }
    }
}
