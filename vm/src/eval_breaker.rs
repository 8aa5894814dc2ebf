//! The eval breaker: one atomic word per thread, polled by the eval loop at
//! `RESUME` and `JUMP_BACKWARD` with a relaxed load. The low 8 bits are
//! events (as CPython's `Include/internal/pycore_ceval.h`); set is an atomic
//! OR, clear an atomic AND, and `runtime::thread::handle_pending` handles
//! set events in a fixed order.

use crate::atomics::sync::{AtomicU64, Ordering};

pub const GIL_DROP_REQUEST: u64 = 1 << 0;
pub const SIGNALS_PENDING: u64 = 1 << 1;
pub const CALLS_TO_DO: u64 = 1 << 2;
pub const ASYNC_EXCEPTION: u64 = 1 << 3;
pub const GC_SCHEDULED: u64 = 1 << 4;
pub const PLEASE_STOP: u64 = 1 << 5;
/// Mask of all event bits; the bits above hold the instrumentation version.
pub const EVENTS_MASK: u64 = 0xFF;

#[derive(Default)]
pub struct EvalBreaker(AtomicU64);

impl EvalBreaker {
    pub fn new() -> EvalBreaker {
        EvalBreaker(AtomicU64::new(0))
    }
    /// The eval loop's poll: true when any event is pending.
    #[inline(always)]
    pub fn pending(&self) -> bool {
        self.0.load(Ordering::Relaxed) & EVENTS_MASK != 0
    }
    #[inline]
    pub fn load(&self) -> u64 {
        self.0.load(Ordering::Acquire)
    }
    pub fn set(&self, bits: u64) {
        self.0.fetch_or(bits, Ordering::AcqRel);
    }
    pub fn clear(&self, bits: u64) {
        self.0.fetch_and(!bits, Ordering::AcqRel);
    }
    /// Clears `bit` and reports whether it was set (handle-once semantics).
    pub fn take(&self, bit: u64) -> bool {
        self.0.fetch_and(!bit, Ordering::AcqRel) & bit != 0
    }
}
