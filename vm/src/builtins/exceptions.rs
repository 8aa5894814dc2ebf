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
    let cls = args[0].as_type().expect("cls");
    Ok(new_exception(cls, new_tuple(args[1..].to_vec())).value())
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
