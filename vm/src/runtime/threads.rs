//! Thread registry, attach/detach, and stop-the-world (CPython's
//! `Python/pystate.c`: `_PyThreadState_Attach/Detach/Suspend`,
//! `stop_the_world`).
//!
//! A thread is ATTACHED while it may touch the heap, DETACHED while it
//! blocks (sleep, join, lock waits) and SUSPENDED while the world is stopped.
//! The collector CASes DETACHED threads to SUSPENDED, sets `PLEASE_STOP` on
//! attached ones and waits until every other thread is suspended; a parked
//! or suspended thread re-attaches only after the world restarts. Before a
//! thread stops being ATTACHED it records its stack pointer (callee-saved
//! registers spilled), so the collector scans exactly its live native stack.

use crate::eval_breaker::{EvalBreaker, PLEASE_STOP};
use crate::heap::stack_scan;
use crate::runtime::thread::Thread;
use parking_lot::{Condvar, Mutex};
use std::sync::atomic::{AtomicPtr, AtomicU8, AtomicUsize, Ordering};
use std::sync::Arc;

pub const DETACHED: u8 = 0;
pub const ATTACHED: u8 = 1;
pub const SUSPENDED: u8 = 2;

pub struct ThreadEntry {
    pub state: AtomicU8,
    pub breaker: Arc<EvalBreaker>,
    /// The thread's interpreter state (valid while registered).
    pub ts: AtomicPtr<Thread>,
    /// Lowest live address of the native stack, recorded when not attached.
    pub stack_top: AtomicUsize,
    pub stack_base: usize,
    pub ident: u64,
    /// The thread's TLBC index (0: the main copy), returned to the pool at exit.
    pub tlbc_index: usize,
}

struct World {
    stopped: bool,
}

/// Registered threads. A collector holds this lock for the whole
/// stop-the-world, so no thread can register (and attach unseen) or leave
/// while the world is stopped; registering and leaving happen detached.
static REGISTRY: Mutex<Vec<Arc<ThreadEntry>>> = Mutex::new(Vec::new());
static COUNT: AtomicUsize = AtomicUsize::new(0);
static WORLD: Mutex<World> = Mutex::new(World { stopped: false });
static WORLD_CV: Condvar = Condvar::new();
/// Serialises collectors (held while the world is stopped).
static STW_LOCK: Mutex<()> = Mutex::new(());

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
    let e = Arc::new(ThreadEntry {
        state: AtomicU8::new(DETACHED),
        breaker: ts.breaker.clone(),
        ts: AtomicPtr::new(ts as *mut Thread),
        stack_top: AtomicUsize::new(ts.stack_base),
        stack_base: ts.stack_base,
        ident,
        tlbc_index: ts.tlbc_index,
    });
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
}

/// The number of registered threads.
pub fn count() -> usize {
    COUNT.load(Ordering::Relaxed)
}

fn current() -> Option<Arc<ThreadEntry>> {
    CURRENT.with(|c| c.borrow().clone())
}

fn attach(e: &ThreadEntry) {
    crate::gil::take(&e.breaker);
    loop {
        if e.state
            .compare_exchange(DETACHED, ATTACHED, Ordering::AcqRel, Ordering::Acquire)
            .is_ok()
        {
            crate::tlbc::on_attach();
            return;
        }
        // Suspended by a collector: wait for the world to restart (without
        // the GIL, which the collector's thread may need afterwards).
        crate::gil::release(false);
        let mut w = WORLD.lock();
        while w.stopped && e.state.load(Ordering::Acquire) == SUSPENDED {
            WORLD_CV.wait(&mut w);
        }
        drop(w);
        crate::gil::take(&e.breaker);
    }
}

#[inline(never)]
fn detach_entry(e: &ThreadEntry) {
    crate::tlbc::on_detach();
    stack_scan::with_registers_spilled(|sp| {
        e.stack_top.store(sp, Ordering::Relaxed);
        e.state.store(DETACHED, Ordering::Release);
    });
    crate::gil::release(false);
    let _w = WORLD.lock();
    WORLD_CV.notify_all();
}

/// Runs `f` detached: for blocking calls (sleep, join, lock waits). `f`
/// must not touch the heap or hold `Value`s it obtained inside.
pub fn blocking<R>(f: impl FnOnce() -> R) -> R {
    let Some(e) = current() else { return f() };
    crate::tlbc::on_detach();
    let r = stack_scan::with_registers_spilled(|sp| {
        e.stack_top.store(sp, Ordering::Relaxed);
        e.state.store(DETACHED, Ordering::Release);
        crate::gil::release(false);
        {
            let _w = WORLD.lock();
            WORLD_CV.notify_all();
        }
        let r = f();
        attach(&e);
        r
    });
    r
}

/// `PLEASE_STOP` at a safepoint: park until the world restarts.
pub fn park() {
    let Some(e) = current() else { return };
    crate::tlbc::on_detach();
    stack_scan::with_registers_spilled(|sp| {
        e.stack_top.store(sp, Ordering::Relaxed);
        let mut w = WORLD.lock();
        e.state.store(SUSPENDED, Ordering::Release);
        WORLD_CV.notify_all();
        while w.stopped {
            WORLD_CV.wait(&mut w);
        }
        drop(w);
        // The collector set us DETACHED when it restarted the world.
        attach(&e);
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
    {
        let mut w = WORLD.lock();
        w.stopped = true;
        loop {
            let mut all = true;
            for t in &others {
                match t.state.load(Ordering::Acquire) {
                    SUSPENDED => {}
                    DETACHED => {
                        if t.state
                            .compare_exchange(
                                DETACHED,
                                SUSPENDED,
                                Ordering::AcqRel,
                                Ordering::Acquire,
                            )
                            .is_err()
                        {
                            all = false;
                        }
                    }
                    _ => {
                        t.breaker.set(PLEASE_STOP);
                        all = false;
                    }
                }
            }
            if all {
                break;
            }
            WORLD_CV.wait_for(&mut w, std::time::Duration::from_millis(1));
        }
    }
    let r = f(&others);
    {
        let mut w = WORLD.lock();
        for t in &others {
            t.breaker.clear(PLEASE_STOP);
            t.state.store(DETACHED, Ordering::Release);
        }
        w.stopped = false;
        WORLD_CV.notify_all();
    }
    drop(registry);
    drop(guard);
    r
}

/// `GIL_DROP_REQUEST` at a safepoint: drop the GIL so a waiter can run
/// (forced switching), then take it back.
pub fn yield_gil() {
    let Some(e) = current() else { return };
    stack_scan::with_registers_spilled(|sp| {
        e.stack_top.store(sp, Ordering::Relaxed);
        e.state.store(DETACHED, Ordering::Release);
        crate::gil::release(true);
        {
            let _w = WORLD.lock();
            WORLD_CV.notify_all();
        }
        attach(&e);
    });
}
