//! Collection driver: schedules collections through the eval breaker and
//! runs them at safepoints with every root reported.

use crate::heap::{self, stack_scan};
use crate::runtime::thread::{schedule_gc_on_current, Thread};

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
}

/// Collects now. The caller is at a safepoint. (With one thread attached
/// the world is trivially stopped; multi-threaded stop-the-world joins here.)
pub fn collect(ts: &Thread) {
    stack_scan::with_registers_spilled(|sp| {
        heap::collect(|tracer| {
            trace_globals(tracer);
            ts.trace(tracer);
            // SAFETY: `[sp, stack_base)` is the live native stack of this,
            // the calling, thread.
            unsafe { stack_scan::scan_range(tracer, sp, ts.stack_base) };
        })
    })
}
