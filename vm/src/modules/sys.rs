//! The `sys` module.

use crate::builtins::args::check;
use crate::objects::builtin_fn::KwArgs;
use crate::objects::list::new_list;
use crate::objects::str::new_str;
use crate::objects::tuple::new_tuple;
use crate::protocol::dict::dict_set_str;
use crate::runtime::errors::{type_error, value_error, PyErr};
use crate::runtime::intern::intern;
use crate::runtime::thread::{Thread, RECURSION_LIMIT};
use crate::runtime::types::types;
use crate::runtime::PyResult;
use crate::value::Value;
use parking_lot::Mutex;
use std::sync::atomic::Ordering;

/// `sys.get_int_max_str_digits()`: the int/str conversion digit limit
/// (0 = unlimited), CPython's default 4300.
pub static INT_MAX_STR_DIGITS: std::sync::atomic::AtomicUsize =
    std::sync::atomic::AtomicUsize::new(crate::format::DEFAULT_MAX_STR_DIGITS);

/// The current int/str digit limit (`usize::MAX` when unlimited).
pub fn int_max_str_digits() -> usize {
    match INT_MAX_STR_DIGITS.load(Ordering::Relaxed) {
        0 => usize::MAX,
        n => n,
    }
}

/// `sys.argv` and the script directory, set by the CLI before start-up.
pub static ARGV: Mutex<Vec<String>> = Mutex::new(Vec::new());
pub static PATH0: Mutex<String> = Mutex::new(String::new());

pub fn create(_ts: &mut Thread) -> PyResult<Value> {
    let (m, d) = crate::runtime::import::new_registered_module("sys", None);
    let argv: Vec<Value> = ARGV.lock().iter().map(|a| new_str(a.as_str())).collect();
    dict_set_str(d, intern("argv"), new_list(argv));
    let path0 = PATH0.lock().clone();
    dict_set_str(d, intern("path"), new_list(vec![new_str(path0)]));
    dict_set_str(
        d,
        intern("modules"),
        crate::runtime::globals::get().sys_modules.value(),
    );
    dict_set_str(
        d,
        intern("version"),
        new_str(format!(
            "3.11.7 (weft {}) [Rust]",
            env!("CARGO_PKG_VERSION")
        )),
    );
    dict_set_str(
        d,
        intern("version_info"),
        new_tuple([
            Value::small_int(3),
            Value::small_int(11),
            Value::small_int(7),
            intern("final"),
            Value::small_int(0),
        ]),
    );
    dict_set_str(
        d,
        intern("platform"),
        intern(if cfg!(target_os = "macos") {
            "darwin"
        } else {
            "linux"
        }),
    );
    dict_set_str(d, intern("byteorder"), intern("little"));
    dict_set_str(
        d,
        intern("maxsize"),
        crate::objects::int::int_from_i64(i64::MAX),
    );
    dict_set_str(d, intern("maxunicode"), Value::small_int(0x10ffff));
    dict_set_str(
        d,
        intern("executable"),
        new_str(
            std::env::current_exe()
                .map(|p| p.to_string_lossy().to_string())
                .unwrap_or_default(),
        ),
    );
    dict_set_str(d, intern("implementation"), intern("weft"));
    dict_set_str(
        d,
        intern("builtin_module_names"),
        new_tuple([
            intern("sys"),
            intern("math"),
            intern("time"),
            intern("builtins"),
        ]),
    );
    dict_set_str(d, intern("dont_write_bytecode"), Value::TRUE);
    let [stdin, stdout, stderr] = crate::builtins::io::make_std_streams();
    for (name, v) in [
        ("stdin", stdin),
        ("stdout", stdout),
        ("stderr", stderr),
        ("__stdin__", stdin),
        ("__stdout__", stdout),
        ("__stderr__", stderr),
    ] {
        dict_set_str(d, intern(name), v);
    }
    crate::modules::add_functions(
        d,
        "sys",
        &[
            ("exit", exit),
            ("getrecursionlimit", getrecursionlimit),
            ("setrecursionlimit", setrecursionlimit),
            ("exc_info", exc_info),
            ("_getframe", getframe),
            ("exception", exception),
            ("intern", sys_intern),
            ("_is_gil_enabled", is_gil_enabled),
            ("getswitchinterval", getswitchinterval),
            ("setswitchinterval", setswitchinterval),
            ("getsizeof", getsizeof),
            ("get_int_max_str_digits", get_int_max_str_digits),
            ("set_int_max_str_digits", set_int_max_str_digits),
        ],
    );
    Ok(m.value())
}

fn exit(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check("exit", args, kw, 0, 1)?;
    Err(PyErr::with_args(
        types().system_exit,
        new_tuple(args.to_vec()),
    ))
}

fn getrecursionlimit(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check("getrecursionlimit", args, kw, 0, 0)?;
    Ok(Value::small_int(
        RECURSION_LIMIT.load(Ordering::Relaxed) as i64
    ))
}

fn setrecursionlimit(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check("setrecursionlimit", args, kw, 1, 1)?;
    let Some(n) = args[0].as_i64().filter(|_| args[0].is_int()) else {
        return Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            crate::runtime::types::type_name(args[0])
        )));
    };
    if n < 1 {
        return Err(value_error(
            "recursion limit must be greater or equal than 1",
        ));
    }
    if (n as usize) <= ts.frames.len() {
        return Err(crate::runtime::errors::recursion_error(format!(
            "cannot set the recursion limit to {n} at the recursion depth {}: the limit is too low",
            ts.frames.len()
        )));
    }
    RECURSION_LIMIT.store(n as usize, Ordering::Relaxed);
    Ok(Value::NONE)
}

/// `sys._getframe(depth=0)`: Weft has no frame objects, so this is a
/// `types.SimpleNamespace` snapshot with `f_globals`, `f_locals`, `f_code`,
/// `f_lineno` (and `f_back` None) — what enum/typing/namedtuple read.
fn getframe(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check("_getframe", args, kw, 0, 1)?;
    let depth = match args.first() {
        Some(v) => v
            .as_i64()
            .ok_or_else(|| crate::runtime::errors::type_error("an integer is required"))?,
        None => 0,
    };
    let n = ts.frames.len() as i64;
    if depth < 0 || depth >= n {
        return Err(crate::runtime::errors::value_error(
            "call stack is not deep enough",
        ));
    }
    let f = &ts.frames[(n - 1 - depth) as usize];
    let (code, globals, locals, lasti) = (f.code, f.globals, f.locals, f.lasti);
    let line = code.location(lasti).line as i64;
    let locals = if locals.is_null() {
        Value::NONE
    } else {
        locals
    };
    let types = crate::runtime::import::import_module(ts, "types")?;
    let ns = crate::protocol::attr::getattr(ts, types, intern("SimpleNamespace"))?;
    let kw = [
        (intern("f_globals"), globals.value()),
        (intern("f_locals"), locals),
        (intern("f_code"), code.value()),
        (intern("f_lineno"), Value::small_int(line)),
        (intern("f_back"), Value::NONE),
    ];
    crate::protocol::call::call(ts, ns, &[], &kw)
}

fn exc_info(ts: &mut Thread, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let e = ts.exc_info;
    if e.is_none() || e.is_null() {
        return Ok(new_tuple([Value::NONE, Value::NONE, Value::NONE]));
    }
    let tb = e
        .downcast::<crate::objects::exception::ExceptionObj>()
        .map_or(Value::NONE, |x| x.traceback.get());
    Ok(new_tuple([
        crate::runtime::types::type_of(e).value(),
        e,
        tb,
    ]))
}

fn exception(ts: &mut Thread, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(if ts.exc_info.is_null() {
        Value::NONE
    } else {
        ts.exc_info
    })
}

fn sys_intern(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check("intern", args, kw, 1, 1)?;
    match args[0].as_str() {
        Some(s) => Ok(intern(s)),
        None => Err(type_error("intern() argument must be str")),
    }
}

fn is_gil_enabled(_ts: &mut Thread, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::from_bool(crate::gil::is_enabled()))
}

fn getswitchinterval(_ts: &mut Thread, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::float(crate::gil::switch_interval()))
}

fn setswitchinterval(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check("setswitchinterval", args, kw, 1, 1)?;
    let s = args[0]
        .as_float()
        .or_else(|| args[0].as_i64().map(|i| i as f64))
        .ok_or_else(|| type_error("must be real number"))?;
    if s <= 0.0 {
        return Err(value_error("switch interval must be strictly positive"));
    }
    crate::gil::set_switch_interval(s);
    Ok(Value::NONE)
}

fn getsizeof(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check("getsizeof", args, kw, 1, 2)?;
    Ok(Value::small_int(if args[0].is_ptr() { 64 } else { 28 }))
}

fn get_int_max_str_digits(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check("get_int_max_str_digits", args, kw, 0, 0)?;
    Ok(Value::small_int(
        INT_MAX_STR_DIGITS.load(Ordering::Relaxed) as i64
    ))
}

fn set_int_max_str_digits(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let n = crate::builtins::args::arg_or_kw(args, kw, 0, "maxdigits").ok_or_else(|| {
        type_error("set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)")
    })?;
    let Some(n) = n.as_i64().filter(|_| n.is_int()) else {
        return Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            crate::runtime::types::type_name(n)
        )));
    };
    if n != 0 && n < 640 {
        return Err(value_error("maxdigits must be 0 or larger than 640"));
    }
    INT_MAX_STR_DIGITS.store(n as usize, Ordering::Relaxed);
    Ok(Value::NONE)
}
