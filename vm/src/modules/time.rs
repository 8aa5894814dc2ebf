//! The `time` module.

use crate::builtins::args::check;
use crate::objects::builtin_fn::KwArgs;
use crate::runtime::errors::{type_error, value_error};
use crate::runtime::thread::Thread;
use crate::runtime::PyResult;
use crate::value::Value;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

static START: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();

pub fn create(_ts: &mut Thread) -> PyResult<Value> {
    START.get_or_init(Instant::now);
    let (m, d) = crate::runtime::import::new_registered_module("time", None);
    crate::modules::add_functions(
        d,
        "time",
        &[
            ("time", time),
            ("perf_counter", perf_counter),
            ("monotonic", perf_counter),
            ("process_time", perf_counter),
            ("time_ns", time_ns),
            ("perf_counter_ns", perf_counter_ns),
            ("monotonic_ns", perf_counter_ns),
            ("sleep", sleep),
        ],
    );
    Ok(m.value())
}

fn time(_ts: &mut Thread, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::float(
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0.0, |d| d.as_secs_f64()),
    ))
}

fn time_ns(_ts: &mut Thread, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let ns = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    Ok(crate::objects::int::int_from_big(num_bigint::BigInt::from(
        ns,
    )))
}

fn perf_counter(_ts: &mut Thread, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::float(
        START.get_or_init(Instant::now).elapsed().as_secs_f64(),
    ))
}

fn perf_counter_ns(_ts: &mut Thread, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(crate::objects::int::int_from_i64(
        START.get_or_init(Instant::now).elapsed().as_nanos() as i64,
    ))
}

fn sleep(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check("sleep", args, kw, 1, 1)?;
    let s = args[0]
        .as_float()
        .or_else(|| args[0].as_i64().map(|i| i as f64))
        .ok_or_else(|| type_error("'str' object cannot be interpreted as an integer"))?;
    if s < 0.0 {
        return Err(value_error("sleep length must be non-negative"));
    }
    // Sleep detached, in slices, so a signal (main thread), a pending call
    // or an asynchronous exception interrupts it: those run, and unless
    // they raise, the sleep goes on until `end`, as CPython (PEP 475).
    let end = std::time::Instant::now() + std::time::Duration::from_secs_f64(s);
    let breaker = ts.breaker.clone();
    loop {
        let woken = crate::runtime::threads::blocking(|| loop {
            let now = std::time::Instant::now();
            if now >= end {
                break false;
            }
            if crate::runtime::pending::should_wake(&breaker) {
                break true;
            }
            std::thread::sleep((end - now).min(std::time::Duration::from_millis(20)));
        });
        crate::runtime::pending::handle_pending(ts)?;
        if !woken {
            break;
        }
    }
    Ok(Value::NONE)
}
