//! The `_thread` module: OS threads running Python callables, locks, and
//! thread identity. `threading` (Python, in `modules/python/`) builds on it.

use crate::builtins::args::{arg_or_kw, check};
use crate::object::Gc;
use crate::object::Kind;
use crate::objects::builtin_fn::KwArgs;
use crate::objects::native::{new_native, NativeData};
use crate::objects::typeobj::TypeObj;
use crate::protocol::dict::dict_set_str;
use crate::runtime::errors::{runtime_error, type_error, value_error};
use crate::runtime::intern::intern;
use crate::runtime::thread::Thread;
use crate::runtime::threads;
use crate::runtime::types::{type_name, types};
use crate::runtime::PyResult;
use crate::value::Value;
use parking_lot::{Condvar, Mutex};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

static NEXT_IDENT: AtomicU64 = AtomicU64::new(1);
static LOCK_TYPE: OnceLock<Gc<TypeObj>> = OnceLock::new();

thread_local! {
    static IDENT: u64 = NEXT_IDENT.fetch_add(1, Ordering::Relaxed);
}

/// This OS thread's `get_ident()`.
pub fn ident() -> u64 {
    IDENT.with(|i| *i) + 0x7f00_0000_0000
}

pub const TIMEOUT_MAX: f64 = 9223372036.0;

pub fn create(_ts: &mut Thread) -> PyResult<Value> {
    let (m, d) = crate::runtime::import::new_registered_module("_thread", None);
    let lock_type = lock_type();
    dict_set_str(d, intern("LockType"), lock_type.value());
    dict_set_str(d, intern("TIMEOUT_MAX"), Value::float(TIMEOUT_MAX));
    dict_set_str(d, intern("error"), types().runtime_error.value());
    super::add_functions(
        d,
        "_thread",
        &[
            ("start_new_thread", start_new_thread),
            ("allocate_lock", allocate_lock),
            ("get_ident", get_ident),
            ("get_native_id", get_ident),
            ("_count", count),
            ("stack_size", stack_size),
            ("_print_exception", print_exception),
        ],
    );
    super::add_functions(d, "_thread", super::thread_events::FUNCTIONS);
    Ok(m.value())
}

/// A Python `Lock`: released by any thread, waits detached.
pub struct PyLock {
    locked: Mutex<bool>,
    cv: Condvar,
}

impl NativeData for PyLock {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// How a blocking acquire attempt ended.
#[derive(PartialEq, Eq)]
pub enum Acquired {
    Yes,
    /// Not acquired (non-blocking, or the deadline passed).
    No,
    /// An eval-breaker event (signal, pending call, async exception) needs
    /// the waiter: run `handle_pending` and retry.
    Woken,
}

impl PyLock {
    /// Acquires, waiting until `deadline` (None: forever); the wait
    /// detaches and returns early with `Woken` when `breaker` gets an event
    /// a blocked thread must handle (`pending::should_wake`).
    pub fn acquire(
        &self,
        blocking: bool,
        deadline: Option<Instant>,
        breaker: &crate::eval_breaker::EvalBreaker,
    ) -> Acquired {
        {
            let mut l = self.locked.lock();
            if !*l {
                *l = true;
                return Acquired::Yes;
            }
        }
        if !blocking {
            return Acquired::No;
        }
        threads::blocking(|| {
            let mut l = self.locked.lock();
            while *l {
                // Wake up periodically to notice events (CPython's lock
                // waits are interrupted by signals).
                if crate::runtime::pending::should_wake(breaker) {
                    return Acquired::Woken;
                }
                let slice = Instant::now() + Duration::from_millis(20);
                let until = deadline.map_or(slice, |d| d.min(slice));
                if self.cv.wait_until(&mut l, until).timed_out()
                    && *l
                    && deadline.is_some_and(|d| Instant::now() >= d)
                {
                    return Acquired::No;
                }
            }
            *l = true;
            Acquired::Yes
        })
    }
    pub fn release(&self) -> bool {
        let mut l = self.locked.lock();
        if !*l {
            return false;
        }
        *l = false;
        self.cv.notify_one();
        true
    }
}

fn lock_type() -> Gc<TypeObj> {
    *LOCK_TYPE.get_or_init(|| {
        crate::builtins::new_builtin_type(
            "lock",
            "_thread",
            Kind::Native,
            types().object,
            &[
                ("acquire", lock_acquire),
                ("release", lock_release),
                ("locked", lock_locked),
                ("__enter__", lock_acquire),
                ("__exit__", lock_exit),
                ("acquire_lock", lock_acquire),
                ("release_lock", lock_release),
            ],
        )
    })
}

fn this_lock(v: Value) -> PyResult<&'static PyLock> {
    v.as_native::<PyLock>().ok_or_else(|| {
        type_error(format!(
            "descriptor requires a 'lock' object but received '{}'",
            type_name(v)
        ))
    })
}

fn allocate_lock(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check("allocate_lock", args, kw, 0, 0)?;
    Ok(new_native(
        lock_type(),
        PyLock {
            locked: Mutex::new(false),
            cv: Condvar::new(),
        },
    ))
}

/// `acquire(blocking=True, timeout=-1)` arguments as (blocking, timeout).
pub fn acquire_args(
    ts: &mut Thread,
    args: &[Value],
    kw: KwArgs,
) -> PyResult<(bool, Option<Duration>)> {
    let blocking = match arg_or_kw(args, kw, 0, "blocking") {
        Some(b) => crate::protocol::truthy(ts, b)?,
        None => true,
    };
    let timeout = match arg_or_kw(args, kw, 1, "timeout") {
        Some(t) => crate::modules::math::to_f64(ts, t)?,
        None => -1.0,
    };
    if !blocking && timeout != -1.0 {
        return Err(value_error(
            "can't specify a timeout for a non-blocking call",
        ));
    }
    if timeout < 0.0 && timeout != -1.0 {
        return Err(value_error("timeout value must be a non-negative number"));
    }
    Ok((
        blocking,
        (timeout >= 0.0).then(|| Duration::from_secs_f64(timeout.min(TIMEOUT_MAX))),
    ))
}

fn lock_acquire(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let l = this_lock(args[0])?;
    let (blocking, timeout) = acquire_args(ts, &args[1..], kw)?;
    let deadline = timeout.map(|t| Instant::now() + t);
    let breaker = ts.breaker.clone();
    loop {
        match l.acquire(blocking, deadline, &breaker) {
            Acquired::Yes => return Ok(Value::TRUE),
            Acquired::No => return Ok(Value::FALSE),
            // A signal handler, pending call or async exception: run it
            // (it may raise), then go on waiting, as CPython.
            Acquired::Woken => crate::runtime::pending::handle_pending(ts)?,
        }
    }
}

fn lock_release(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    if !this_lock(args[0])?.release() {
        return Err(runtime_error("release unlocked lock"));
    }
    Ok(Value::NONE)
}

fn lock_exit(ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    lock_release(ts, &args[..1], &[])
}

fn lock_locked(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::from_bool(*this_lock(args[0])?.locked.lock()))
}

fn get_ident(_ts: &mut Thread, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(crate::objects::int::int_from_i64(ident() as i64))
}

fn count(_ts: &mut Thread, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::small_int(threads::count().saturating_sub(1) as i64))
}

fn stack_size(_ts: &mut Thread, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::small_int(0))
}

fn print_exception(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check("_print_exception", args, kw, 1, 1)?;
    let text = crate::runtime::traceback::format_exception(ts, args[0]);
    crate::builtins::io::write_stderr(&text);
    Ok(Value::NONE)
}

/// Payload moved into a new thread: the callable and its arguments (plain
/// words; the spawner keeps them rooted until the thread has registered).
struct Start {
    func: Value,
    args: Value,
    kwargs: Value,
}

// SAFETY-free: `Value` is a plain word; liveness is handled by the
// handshake in `start_new_thread`.
fn start_new_thread(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check("start_new_thread", args, kw, 2, 3)?;
    if !crate::protocol::call::is_callable(args[0]) {
        return Err(type_error("first arg must be callable"));
    }
    if args[1].as_tuple().is_none() {
        return Err(type_error("2nd arg must be a tuple"));
    }
    let start = Start {
        func: args[0],
        args: args[1],
        kwargs: args.get(2).copied().unwrap_or(Value::NULL),
    };
    let (tx, rx) = std::sync::mpsc::channel::<u64>();
    // From now on object operations lock (`atomics/obj_lock.rs`).
    crate::atomics::obj_lock::enter_multi_threaded();
    let spawned = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || {
            let base = crate::heap::stack_scan::approximate_sp();
            thread_main(base, start, tx);
        });
    if spawned.is_err() {
        return Err(runtime_error("can't start new thread"));
    }
    // Keep the callable and arguments rooted (on this stack) until the new
    // thread has registered and holds them itself.
    let started = threads::blocking(|| rx.recv());
    crate::heap::keep_alive(&args);
    let _ = ts;
    match started {
        Ok(id) => Ok(crate::objects::int::int_from_i64(id as i64)),
        Err(_) => Err(runtime_error("can't start new thread")),
    }
}

#[inline(never)]
fn thread_main(base: usize, start: Start, started: std::sync::mpsc::Sender<u64>) {
    let mut ts = Thread::new(base);
    threads::register(&mut ts, ident());
    run_thread(&mut ts, start, started);
    crate::specialize::stats::merge(ts.stats.take());
    threads::unregister();
}

#[inline(never)]
fn run_thread(ts: &mut Thread, start: Start, started: std::sync::mpsc::Sender<u64>) {
    let Start { func, args, kwargs } = start;
    let _ = started.send(ident());
    let argv = args.as_tuple().unwrap_or(&[]).to_vec();
    let kw: Vec<(Value, Value)> = kwargs
        .downcast::<crate::objects::dict::DictObj>()
        .map(|d| {
            crate::protocol::dict::dict_items(d)
                .into_iter()
                .map(|(k, v)| (intern(k.as_str().unwrap_or("")), v))
                .collect()
        })
        .unwrap_or_default();
    if let Err(e) = crate::protocol::call(ts, func, &argv, &kw) {
        if !e.matches(types().system_exit) {
            let text = crate::runtime::traceback::format_exception(ts, e.value());
            crate::builtins::io::write_stderr(&format!(
                "Unhandled exception in thread started by {}\n{}",
                crate::protocol::repr::repr_string(ts, func).unwrap_or_default(),
                text
            ));
        }
    }
    crate::heap::keep_alive(&(func, args, kwargs));
}

/// Whether the calling OS thread is the interpreter's main thread.
pub fn is_main_thread() -> bool {
    std::thread::current().name() == Some("main")
}
