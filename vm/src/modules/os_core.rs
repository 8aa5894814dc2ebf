//! `_os`: the operating-system primitives behind `os`, `posixpath` and `io`
//! (std::fs / std::env only).

use crate::builtins::args::check;
use crate::objects::builtin_fn::KwArgs;
use crate::objects::bytes::new_bytes;
use crate::objects::int::int_from_i64;
use crate::objects::list::new_list;
use crate::objects::str::new_str;
use crate::objects::tuple::new_tuple;
use crate::protocol::dict::dict_set_str;
use crate::runtime::errors::{type_error, value_error, PyErr};
use crate::runtime::thread::Thread;
use crate::runtime::types::{type_name, types};
use crate::runtime::PyResult;
use crate::value::Value;
use std::io::{Read, Write};
use std::os::unix::fs::MetadataExt;

pub fn create(_ts: &mut Thread) -> PyResult<Value> {
    let (m, d) = crate::runtime::import::new_registered_module("_os", None);
    crate::modules::add_functions(
        d,
        "_os",
        &[
            ("getcwd", getcwd),
            ("chdir", chdir),
            ("listdir", listdir),
            ("exists", exists),
            ("isfile", isfile),
            ("isdir", isdir),
            ("islink", islink),
            ("getsize", getsize),
            ("getmtime", getmtime),
            ("stat", stat),
            ("mkdir", mkdir),
            ("remove", remove),
            ("rmdir", rmdir),
            ("rename", rename),
            ("environ", environ),
            ("getenv", getenv),
            ("putenv", putenv),
            ("unsetenv", unsetenv),
            ("getpid", getpid),
            ("cpu_count", cpu_count),
            ("urandom", urandom),
            ("strerror", strerror),
            ("read_file", read_file),
            ("write_file", write_file),
        ],
    );
    Ok(m.value())
}

/// The C library's message for `errno` (Linux/glibc wording).
fn errno_message(errno: i32) -> Option<&'static str> {
    Some(match errno {
        1 => "Operation not permitted",
        2 => "No such file or directory",
        5 => "Input/output error",
        9 => "Bad file descriptor",
        13 => "Permission denied",
        16 => "Device or resource busy",
        17 => "File exists",
        18 => "Invalid cross-device link",
        20 => "Not a directory",
        21 => "Is a directory",
        22 => "Invalid argument",
        24 => "Too many open files",
        27 => "File too large",
        28 => "No space left on device",
        30 => "Read-only file system",
        36 => "File name too long",
        39 => "Directory not empty",
        40 => "Too many levels of symbolic links",
        _ => return None,
    })
}

fn message_for(e: &std::io::Error) -> (i32, String) {
    match e.raw_os_error() {
        Some(n) => {
            let msg = errno_message(n).map(str::to_string).unwrap_or_else(|| {
                let s = e.to_string();
                match s.find(" (os error") {
                    Some(i) => s[..i].to_string(),
                    None => s,
                }
            });
            (n, msg)
        }
        None => (0, e.to_string()),
    }
}

/// An OSError subclass chosen by errno, with args (errno, strerror[, filename]).
pub(crate) fn io_err(e: std::io::Error, filename: Option<&str>) -> PyErr {
    let (errno, msg) = message_for(&e);
    let t = types();
    let cls = match errno {
        2 => t.file_not_found_error,
        17 => t.file_exists_error,
        1 | 13 => t.permission_error,
        20 => t.not_a_directory_error,
        21 => t.is_a_directory_error,
        _ => t.os_error,
    };
    let e = PyErr::with_args(cls, new_tuple([int_from_i64(errno as i64), new_str(msg)]));
    if let Some(f) = filename {
        // As CPython: args stay (errno, strerror); the filename is an attribute.
        let d = crate::protocol::attr::instance_dict(e.value(), true).expect("exception dict");
        crate::protocol::dict::dict_set_str(
            d,
            crate::runtime::intern::intern("filename"),
            new_str(f),
        );
    }
    e
}

fn str_arg<'a>(fname: &str, v: Value) -> PyResult<&'a str> {
    v.as_str().ok_or_else(|| {
        type_error(format!(
            "{fname}: path should be string, not {}",
            type_name(v)
        ))
    })
}

fn path_arg<'a>(fname: &str, args: &[Value], kw: KwArgs) -> PyResult<&'a str> {
    check(fname, args, kw, 1, 1)?;
    str_arg(fname, args[0])
}

fn getcwd(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check("getcwd", args, kw, 0, 0)?;
    let p = std::env::current_dir().map_err(|e| io_err(e, None))?;
    Ok(new_str(p.to_string_lossy().into_owned()))
}

fn chdir(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let p = path_arg("chdir", args, kw)?;
    std::env::set_current_dir(p).map_err(|e| io_err(e, Some(p)))?;
    Ok(Value::NONE)
}

fn listdir(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check("listdir", args, kw, 0, 1)?;
    let p = match args.first() {
        Some(v) if !v.is_none() => str_arg("listdir", *v)?,
        _ => ".",
    };
    let rd = std::fs::read_dir(p).map_err(|e| io_err(e, Some(p)))?;
    let mut out = Vec::new();
    for ent in rd {
        let ent = ent.map_err(|e| io_err(e, Some(p)))?;
        out.push(new_str(ent.file_name().to_string_lossy().into_owned()));
    }
    Ok(new_list(out))
}

fn exists(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let p = path_arg("exists", args, kw)?;
    Ok(Value::from_bool(std::fs::metadata(p).is_ok()))
}

fn isfile(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let p = path_arg("isfile", args, kw)?;
    Ok(Value::from_bool(
        std::fs::metadata(p).is_ok_and(|m| m.is_file()),
    ))
}

fn isdir(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let p = path_arg("isdir", args, kw)?;
    Ok(Value::from_bool(
        std::fs::metadata(p).is_ok_and(|m| m.is_dir()),
    ))
}

fn islink(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let p = path_arg("islink", args, kw)?;
    Ok(Value::from_bool(
        std::fs::symlink_metadata(p).is_ok_and(|m| m.file_type().is_symlink()),
    ))
}

fn getsize(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let p = path_arg("getsize", args, kw)?;
    let m = std::fs::metadata(p).map_err(|e| io_err(e, Some(p)))?;
    Ok(int_from_i64(m.len() as i64))
}

fn getmtime(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let p = path_arg("getmtime", args, kw)?;
    let m = std::fs::metadata(p).map_err(|e| io_err(e, Some(p)))?;
    Ok(Value::float(
        m.mtime() as f64 + m.mtime_nsec() as f64 / 1_000_000_000.0,
    ))
}

/// `stat(path)` -> (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime).
fn stat(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let p = path_arg("stat", args, kw)?;
    let m = std::fs::metadata(p).map_err(|e| io_err(e, Some(p)))?;
    let t = |s: i64, ns: i64| Value::float(s as f64 + ns as f64 / 1_000_000_000.0);
    Ok(new_tuple([
        int_from_i64(m.mode() as i64),
        int_from_i64(m.ino() as i64),
        int_from_i64(m.dev() as i64),
        int_from_i64(m.nlink() as i64),
        int_from_i64(m.uid() as i64),
        int_from_i64(m.gid() as i64),
        int_from_i64(m.size() as i64),
        t(m.atime(), m.atime_nsec()),
        t(m.mtime(), m.mtime_nsec()),
        t(m.ctime(), m.ctime_nsec()),
    ]))
}

fn mkdir(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check("mkdir", args, kw, 1, 2)?;
    let p = str_arg("mkdir", args[0])?;
    std::fs::create_dir(p).map_err(|e| io_err(e, Some(p)))?;
    Ok(Value::NONE)
}

fn remove(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let p = path_arg("remove", args, kw)?;
    // unlink(2) on a directory: report EISDIR as CPython does on Linux.
    if std::fs::symlink_metadata(p).is_ok_and(|m| m.is_dir()) {
        return Err(io_err(std::io::Error::from_raw_os_error(21), Some(p)));
    }
    std::fs::remove_file(p).map_err(|e| io_err(e, Some(p)))?;
    Ok(Value::NONE)
}

fn rmdir(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let p = path_arg("rmdir", args, kw)?;
    std::fs::remove_dir(p).map_err(|e| io_err(e, Some(p)))?;
    Ok(Value::NONE)
}

fn rename(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check("rename", args, kw, 2, 2)?;
    let a = str_arg("rename", args[0])?;
    let b = str_arg("rename", args[1])?;
    std::fs::rename(a, b).map_err(|e| io_err(e, Some(a)))?;
    Ok(Value::NONE)
}

fn environ(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check("environ", args, kw, 0, 0)?;
    let d = crate::objects::dict::new_dict();
    for (k, v) in std::env::vars_os() {
        dict_set_str(
            d,
            new_str(k.to_string_lossy().into_owned()),
            new_str(v.to_string_lossy().into_owned()),
        );
    }
    Ok(d.value())
}

fn getenv(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check("getenv", args, kw, 1, 2)?;
    let k = str_arg("getenv", args[0])?;
    let dflt = args.get(1).copied().unwrap_or(Value::NONE);
    if k.is_empty() || k.contains('=') || k.contains('\0') {
        return Ok(dflt);
    }
    Ok(match std::env::var_os(k) {
        Some(v) => new_str(v.to_string_lossy().into_owned()),
        None => dflt,
    })
}

fn env_key<'a>(fname: &str, v: Value) -> PyResult<&'a str> {
    let k = str_arg(fname, v)?;
    if k.is_empty() || k.contains('=') {
        return Err(value_error("illegal environment variable name"));
    }
    if k.contains('\0') {
        return Err(value_error("embedded null byte"));
    }
    Ok(k)
}

fn putenv(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check("putenv", args, kw, 2, 2)?;
    let k = env_key("putenv", args[0])?;
    let v = str_arg("putenv", args[1])?;
    if v.contains('\0') {
        return Err(value_error("embedded null byte"));
    }
    std::env::set_var(k, v);
    Ok(Value::NONE)
}

fn unsetenv(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check("unsetenv", args, kw, 1, 1)?;
    let k = env_key("unsetenv", args[0])?;
    std::env::remove_var(k);
    Ok(Value::NONE)
}

fn getpid(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check("getpid", args, kw, 0, 0)?;
    Ok(int_from_i64(std::process::id() as i64))
}

fn cpu_count(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check("cpu_count", args, kw, 0, 0)?;
    Ok(match std::thread::available_parallelism() {
        Ok(n) => int_from_i64(n.get() as i64),
        Err(_) => Value::NONE,
    })
}

fn urandom(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check("urandom", args, kw, 1, 1)?;
    let n = args[0].as_i64().ok_or_else(|| {
        type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(args[0])
        ))
    })?;
    if n < 0 {
        return Err(value_error("negative argument not allowed"));
    }
    let mut buf = vec![0u8; n as usize];
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut buf))
        .map_err(|e| io_err(e, None))?;
    Ok(new_bytes(buf))
}

fn strerror(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check("strerror", args, kw, 1, 1)?;
    let n = args[0]
        .as_i64()
        .ok_or_else(|| type_error("an integer is required"))?;
    let msg = match errno_message(n as i32) {
        Some(m) => m.to_string(),
        None => message_for(&std::io::Error::from_raw_os_error(n as i32)).1,
    };
    Ok(new_str(msg))
}

/// `read_file(path, binary)`: the whole file as bytes or (UTF-8) str.
fn read_file(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check("read_file", args, kw, 2, 2)?;
    let p = str_arg("read_file", args[0])?;
    if std::fs::metadata(p).is_ok_and(|m| m.is_dir()) {
        return Err(io_err(std::io::Error::from_raw_os_error(21), Some(p)));
    }
    let data = std::fs::read(p).map_err(|e| io_err(e, Some(p)))?;
    if flag(args[1]) {
        return Ok(new_bytes(data));
    }
    match String::from_utf8(data) {
        Ok(s) => Ok(new_str(s)),
        Err(e) => {
            let pos = e.utf8_error().valid_up_to();
            let byte = e.as_bytes()[pos];
            Err(crate::runtime::errors::unicode_error(format!(
                "'utf-8' codec can't decode byte 0x{byte:02x} in position {pos}: invalid start byte"
            )))
        }
    }
}

/// `write_file(path, data, append)`: writes str (UTF-8) or bytes; returns
/// the number of bytes written.
fn write_file(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check("write_file", args, kw, 3, 3)?;
    let p = str_arg("write_file", args[0])?;
    let data: &[u8] = if let Some(s) = args[1].as_str() {
        s.as_bytes()
    } else if let Some(b) = args[1].as_bytes() {
        b
    } else {
        return Err(type_error(format!(
            "write_file() data must be str or bytes, not {}",
            type_name(args[1])
        )));
    };
    let mut opts = std::fs::OpenOptions::new();
    if flag(args[2]) {
        opts.append(true).create(true);
    } else {
        opts.write(true).create(true).truncate(true);
    }
    let mut f = opts.open(p).map_err(|e| io_err(e, Some(p)))?;
    f.write_all(data).map_err(|e| io_err(e, Some(p)))?;
    Ok(int_from_i64(data.len() as i64))
}

/// True for `True` or a nonzero int (the flags passed from Python).
fn flag(v: Value) -> bool {
    v == Value::TRUE || v.as_i64().is_some_and(|i| i != 0)
}
