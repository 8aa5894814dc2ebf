//! SIGINT: the handler only sets an atomic flag and the main thread's
//! `SIGNALS_PENDING` bit; the main thread raises `KeyboardInterrupt` at its
//! next safepoint (or when a blocking wait notices, see `interrupted`).
//! An uncaught `KeyboardInterrupt` ends the process by SIGINT, so the shell
//! sees status 130, as with CPython.

use crate::eval_breaker::{EvalBreaker, SIGNALS_PENDING};
use std::sync::atomic::{AtomicBool, AtomicPtr, Ordering};

static PENDING: AtomicBool = AtomicBool::new(false);
/// The main thread's eval breaker (leaked `Arc` clone, lives for the process).
static MAIN_BREAKER: AtomicPtr<EvalBreaker> = AtomicPtr::new(std::ptr::null_mut());

extern "C" fn on_sigint(_sig: libc::c_int) {
    PENDING.store(true, Ordering::SeqCst);
    let b = MAIN_BREAKER.load(Ordering::SeqCst);
    if !b.is_null() {
        // SAFETY: `b` comes from a leaked `Arc<EvalBreaker>` (never freed);
        // `set` is one atomic fetch_or, which is async-signal-safe.
        unsafe { (*b).set(SIGNALS_PENDING) };
    }
}

/// Installs the SIGINT handler for the main thread's breaker.
pub fn install(main_breaker: &std::sync::Arc<EvalBreaker>) {
    let leaked = std::sync::Arc::into_raw(main_breaker.clone()) as *mut EvalBreaker;
    MAIN_BREAKER.store(leaked, Ordering::SeqCst);
    // SAFETY: installing a handler that only performs atomic stores (async-
    // signal-safe) through `signal(2)` with a valid function pointer.
    unsafe {
        libc::signal(libc::SIGINT, on_sigint as *const () as libc::sighandler_t);
    }
}

/// Takes a pending SIGINT (main thread only).
pub fn take_pending() -> bool {
    PENDING.swap(false, Ordering::SeqCst)
}

/// Whether a SIGINT is waiting (for blocking waits on the main thread).
pub fn interrupted() -> bool {
    PENDING.load(Ordering::SeqCst)
}

/// Ends the process the way an uncaught SIGINT does (status 130 to the shell).
pub fn die_by_sigint() -> ! {
    crate::builtins::io::flush_stdout();
    // SAFETY: restoring the default disposition and signalling ourselves
    // are plain libc calls with valid arguments.
    unsafe {
        libc::signal(libc::SIGINT, libc::SIG_DFL);
        libc::kill(libc::getpid(), libc::SIGINT);
    }
    std::process::exit(130)
}
