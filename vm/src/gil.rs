//! The GIL (cargo feature `gil`), with CPython's drop-request protocol
//! (`Python/ceval_gil.c`: `take_gil`, `drop_gil`, FORCE_SWITCHING):
//!
//! * A thread waiting for the GIL waits at most the switch interval (5 ms by
//!   default, `sys.setswitchinterval`); if the holder has not changed in that
//!   time it sets `GIL_DROP_REQUEST` on the holder's eval breaker.
//! * The holder sees the request at its next eval-breaker poll and drops the
//!   GIL; with forced switching it then waits until another thread has taken
//!   it (the switch number changed) before trying to take it back.
//! * The new holder clears the drop request on its own breaker.
//!
//! Without the feature Weft is free-threaded and `take`/`drop` are no-ops.
//! Attaching a thread takes the GIL; detaching drops it (`runtime::threads`).

use crate::atomics::sync::{AtomicU64, Condvar, Mutex, MutexGuard, Ordering};
use crate::eval_breaker::{EvalBreaker, GIL_DROP_REQUEST};
use std::sync::Arc;
use std::time::Duration;

/// `sys.getswitchinterval()` in microseconds (CPython's default 5 ms).
static SWITCH_INTERVAL_US: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(5000);

/// `sys._is_gil_enabled()`.
pub const fn is_enabled() -> bool {
    cfg!(feature = "gil")
}

pub fn switch_interval() -> f64 {
    SWITCH_INTERVAL_US.load(std::sync::atomic::Ordering::Relaxed) as f64 / 1e6
}

pub fn set_switch_interval(seconds: f64) {
    SWITCH_INTERVAL_US.store(
        (seconds * 1e6).max(1.0) as u64,
        std::sync::atomic::Ordering::Relaxed,
    );
}

struct State {
    locked: bool,
    /// The holder's eval breaker (for drop requests).
    holder: Option<Arc<EvalBreaker>>,
}

/// The lock itself; one per interpreter.
pub struct Gil {
    state: Mutex<State>,
    /// Signalled when the GIL is released.
    cond: Condvar,
    /// Signalled when a thread takes the GIL (forced switching).
    switch_cond: Condvar,
    /// Incremented on every take: lets a waiter tell "nobody took it".
    switch_number: AtomicU64,
    /// loom cannot time a wait out: the model gives the lock a budget of
    /// waits that time out at once (the others wait for a notify).
    #[cfg(weft_loom)]
    loom_timeouts: std::sync::atomic::AtomicUsize,
}

impl Default for Gil {
    fn default() -> Self {
        Self::new()
    }
}

impl Gil {
    pub fn new() -> Gil {
        Gil {
            state: Mutex::new(State {
                locked: false,
                holder: None,
            }),
            cond: Condvar::new(),
            switch_cond: Condvar::new(),
            switch_number: AtomicU64::new(0),
            #[cfg(weft_loom)]
            loom_timeouts: std::sync::atomic::AtomicUsize::new(0),
        }
    }

    /// A lock whose first `timeouts` interval waits time out (loom models).
    #[cfg(weft_loom)]
    pub fn with_timeouts(timeouts: usize) -> Gil {
        let g = Gil::new();
        g.loom_timeouts
            .store(timeouts, std::sync::atomic::Ordering::Relaxed);
        g
    }

    /// One wait of at most `interval` for the GIL; true when it timed out.
    fn wait_interval<'a>(
        &'a self,
        st: MutexGuard<'a, State>,
        interval: Duration,
    ) -> (MutexGuard<'a, State>, bool) {
        #[cfg(not(weft_loom))]
        {
            let (s, t) = self.cond.wait_timeout(st, interval).expect("gil mutex");
            (s, t.timed_out())
        }
        #[cfg(weft_loom)]
        {
            let _ = interval;
            let left = &self.loom_timeouts;
            let r = left.fetch_update(
                std::sync::atomic::Ordering::Relaxed,
                std::sync::atomic::Ordering::Relaxed,
                |n| n.checked_sub(1),
            );
            if r.is_ok() {
                // A wait that times out before any notify: unlock, relock.
                drop(st);
                (self.state.lock().expect("gil mutex"), true)
            } else {
                (self.cond.wait(st).expect("gil mutex"), false)
            }
        }
    }

    /// `take_gil`: waits for the GIL, asking the holder to drop it after
    /// each switch interval that passes without a switch.
    pub fn take(&self, me: &Arc<EvalBreaker>, interval: Duration) {
        let mut st = self.state.lock().expect("gil mutex");
        while st.locked {
            let saved = self.switch_number.load(Ordering::Relaxed);
            let (s, timed_out) = self.wait_interval(st, interval);
            st = s;
            if timed_out && st.locked && self.switch_number.load(Ordering::Relaxed) == saved {
                if let Some(h) = &st.holder {
                    h.set(GIL_DROP_REQUEST);
                }
            }
        }
        st.locked = true;
        st.holder = Some(me.clone());
        self.switch_number.fetch_add(1, Ordering::Relaxed);
        // Forced switching: wake a dropper waiting for someone to take it.
        self.switch_cond.notify_all();
        drop(st);
        // The request, if any, was meant for the previous holder.
        me.clear(GIL_DROP_REQUEST);
    }

    /// `drop_gil`. With `force_switch` (dropping on request) the caller waits
    /// until another thread has taken the GIL, so it cannot win it back at
    /// once and starve the waiter.
    pub fn drop_gil(&self, force_switch: bool) {
        let mut st = self.state.lock().expect("gil mutex");
        st.locked = false;
        st.holder = None;
        let before = self.switch_number.load(Ordering::Relaxed);
        self.cond.notify_one();
        if force_switch {
            while self.switch_number.load(Ordering::Relaxed) == before && !st.locked {
                st = self.switch_cond.wait(st).expect("gil mutex");
            }
        }
    }
}

#[cfg(feature = "gil")]
static GIL: std::sync::OnceLock<Gil> = std::sync::OnceLock::new();

/// Takes the interpreter's GIL for the calling thread (no-op without `gil`).
pub fn take(me: &Arc<EvalBreaker>) {
    #[cfg(feature = "gil")]
    GIL.get_or_init(Gil::new)
        .take(me, Duration::from_secs_f64(switch_interval()));
    #[cfg(not(feature = "gil"))]
    let _ = me;
}

/// Drops the interpreter's GIL (no-op without `gil`).
pub fn release(force_switch: bool) {
    #[cfg(feature = "gil")]
    GIL.get_or_init(Gil::new).drop_gil(force_switch);
    #[cfg(not(feature = "gil"))]
    let _ = force_switch;
}
