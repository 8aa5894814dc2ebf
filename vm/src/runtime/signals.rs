//! OS signals (the C half of CPython's `Modules/signalmodule.c`).
//!
//! The process-wide C handler only records the signal: it sets the
//! signal's tripped flag, the global `IS_TRIPPED` flag and the main
//! thread's `SIGNALS_PENDING` eval-breaker bit (all atomic stores, async-
//! signal-safe). Whatever thread the OS delivered the signal to, the main
//! thread runs the Python handlers at its next safepoint, or when a sleep
//! or lock wait of it notices the bit (`modules::signal::run_handlers`).
//! SIGINT starts with the handler installed and `default_int_handler`
//! (KeyboardInterrupt) as its Python handler. An uncaught
//! `KeyboardInterrupt` ends the process by SIGINT, so the shell sees
//! status 130, as with CPython.

use crate::eval_breaker::{EvalBreaker, SIGNALS_PENDING};
use std::sync::atomic::{AtomicBool, AtomicPtr, Ordering};

/// `signal.NSIG` on Linux: valid signal numbers are `1..NSIG`.
pub const NSIG: usize = 65;

static TRIPPED: [AtomicBool; NSIG] = [const { AtomicBool::new(false) }; NSIG];
static IS_TRIPPED: AtomicBool = AtomicBool::new(false);
/// The main thread's eval breaker (leaked `Arc` clone, lives for the process).
static MAIN_BREAKER: AtomicPtr<EvalBreaker> = AtomicPtr::new(std::ptr::null_mut());

/// Records `sig` and wakes the main thread's eval breaker. Called from the
/// C handler, so it only performs atomic stores.
pub fn trip(sig: usize) {
    if sig == 0 || sig >= NSIG {
        return;
    }
    TRIPPED[sig].store(true, Ordering::SeqCst);
    retrip();
}

/// Sets the global flag and the main breaker's bit again (after a handler
/// raised with other signals still tripped).
pub fn retrip() {
    IS_TRIPPED.store(true, Ordering::SeqCst);
    let b = MAIN_BREAKER.load(Ordering::SeqCst);
    if !b.is_null() {
        // SAFETY: `b` comes from a leaked `Arc<EvalBreaker>` (never freed);
        // `set` is one atomic fetch_or, which is async-signal-safe.
        unsafe { (*b).set(SIGNALS_PENDING) };
    }
}

extern "C" fn on_signal(sig: libc::c_int) {
    trip(sig as usize);
}

/// Records the main thread's breaker and installs the C handler for SIGINT.
pub fn install(main_breaker: &std::sync::Arc<EvalBreaker>) {
    let leaked = std::sync::Arc::into_raw(main_breaker.clone()) as *mut EvalBreaker;
    MAIN_BREAKER.store(leaked, Ordering::SeqCst);
    let _ = set_disposition(libc::SIGINT as usize, Disposition::Handler);
}

/// What the OS does on a signal.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Disposition {
    Default,
    Ignore,
    /// Our C handler (a Python handler runs later in the main thread).
    Handler,
    /// Some other handler installed before we started.
    Other,
}

/// Installs `d` for `sig` with `sigaction`; Err(errno) when the OS refuses
/// (SIGKILL, SIGSTOP, out of range).
pub fn set_disposition(sig: usize, d: Disposition) -> Result<(), i32> {
    let handler = match d {
        Disposition::Default => libc::SIG_DFL,
        Disposition::Ignore => libc::SIG_IGN,
        Disposition::Handler | Disposition::Other => on_signal as *const () as libc::sighandler_t,
    };
    // SAFETY: `act` is a zeroed (valid) sigaction with a valid handler and
    // an initialised mask; the handler only performs atomic stores.
    let rc = unsafe {
        let mut act: libc::sigaction = std::mem::zeroed();
        act.sa_sigaction = handler;
        act.sa_flags = libc::SA_ONSTACK | libc::SA_RESTART;
        libc::sigemptyset(&mut act.sa_mask);
        libc::sigaction(sig as libc::c_int, &act, std::ptr::null_mut())
    };
    if rc == 0 {
        Ok(())
    } else {
        Err(std::io::Error::last_os_error().raw_os_error().unwrap_or(22))
    }
}

/// The current disposition of `sig` (None for an invalid number).
pub fn disposition(sig: usize) -> Option<Disposition> {
    // SAFETY: querying with a null new action only writes `old`.
    let (rc, old) = unsafe {
        let mut old: libc::sigaction = std::mem::zeroed();
        let rc = libc::sigaction(sig as libc::c_int, std::ptr::null(), &mut old);
        (rc, old.sa_sigaction)
    };
    if rc != 0 {
        return None;
    }
    Some(if old == libc::SIG_DFL {
        Disposition::Default
    } else if old == libc::SIG_IGN {
        Disposition::Ignore
    } else if old == on_signal as *const () as libc::sighandler_t {
        Disposition::Handler
    } else {
        Disposition::Other
    })
}

/// Whether any signal is waiting for its Python handler.
pub fn interrupted() -> bool {
    IS_TRIPPED.load(Ordering::SeqCst)
}

/// Takes the global flag (the main thread is about to run the handlers).
pub fn take_any() -> bool {
    IS_TRIPPED.swap(false, Ordering::SeqCst)
}

/// Takes `sig`'s tripped flag.
pub fn take(sig: usize) -> bool {
    TRIPPED[sig].swap(false, Ordering::SeqCst)
}

/// `raise(3)`: delivers `sig` to the calling thread; Err(errno) on failure.
pub fn raise(sig: i32) -> Result<(), i32> {
    // SAFETY: `raise` is a plain libc call with an integer argument.
    if unsafe { libc::raise(sig) } == 0 {
        Ok(())
    } else {
        Err(std::io::Error::last_os_error().raw_os_error().unwrap_or(22))
    }
}

/// `alarm(2)`: schedules SIGALRM; returns the seconds left of the previous one.
pub fn alarm(seconds: u32) -> u32 {
    // SAFETY: `alarm` is a plain libc call with an integer argument.
    unsafe { libc::alarm(seconds) }
}

/// `strsignal(3)`, None for numbers the C library does not know.
pub fn strsignal(sig: usize) -> Option<String> {
    // SAFETY: `strsignal` returns null or a NUL-terminated string: a static
    // one, or for unknown numbers glibc's thread-local buffer, valid until
    // this thread's next call; we copy it at once.
    let s = unsafe {
        let p = libc::strsignal(sig as libc::c_int);
        if p.is_null() {
            return None;
        }
        std::ffi::CStr::from_ptr(p).to_string_lossy().into_owned()
    };
    (!s.starts_with("Unknown signal")).then_some(s)
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
