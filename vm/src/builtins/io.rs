//! Standard streams: buffered stdout (flushed at exit, before stderr
//! output and on `flush=True`), unbuffered stderr.

use crate::object::Kind;
use crate::objects::builtin_fn::KwArgs;
use crate::objects::native::{new_native, NativeData};
use crate::objects::str::new_str;
use crate::runtime::errors::type_error;
use crate::runtime::thread::Thread;
use crate::runtime::types::{type_name, types};
use crate::runtime::PyResult;
use crate::value::Value;
use parking_lot::Mutex;
use std::io::{BufRead, Write};

static STDOUT: Mutex<Option<std::io::BufWriter<std::io::Stdout>>> = Mutex::new(None);

pub fn write_stdout(_ts: &mut Thread, s: &str) -> PyResult<()> {
    let mut g = STDOUT.lock();
    let w = g.get_or_insert_with(|| std::io::BufWriter::with_capacity(1 << 16, std::io::stdout()));
    if w.write_all(s.as_bytes()).is_err() {
        return Err(crate::runtime::errors::os_error("write to stdout failed"));
    }
    Ok(())
}

pub fn flush_stdout() {
    if let Some(w) = STDOUT.lock().as_mut() {
        let _ = w.flush();
    }
}

pub fn write_stderr(s: &str) {
    flush_stdout();
    let mut e = std::io::stderr().lock();
    let _ = e.write_all(s.as_bytes());
    let _ = e.flush();
}

/// `sys.stdin` / `sys.stdout` / `sys.stderr`: a text stream over fd 0/1/2.
pub struct StdStream {
    pub fd: u8,
}

impl NativeData for StdStream {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// The three standard stream objects, in fd order.
pub fn make_std_streams() -> [Value; 3] {
    let ty = super::new_builtin_type(
        "TextIOWrapper",
        "_io",
        Kind::Native,
        types().object,
        &[
            ("write", stream_write),
            ("flush", stream_flush),
            ("readline", stream_readline),
            ("read", stream_read),
            ("fileno", stream_fileno),
            ("isatty", stream_isatty),
            ("writable", stream_writable),
            ("readable", stream_readable),
        ],
    );
    [0u8, 1, 2].map(|fd| new_native(ty, StdStream { fd }))
}

fn stream(v: Value) -> PyResult<u8> {
    v.as_native::<StdStream>()
        .map(|s| s.fd)
        .ok_or_else(|| type_error("descriptor requires a TextIOWrapper object"))
}

fn stream_write(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    super::args::check("write", &args[1..], kw, 1, 1)?;
    let fd = stream(args[0])?;
    let Some(s) = args[1].as_str() else {
        return Err(type_error(format!(
            "write() argument must be str, not {}",
            type_name(args[1])
        )));
    };
    match fd {
        1 => write_stdout(ts, s)?,
        2 => write_stderr(s),
        _ => return Err(crate::runtime::errors::os_error("not writable")),
    }
    Ok(Value::small_int(s.chars().count() as i64))
}

fn stream_flush(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    if stream(args[0])? == 1 {
        flush_stdout();
    }
    Ok(Value::NONE)
}

fn stream_readline(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    stream(args[0])?;
    flush_stdout();
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .map_err(|e| crate::runtime::errors::os_error(e.to_string()))?;
    Ok(new_str(line))
}

fn stream_read(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    stream(args[0])?;
    let mut s = String::new();
    std::io::Read::read_to_string(&mut std::io::stdin(), &mut s)
        .map_err(|e| crate::runtime::errors::os_error(e.to_string()))?;
    Ok(new_str(s))
}

fn stream_fileno(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::small_int(stream(args[0])? as i64))
}

fn stream_isatty(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    use std::io::IsTerminal;
    Ok(Value::from_bool(match stream(args[0])? {
        0 => std::io::stdin().is_terminal(),
        1 => std::io::stdout().is_terminal(),
        _ => std::io::stderr().is_terminal(),
    }))
}

fn stream_writable(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::from_bool(stream(args[0])? != 0))
}

fn stream_readable(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::from_bool(stream(args[0])? == 0))
}

/// `sys.stdout`, unless it is the real stdout (then None: write directly).
pub fn redirected_stdout() -> Option<Value> {
    let sys = crate::runtime::import::sys_module("sys")?;
    let d = crate::protocol::attr::module_dict(sys)?;
    let out = crate::protocol::dict::dict_get_str(d, crate::runtime::intern::intern("stdout"))?;
    match out.as_native::<StdStream>() {
        Some(s) if s.fd == 1 => None,
        _ => Some(out),
    }
}
