//! Per-thread interpreter state: the value stack, the frame stack, the
//! handled-exception slot and the eval breaker.

use crate::atomics::CodeUnits;
use crate::eval_breaker::{EvalBreaker, GC_SCHEDULED};
use crate::heap::Tracer;
use crate::object::Gc;
use crate::objects::code::CodeObj;
use crate::runtime::frame::Frame;
use crate::value::Value;
use std::cell::Cell;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

/// `sys.getrecursionlimit()`: shared by all threads, as in CPython.
pub static RECURSION_LIMIT: AtomicUsize = AtomicUsize::new(1000);
/// Nested native `eval::run` calls allowed before RecursionError (each
/// Rust→Python call re-enters the loop on the native stack).
pub const NATIVE_DEPTH_LIMIT: usize = 200;

pub struct Thread {
    /// Frame slots: `localsplus` then the value stack of every active frame.
    pub stack: Vec<Value>,
    pub frames: Vec<Frame>,
    /// The exception being handled (`sys.exc_info()`), or NONE.
    pub exc_info: Value,
    /// Nested native eval-loop entries (Rust code calling Python).
    pub native_depth: usize,
    pub breaker: Arc<EvalBreaker>,
    /// Address at the bottom (highest address) of this thread's native stack.
    pub stack_base: usize,
    /// Values Rust code keeps in heap collections across calls into Python.
    pub temp_roots: Vec<Value>,
    /// Whether the last `eval::run` returned or yielded.
    pub last_exit: crate::eval::Exit,
    /// Which bytecode copy this thread runs (`tlbc.rs`); set at registration.
    pub tlbc_index: usize,
    /// Whether this thread rewrites its bytecode copy (off with `-X tlbc=0`).
    pub specializing: bool,
    /// `-X stats` counters (`specialize/stats.rs`).
    pub stats: Option<Box<crate::specialize::stats::Stats>>,
    /// Recently entered code objects and this thread's bytecode copy of
    /// each (direct-mapped by address), so a frame change does not look the
    /// copy up in the code object's TLBC array (an epoch pin) every time.
    /// A copy lives as long as its code object, which the entry keeps alive
    /// (`trace`).
    pub units_cache: [Option<(Gc<CodeObj>, &'static CodeUnits)>; UNITS_CACHE],
}

/// Entries of `Thread::units_cache`.
pub const UNITS_CACHE: usize = 8;

thread_local! {
    static CURRENT_BREAKER: Cell<*const EvalBreaker> = const { Cell::new(std::ptr::null()) };
}

impl Thread {
    /// State for the calling OS thread; `stack_base` is an address in the
    /// caller's frame that outlives every use of the thread state.
    pub fn new(stack_base: usize) -> Box<Thread> {
        let t = Box::new(Thread {
            stack: Vec::with_capacity(1 << 12),
            frames: Vec::with_capacity(64),
            exc_info: Value::NONE,
            native_depth: 0,
            breaker: Arc::new(EvalBreaker::new()),
            stack_base,
            temp_roots: Vec::new(),
            last_exit: crate::eval::Exit::Return,
            tlbc_index: 0,
            specializing: false,
            stats: None,
            units_cache: [None; UNITS_CACHE],
        });
        CURRENT_BREAKER.with(|c| c.set(Arc::as_ptr(&t.breaker)));
        t
    }

    pub fn recursion_limit() -> usize {
        RECURSION_LIMIT.load(Ordering::Relaxed)
    }

    /// Precise roots of this thread.
    pub fn trace(&self, t: &mut Tracer) {
        t.values(&self.stack);
        for f in &self.frames {
            f.trace(t);
        }
        t.value(self.exc_info);
        t.values(&self.temp_roots);
        for (code, _) in self.units_cache.iter().flatten() {
            t.gc(*code);
        }
    }

    /// This thread's bytecode copy of `code` (`CodeObj::units_for`), through
    /// `units_cache`.
    #[inline(always)]
    pub fn units_of(&mut self, code: Gc<CodeObj>) -> &'static CodeUnits {
        if self.tlbc_index == 0 {
            // The main copy: a field of the code object, no lookup.
            return &code.get::<'static>().units;
        }
        let slot = (code.as_ptr() as usize >> 6) % UNITS_CACHE;
        match self.units_cache[slot] {
            Some((c, units)) if c == code => units,
            _ => self.units_miss(code, slot),
        }
    }

    #[inline(never)]
    fn units_miss(&mut self, code: Gc<CodeObj>, slot: usize) -> &'static CodeUnits {
        let units = code.get::<'static>().units_for(self.tlbc_index);
        self.units_cache[slot] = Some((code, units));
        units
    }
}

/// Sets `GC_SCHEDULED` on the calling thread's eval breaker.
pub fn schedule_gc_on_current() {
    CURRENT_BREAKER.with(|c| {
        let p = c.get();
        if !p.is_null() {
            // SAFETY: the pointer is set from the live `Thread` of this OS
            // thread, whose breaker `Arc` lives as long as the thread state.
            unsafe { (*p).set(GC_SCHEDULED) }
        }
    })
}
