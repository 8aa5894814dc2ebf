//! The `signal` module (CPython's `Modules/signalmodule.c` plus the
//! `signal.py` wrapper, without the IntEnum classes: `SIG_DFL`, `SIG_IGN`
//! and the `SIG*` numbers are plain ints, which print as CPython 3.11's
//! IntEnums do under `print`/`str`, but not under `repr`).
//!
//! Python handlers are kept in `HANDLERS`, one per signal number; the C
//! handler of `runtime::signals` only trips a flag, and the main thread
//! calls the Python handler at its next safepoint (`run_handlers`, from the
//! `SIGNALS_PENDING` branch of `runtime::pending`). Handlers receive
//! `(signum, None)`: Weft has no frame objects.

use crate::builtins::args::check;
use crate::objects::builtin_fn::{new_builtin, KwArgs};
use crate::protocol::call::is_callable;
use crate::protocol::dict::dict_set_str;
use crate::runtime::errors::{type_error, value_error, PyErr};
use crate::runtime::intern::intern;
use crate::runtime::signals::{self, Disposition, NSIG};
use crate::runtime::thread::Thread;
use crate::runtime::types::{type_name, types};
use crate::runtime::PyResult;
use crate::value::Value;
use parking_lot::Mutex;
use std::sync::OnceLock;

pub const SIG_DFL: i64 = 0;
pub const SIG_IGN: i64 = 1;

/// The Python handler of each signal: a callable, `SIG_DFL`, `SIG_IGN`, or
/// None (installed outside Python). Empty until first used.
static HANDLERS: Mutex<Vec<Value>> = Mutex::new(Vec::new());
static DEFAULT_INT_HANDLER: OnceLock<Value> = OnceLock::new();

const SIGNAL_NAMES: &[(&str, i32)] = &[
    ("SIGHUP", libc::SIGHUP),
    ("SIGINT", libc::SIGINT),
    ("SIGQUIT", libc::SIGQUIT),
    ("SIGILL", libc::SIGILL),
    ("SIGTRAP", libc::SIGTRAP),
    ("SIGABRT", libc::SIGABRT),
    ("SIGIOT", libc::SIGIOT),
    ("SIGBUS", libc::SIGBUS),
    ("SIGFPE", libc::SIGFPE),
    ("SIGKILL", libc::SIGKILL),
    ("SIGUSR1", libc::SIGUSR1),
    ("SIGSEGV", libc::SIGSEGV),
    ("SIGUSR2", libc::SIGUSR2),
    ("SIGPIPE", libc::SIGPIPE),
    ("SIGALRM", libc::SIGALRM),
    ("SIGTERM", libc::SIGTERM),
    ("SIGSTKFLT", libc::SIGSTKFLT),
    ("SIGCHLD", libc::SIGCHLD),
    ("SIGCONT", libc::SIGCONT),
    ("SIGSTOP", libc::SIGSTOP),
    ("SIGTSTP", libc::SIGTSTP),
    ("SIGTTIN", libc::SIGTTIN),
    ("SIGTTOU", libc::SIGTTOU),
    ("SIGURG", libc::SIGURG),
    ("SIGXCPU", libc::SIGXCPU),
    ("SIGXFSZ", libc::SIGXFSZ),
    ("SIGVTALRM", libc::SIGVTALRM),
    ("SIGPROF", libc::SIGPROF),
    ("SIGWINCH", libc::SIGWINCH),
    ("SIGIO", libc::SIGIO),
    ("SIGPOLL", libc::SIGPOLL),
    ("SIGPWR", libc::SIGPWR),
    ("SIGSYS", libc::SIGSYS),
    ("SIGRTMIN", 34),
    ("SIGRTMAX", 64),
];

pub fn create(_ts: &mut Thread) -> PyResult<Value> {
    let (m, d) = crate::runtime::import::new_registered_module("signal", None);
    for &(name, num) in SIGNAL_NAMES {
        dict_set_str(d, intern(name), Value::small_int(num as i64));
    }
    for (name, v) in [
        ("SIG_DFL", SIG_DFL),
        ("SIG_IGN", SIG_IGN),
        ("NSIG", NSIG as i64),
        ("SIG_BLOCK", libc::SIG_BLOCK as i64),
        ("SIG_UNBLOCK", libc::SIG_UNBLOCK as i64),
        ("SIG_SETMASK", libc::SIG_SETMASK as i64),
    ] {
        dict_set_str(d, intern(name), Value::small_int(v));
    }
    dict_set_str(d, intern("default_int_handler"), default_int_handler());
    // Record the dispositions the process started with.
    with_handlers(|_| ());
    super::add_functions(
        d,
        "signal",
        &[
            ("signal", signal),
            ("getsignal", getsignal),
            ("raise_signal", raise_signal),
            ("alarm", alarm),
            ("strsignal", strsignal),
            ("valid_signals", valid_signals),
        ],
    );
    Ok(m.value())
}

fn default_int_handler() -> Value {
    *DEFAULT_INT_HANDLER.get_or_init(|| {
        let f = new_builtin(
            "default_int_handler",
            raise_keyboard_interrupt,
            intern("_signal"),
        );
        crate::runtime::globals::add_permanent(f);
        f
    })
}

fn raise_keyboard_interrupt(_ts: &mut Thread, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Err(PyErr::empty(types().keyboard_interrupt))
}

/// Runs `f` on the handler table, filled on first use from the OS
/// dispositions (SIGINT: `default_int_handler`), as CPython's module init.
fn with_handlers<R>(f: impl FnOnce(&mut Vec<Value>) -> R) -> R {
    let dih = default_int_handler();
    let mut h = HANDLERS.lock();
    if h.is_empty() {
        h.push(Value::NONE);
        for sig in 1..NSIG {
            h.push(match signals::disposition(sig) {
                _ if sig == libc::SIGINT as usize => dih,
                Some(Disposition::Default) => Value::small_int(SIG_DFL),
                Some(Disposition::Ignore) => Value::small_int(SIG_IGN),
                _ => Value::NONE,
            });
        }
    }
    f(&mut h)
}

/// The handlers are GC roots (called by the collector, world stopped).
pub fn trace(t: &mut crate::heap::Tracer) {
    let h = t.peek(&HANDLERS);
    t.values(h);
}

/// `_PyErr_CheckSignals`: calls the Python handler of every tripped signal
/// (main thread, after `SIGNALS_PENDING` was taken). A handler's exception
/// propagates; the signals not yet handled stay tripped.
pub fn run_handlers(ts: &mut Thread) -> PyResult<()> {
    if !signals::take_any() {
        return Ok(());
    }
    for sig in 1..NSIG {
        if !signals::take(sig) {
            continue;
        }
        let h = with_handlers(|h| h[sig]);
        if !is_callable(h) {
            continue;
        }
        let r = crate::protocol::call(ts, h, &[Value::small_int(sig as i64), Value::NONE], &[]);
        crate::heap::keep_alive(&h);
        if let Err(e) = r {
            signals::retrip();
            return Err(e);
        }
    }
    Ok(())
}

fn int_arg(v: Value) -> PyResult<i64> {
    v.as_i64().ok_or_else(|| {
        type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(v)
        ))
    })
}

fn signum_arg(v: Value) -> PyResult<usize> {
    let n = int_arg(v)?;
    if n < 1 || n >= NSIG as i64 {
        return Err(value_error("signal number out of range"));
    }
    Ok(n as usize)
}

fn os_error(errno: i32) -> PyErr {
    crate::modules::os_core::io_err(std::io::Error::from_raw_os_error(errno), None)
}

fn signal(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check("signal", args, kw, 2, 2)?;
    if !crate::modules::thread::is_main_thread() {
        return Err(value_error(
            "signal only works in main thread of the main interpreter",
        ));
    }
    let sig = signum_arg(args[0])?;
    let handler = args[1];
    let disp = match handler.as_i64().filter(|_| handler.is_int()) {
        Some(SIG_IGN) => Disposition::Ignore,
        Some(SIG_DFL) => Disposition::Default,
        _ if is_callable(handler) => Disposition::Handler,
        _ => {
            return Err(type_error(
                "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object",
            ))
        }
    };
    // As CPython: handle the signals already tripped before replacing.
    run_handlers(ts)?;
    signals::set_disposition(sig, disp).map_err(os_error)?;
    Ok(with_handlers(|h| std::mem::replace(&mut h[sig], handler)))
}

fn getsignal(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check("getsignal", args, kw, 1, 1)?;
    let sig = signum_arg(args[0])?;
    Ok(with_handlers(|h| h[sig]))
}

fn raise_signal(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check("raise_signal", args, kw, 1, 1)?;
    // As CPython: no range check; raise(3) reports EINVAL.
    let sig = int_arg(args[0])?;
    let sig = i32::try_from(sig).map_err(|_| os_error(libc::EINVAL))?;
    signals::raise(sig).map_err(os_error)?;
    // As CPython: run the handlers now (the signal was delivered to us).
    if crate::modules::thread::is_main_thread() {
        ts.breaker.clear(crate::eval_breaker::SIGNALS_PENDING);
        run_handlers(ts)?;
    }
    Ok(Value::NONE)
}

fn alarm(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check("alarm", args, kw, 1, 1)?;
    let secs = int_arg(args[0])?;
    let secs = u32::try_from(secs).map_err(|_| {
        crate::runtime::errors::overflow_error("signed integer is greater than maximum")
    })?;
    Ok(Value::small_int(signals::alarm(secs) as i64))
}

fn strsignal(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check("strsignal", args, kw, 1, 1)?;
    let sig = signum_arg(args[0])?;
    Ok(match signals::strsignal(sig) {
        Some(s) => crate::objects::str::new_str(s),
        None => Value::NONE,
    })
}

fn valid_signals(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check("valid_signals", args, kw, 0, 0)?;
    let s = crate::objects::set::new_set(false);
    // glibc reserves 32 and 33 for its threads implementation.
    for sig in (1..NSIG as i64).filter(|&n| n != 32 && n != 33) {
        crate::protocol::set::set_add(ts, s, Value::small_int(sig))?;
    }
    Ok(s.value())
}
