//! Thread registry, attach/detach, and stop-the-world (CPython's
//! `Python/pystate.c`: `_PyThreadState_Attach/Detach/Suspend`,
//! `stop_the_world`).
//!
//! A thread is ATTACHED while it may touch the heap, DETACHED while it
//! blocks (sleep, join, lock waits) and SUSPENDED while the world is stopped.
//! The state machine itself (attach, detach, park, stop, restart) lives in
//! `runtime::stw`, which the loom model checks; this module adds the
//! registry, the GIL, and the stack pointer each thread records (callee-
//! saved registers spilled) before it stops being ATTACHED, so the
//! collector scans exactly its live native stack.

use crate::atomics::sync::AtomicU8;
use crate::atomics::AtomicValue;
use crate::eval_breaker::EvalBreaker;
use crate::heap::stack_scan;
use crate::runtime::pending_calls::PendingCalls;
use crate::runtime::stw::{GilHooks, Member, World};
use crate::runtime::thread::Thread;
use crate::value::Value;
use parking_lot::Mutex;
use std::sync::atomic::{AtomicPtr, AtomicUsize, Ordering};
use std::sync::{Arc, LazyLock};

pub use crate::runtime::stw::{ATTACHED, DETACHED, SUSPENDED};

pub struct ThreadEntry {
    pub state: AtomicU8,
    pub breaker: Arc<EvalBreaker>,
    /// The thread's interpreter state (valid while registered).
    pub ts: AtomicPtr<Thread>,
    /// Lowest live address of the native stack, recorded when not attached.
    pub stack_top: AtomicUsize,
    pub stack_base: usize,
    pub ident: u64,
    /// Calls other threads posted for this one (`runtime::pending_calls`).
    pub calls: PendingCalls,
    /// The pending asynchronous exception, or NULL (`runtime::async_exc`).
    pub async_exc: AtomicValue,
    /// The thread's TLBC index (0: the main copy), returned to the pool at exit.
    pub tlbc_index: usize,
}

impl ThreadEntry {
    /// Roots held for the thread by other threads: posted calls and the
    /// pending asynchronous exception.
    pub fn trace(&self, t: &mut crate::heap::Tracer) {
        self.calls.trace(t);
        t.value(self.async_exc.get());
    }
}

/// Registered threads. A collector holds this lock for the whole
/// stop-the-world, so no thread can register (and attach unseen) or leave
/// while the world is stopped; registering and leaving happen detached.
static REGISTRY: Mutex<Vec<Arc<ThreadEntry>>> = Mutex::new(Vec::new());
static COUNT: AtomicUsize = AtomicUsize::new(0);
static WORLD: LazyLock<World> = LazyLock::new(World::new);
/// Serialises collectors (held while the world is stopped).
static STW_LOCK: Mutex<()> = Mutex::new(());
/// The main thread's entry (target of `Py_AddPendingCall`).
static MAIN: Mutex<Option<Arc<ThreadEntry>>> = Mutex::new(None);

thread_local! {
    static CURRENT: std::cell::RefCell<Option<Arc<ThreadEntry>>> = const { std::cell::RefCell::new(None) };
}

/// Registers the calling OS thread (state DETACHED) and attaches it.
pub fn register(ts: &mut Thread, ident: u64) -> Arc<ThreadEntry> {
    // The first thread (the main one) runs the main bytecode copy.
    let first = COUNT.load(Ordering::Relaxed) == 0;
    ts.tlbc_index = if first || !crate::tlbc::enabled() {
        0
    } else {
        crate::tlbc::POOL.alloc()
    };
    // Copies looked up before the index was known are another thread's.
    ts.units_cache = Default::default();
    ts.specializing = crate::tlbc::enabled();
    if crate::specialize::stats::enabled() {
        ts.stats = Some(crate::specialize::stats::Stats::new());
    }
    let e = Arc::new(ThreadEntry {
        state: AtomicU8::new(DETACHED),
        breaker: ts.breaker.clone(),
        ts: AtomicPtr::new(ts as *mut Thread),
        stack_top: AtomicUsize::new(ts.stack_base),
        stack_base: ts.stack_base,
        ident,
        calls: PendingCalls::default(),
        async_exc: AtomicValue::new(Value::NULL),
        tlbc_index: ts.tlbc_index,
    });
    if crate::modules::thread::is_main_thread() {
        *MAIN.lock() = Some(e.clone());
    }
    REGISTRY.lock().push(e.clone());
    COUNT.fetch_add(1, Ordering::Relaxed);
    CURRENT.with(|c| *c.borrow_mut() = Some(e.clone()));
    attach(&e);
    e
}

/// Detaches and removes the calling thread from the registry.
pub fn unregister() {
    let Some(e) = CURRENT.with(|c| c.borrow_mut().take()) else {
        return;
    };
    detach_entry(&e);
    REGISTRY.lock().retain(|x| !Arc::ptr_eq(x, &e));
    COUNT.fetch_sub(1, Ordering::Relaxed);
    if e.tlbc_index != 0 {
        crate::tlbc::POOL.free(e.tlbc_index);
    }
    let mut main = MAIN.lock();
    if main.as_ref().is_some_and(|m| Arc::ptr_eq(m, &e)) {
        *main = None;
    }
}

/// The main thread's entry while it is registered.
pub fn main_entry() -> Option<Arc<ThreadEntry>> {
    MAIN.lock().clone()
}

/// The registered threads whose ident is `ident`. Waits for the registry
/// detached (a collector holds it while the world is stopped).
pub fn find(ident: u64) -> Vec<Arc<ThreadEntry>> {
    let look = || {
        REGISTRY
            .lock()
            .iter()
            .filter(|e| e.ident == ident)
            .cloned()
            .collect()
    };
    match current() {
        Some(_) => blocking(look),
        None => look(),
    }
}

/// The calling thread's entry, if it is registered.
pub fn current_entry() -> Option<Arc<ThreadEntry>> {
    current()
}

/// The number of registered threads.
pub fn count() -> usize {
    COUNT.load(Ordering::Relaxed)
}

fn current() -> Option<Arc<ThreadEntry>> {
    CURRENT.with(|c| c.borrow().clone())
}

/// The interpreter's GIL around attaching (no-ops without feature `gil`).
struct Gil<'a>(&'a Arc<EvalBreaker>);
impl GilHooks for Gil<'_> {
    fn take(&self) {
        crate::gil::take(self.0);
    }
    fn release(&self) {
        crate::gil::release(false);
    }
}

fn attach(e: &ThreadEntry) {
    WORLD.attach(&e.state, &Gil(&e.breaker));
    crate::tlbc::on_attach();
}

/// Records the stack, publishes DETACHED, drops the GIL (forced switch
/// when yielding on request) and wakes a waiting collector.
fn detach_with(e: &ThreadEntry, sp: usize, force_switch: bool) {
    crate::tlbc::on_detach();
    e.stack_top.store(sp, Ordering::Relaxed);
    WORLD.set_detached(&e.state);
    crate::gil::release(force_switch);
    WORLD.notify();
}

#[inline(never)]
fn detach_entry(e: &ThreadEntry) {
    stack_scan::with_registers_spilled(|sp| detach_with(e, sp, false));
}

/// Runs `f` detached: for blocking calls (sleep, join, lock waits). `f`
/// must not touch the heap or hold `Value`s it obtained inside.
pub fn blocking<R>(f: impl FnOnce() -> R) -> R {
    let Some(e) = current() else { return f() };
    stack_scan::with_registers_spilled(|sp| {
        detach_with(&e, sp, false);
        let r = f();
        attach(&e);
        r
    })
}

/// `PLEASE_STOP` at a safepoint: park until the world restarts.
pub fn park() {
    let Some(e) = current() else { return };
    stack_scan::with_registers_spilled(|sp| {
        e.stack_top.store(sp, Ordering::Relaxed);
        crate::tlbc::on_detach();
        WORLD.park(&e.state, &Gil(&e.breaker));
        crate::tlbc::on_attach();
    });
}

/// Stops every other thread, runs `f` (the collection) with the list of
/// stopped threads, and restarts the world. Called by an attached thread
/// at a safepoint.
pub fn stop_the_world<R>(f: impl FnOnce(&[Arc<ThreadEntry>]) -> R) -> R {
    let me = current();
    // Wait for the collector lock detached: another collector may need us
    // to stop first.
    let guard = match &me {
        Some(_) => blocking(|| STW_LOCK.lock()),
        None => STW_LOCK.lock(),
    };
    let registry = REGISTRY.lock();
    let threads: Vec<Arc<ThreadEntry>> = registry.clone();
    let others: Vec<Arc<ThreadEntry>> = threads
        .iter()
        .filter(|t| me.as_ref().is_none_or(|m| !Arc::ptr_eq(t, m)))
        .cloned()
        .collect();
    let members: Vec<Member<'_>> = others
        .iter()
        .map(|t| Member {
            state: &t.state,
            breaker: &t.breaker,
        })
        .collect();
    WORLD.stop(&members);
    let r = f(&others);
    WORLD.restart(&members);
    drop(members);
    drop(registry);
    drop(guard);
    r
}

/// `GIL_DROP_REQUEST` at a safepoint: drop the GIL so a waiter can run
/// (forced switching), then take it back.
pub fn yield_gil() {
    let Some(e) = current() else { return };
    stack_scan::with_registers_spilled(|sp| {
        detach_with(&e, sp, true);
        attach(&e);
    });
}
