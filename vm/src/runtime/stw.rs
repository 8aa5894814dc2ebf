//! The stop-the-world protocol state machine (CPython's `Python/pystate.c`:
//! `tstate_set_detached`, `_PyThreadState_Attach`, `stop_the_world`,
//! `start_the_world`), on the `atomics::sync` primitives so the loom model
//! in `loom-tests/` checks exactly this code. `runtime::threads` wraps it
//! with the registry, the GIL and stack-pointer recording.
//!
//! A thread's state is DETACHED, ATTACHED or SUSPENDED:
//! * attach: CAS DETACHED → ATTACHED; if the thread was SUSPENDED by a
//!   collector, wait (with the GIL dropped) until the world restarts.
//! * detach: store DETACHED, then notify the collector under the world lock.
//! * park (at a safepoint, on `PLEASE_STOP`): SUSPENDED under the world
//!   lock, notify, wait for the restart, attach.
//! * stop: under the world lock, set `stopped`, CAS DETACHED threads to
//!   SUSPENDED, set `PLEASE_STOP` on ATTACHED ones, wait until every one is
//!   SUSPENDED. Every state change a collector waits for is followed by a
//!   notify under the lock, so no wakeup is lost (the real build still waits
//!   in 1 ms slices; loom's timed wait never times out, so the model proves
//!   the protocol does not need them).
//! * restart: clear `PLEASE_STOP`, set every stopped thread DETACHED, clear
//!   `stopped` and notify, under the world lock.

use crate::atomics::sync::{AtomicU8, Condvar, Mutex, Ordering};
use crate::eval_breaker::{EvalBreaker, PLEASE_STOP};
use std::time::Duration;

pub const DETACHED: u8 = 0;
pub const ATTACHED: u8 = 1;
pub const SUSPENDED: u8 = 2;

/// One thread as the protocol sees it.
pub struct Member<'a> {
    pub state: &'a AtomicU8,
    pub breaker: &'a EvalBreaker,
}

/// The GIL calls around attaching (no-ops for free threading and loom).
pub trait GilHooks {
    fn take(&self);
    fn release(&self);
}

/// No GIL.
pub struct NoGil;
impl GilHooks for NoGil {
    fn take(&self) {}
    fn release(&self) {}
}

pub struct World {
    stopped: Mutex<bool>,
    cv: Condvar,
}

impl Default for World {
    fn default() -> Self {
        Self::new()
    }
}

impl World {
    pub fn new() -> World {
        World {
            stopped: Mutex::new(false),
            cv: Condvar::new(),
        }
    }

    /// Makes the calling thread ATTACHED, waiting while it is suspended.
    pub fn attach(&self, state: &AtomicU8, gil: &impl GilHooks) {
        gil.take();
        loop {
            if state
                .compare_exchange(DETACHED, ATTACHED, Ordering::AcqRel, Ordering::Acquire)
                .is_ok()
            {
                return;
            }
            // Suspended by a collector: wait for the world to restart
            // (without the GIL, which the collector's thread may need).
            gil.release();
            let mut stopped = self.stopped.lock().expect("world lock");
            while *stopped && state.load(Ordering::Acquire) == SUSPENDED {
                stopped = self.cv.wait(stopped).expect("world lock");
            }
            drop(stopped);
            gil.take();
        }
    }

    /// Publishes DETACHED (the caller recorded its stack first).
    pub fn set_detached(&self, state: &AtomicU8) {
        state.store(DETACHED, Ordering::Release);
    }

    /// Wakes a collector waiting for threads to stop (after `set_detached`
    /// and the GIL release).
    pub fn notify(&self) {
        let _g = self.stopped.lock().expect("world lock");
        self.cv.notify_all();
    }

    /// `PLEASE_STOP` at a safepoint: suspend until the world restarts, then
    /// attach again.
    pub fn park(&self, state: &AtomicU8, gil: &impl GilHooks) {
        let mut stopped = self.stopped.lock().expect("world lock");
        state.store(SUSPENDED, Ordering::Release);
        self.cv.notify_all();
        while *stopped {
            stopped = self.cv.wait(stopped).expect("world lock");
        }
        drop(stopped);
        // The collector set us DETACHED when it restarted the world.
        self.attach(state, gil);
    }

    /// Stops every thread of `others`: returns when all are SUSPENDED.
    pub fn stop(&self, others: &[Member<'_>]) {
        let mut stopped = self.stopped.lock().expect("world lock");
        *stopped = true;
        loop {
            let mut all = true;
            for t in others {
                let mut state = t.state.load(Ordering::Acquire);
                if state == DETACHED {
                    // A failed CAS means the thread attached meanwhile: ask
                    // it to stop now rather than after the next wakeup.
                    state = match t.state.compare_exchange(
                        DETACHED,
                        SUSPENDED,
                        Ordering::AcqRel,
                        Ordering::Acquire,
                    ) {
                        Ok(_) => SUSPENDED,
                        Err(now) => now,
                    };
                }
                if state != SUSPENDED {
                    t.breaker.set(PLEASE_STOP);
                    all = false;
                }
            }
            if all {
                return;
            }
            stopped = self
                .cv
                .wait_timeout(stopped, Duration::from_millis(1))
                .expect("world lock")
                .0;
        }
    }

    /// Restarts the threads stopped by `stop`.
    pub fn restart(&self, others: &[Member<'_>]) {
        let mut stopped = self.stopped.lock().expect("world lock");
        for t in others {
            t.breaker.clear(PLEASE_STOP);
            t.state.store(DETACHED, Ordering::Release);
        }
        *stopped = false;
        self.cv.notify_all();
    }
}
