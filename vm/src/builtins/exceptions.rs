//! BaseException and its subclasses: construction and methods.

use super::add_methods;
use crate::objects::builtin_fn::KwArgs;
use crate::objects::exception::{new_exception, ExceptionObj};
use crate::objects::tuple::new_tuple;
use crate::runtime::errors::type_error;
use crate::runtime::thread::Thread;
use crate::runtime::types::{type_name, types};
use crate::runtime::PyResult;
use crate::value::Value;

pub fn register() {
    let t = types();
    set_native_new(t.base_exception, exc_new);
    add_methods(
        t.base_exception,
        &[
            ("__init__", exc_init),
            ("with_traceback", with_traceback),
            ("add_note", add_note),
            ("__str__", exc_str),
            ("__repr__", exc_repr),
        ],
    );
}

/// Sets a builtin type's constructor (once, at start-up).
pub fn set_native_new(
    ty: crate::object::Gc<crate::objects::typeobj::TypeObj>,
    f: crate::objects::builtin_fn::NativeFn,
) {
    let _ = ty.native_new.set(f);
}

fn exc_new(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let mut cls = args[0].as_type().expect("cls");
    let t = types();
    if cls.is_subtype(t.os_error) && (2..=5).contains(&(args.len() - 1)) {
        // OSError(errno, strerror[, filename]): errno picks the subclass,
        // args keep (errno, strerror) and the filename is an attribute.
        if cls == t.os_error {
            if let Some(sub) = args[1].as_i64().and_then(os_error_subclass) {
                cls = sub;
            }
        }
        let e = new_exception(cls, new_tuple(args[1..3].to_vec()));
        if let Some(&filename) = args.get(3) {
            let d = crate::protocol::attr::instance_dict(e.value(), true).expect("exception dict");
            crate::protocol::dict::dict_set_str(
                d,
                crate::runtime::intern::intern("filename"),
                filename,
            );
        }
        return Ok(e.value());
    }
    let e = new_exception(cls, new_tuple(args[1..].to_vec()));
    if cls.is_subtype(t.import_error) {
        // ImportError(*args, name=None, path=None).
        for &(k, v) in _kw {
            let key = k.as_str().unwrap_or("");
            if key != "name" && key != "path" {
                return Err(type_error(format!(
                    "'{key}' is an invalid keyword argument for {}()",
                    cls.name_str()
                )));
            }
            let d = crate::protocol::attr::instance_dict(e.value(), true).expect("exception dict");
            crate::protocol::dict::dict_set_str(d, crate::runtime::intern::intern(key), v);
        }
    }
    Ok(e.value())
}

/// The OSError subclass CPython picks for an errno value.
fn os_error_subclass(errno: i64) -> Option<crate::object::Gc<crate::objects::typeobj::TypeObj>> {
    let t = types();
    Some(match errno as i32 {
        libc::ENOENT => t.file_not_found_error,
        libc::EEXIST => t.file_exists_error,
        libc::EACCES | libc::EPERM => t.permission_error,
        libc::EISDIR => t.is_a_directory_error,
        libc::ENOTDIR => t.not_a_directory_error,
        libc::ETIMEDOUT => t.timeout_error,
        libc::EINTR => t.interrupted_error,
        libc::EAGAIN | libc::EALREADY | libc::EINPROGRESS => t.blocking_io_error,
        libc::EPIPE | libc::ESHUTDOWN => t.broken_pipe_error,
        libc::ECONNABORTED | libc::ECONNREFUSED | libc::ECONNRESET => t.connection_error,
        _ => return None,
    })
}

fn this(v: Value) -> PyResult<crate::object::Gc<ExceptionObj>> {
    v.downcast::<ExceptionObj>().ok_or_else(|| {
        type_error(format!(
            "descriptor requires a 'BaseException' object but received '{}'",
            type_name(v)
        ))
    })
}

fn exc_init(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    this(args[0])?.args.set(new_tuple(args[1..].to_vec()));
    Ok(Value::NONE)
}

fn with_traceback(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    super::args::count("with_traceback", args.len() - 1, 1, 1)?;
    this(args[0])?.traceback.set(args[1]);
    Ok(args[0])
}

fn add_note(ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    super::args::count("add_note", args.len() - 1, 1, 1)?;
    let e = this(args[0])?;
    if args[1].as_str().is_none() {
        return Err(type_error(format!(
            "note must be a str, not '{}'",
            type_name(args[1])
        )));
    }
    let notes = e.notes.get();
    let notes = if notes.is_null() {
        let l = crate::objects::list::new_list(Vec::new());
        e.notes.set(l);
        l
    } else {
        notes
    };
    crate::protocol::call_method(ts, notes, "append", &[args[1]])?;
    Ok(Value::NONE)
}

fn exc_str(ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let e = this(args[0])?;
    let a = e.args.get().as_tuple().unwrap_or(&[]).to_vec();
    match a.len() {
        0 => Ok(crate::objects::str::new_str("")),
        1 => crate::protocol::str_of(ts, a[0]),
        _ => crate::protocol::repr(ts, e.args.get()),
    }
}

fn exc_repr(ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    this(args[0])?;
    let s = crate::protocol::repr::repr_string(ts, args[0])?;
    Ok(crate::objects::str::new_str(s))
}
