//! The `gc` module. Weft's collector is a tracing mark-sweep (no reference
//! counts, no generations): `collect()` runs a full stop-the-world
//! collection and sweeps the whole heap (automatic collections only mark and
//! leave sweeping to the allocators); `disable()` only records the flag, as
//! automatic collections are what keeps memory bounded (programs use it
//! around timing loops).

use crate::builtins::args::check;
use crate::objects::builtin_fn::KwArgs;
use crate::runtime::thread::Thread;
use crate::runtime::PyResult;
use crate::value::Value;
use std::sync::atomic::{AtomicBool, Ordering};

static ENABLED: AtomicBool = AtomicBool::new(true);

pub fn create(_ts: &mut Thread) -> PyResult<Value> {
    let (m, d) = crate::runtime::import::new_registered_module("gc", None);
    crate::modules::add_functions(
        d,
        "gc",
        &[
            ("collect", collect),
            ("enable", enable),
            ("disable", disable),
            ("isenabled", isenabled),
        ],
    );
    crate::protocol::dict::dict_set_str(
        d,
        crate::runtime::intern::intern("garbage"),
        crate::objects::list::new_list(Vec::new()),
    );
    Ok(m.value())
}

fn collect(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check("collect", args, kw, 0, 1)?;
    crate::runtime::gc::collect_eager(ts);
    Ok(crate::objects::int::int_from_i64(0))
}

fn enable(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check("enable", args, kw, 0, 0)?;
    ENABLED.store(true, Ordering::Relaxed);
    Ok(Value::NONE)
}

fn disable(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check("disable", args, kw, 0, 0)?;
    ENABLED.store(false, Ordering::Relaxed);
    Ok(Value::NONE)
}

fn isenabled(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check("isenabled", args, kw, 0, 0)?;
    Ok(Value::from_bool(ENABLED.load(Ordering::Relaxed)))
}
