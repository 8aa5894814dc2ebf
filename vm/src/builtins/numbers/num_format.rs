//! `int.__format__` and `float.__format__` as method descriptors (so a
//! subclass's `__format__` can defer to `super().__format__(spec)`).

use crate::builtins::add_methods;
use crate::builtins::lists::arity::{descr_error, needs_receiver, one_arg};
use crate::format::{
    format_float_as, format_int_as, parse_spec, OVERFLOW_MESSAGES, WIDTH_MEMORY_ERROR_MSG,
};
use crate::objects::builtin_fn::KwArgs;
use crate::objects::str::new_str;
use crate::runtime::errors::{memory_error, overflow_error, type_error, value_error, PyErr};
use crate::runtime::thread::Thread;
use crate::runtime::types::{type_name, types};
use crate::runtime::PyResult;
use crate::value::Value;

pub fn register() {
    add_methods(types().int, &[("__format__", int_format)]);
    add_methods(types().float, &[("__format__", float_format)]);
}

/// The exception type for a formatting library error message.
fn format_error(msg: String) -> PyErr {
    if OVERFLOW_MESSAGES.contains(&msg.as_str()) {
        overflow_error(msg)
    } else if msg == WIDTH_MEMORY_ERROR_MSG {
        memory_error(msg)
    } else {
        value_error(msg)
    }
}

/// The receiver (checked by `ok`) and the spec argument.
fn receiver_and_spec<'a>(
    args: &[Value],
    kw: KwArgs,
    owner: &str,
    ok: fn(Value) -> bool,
) -> PyResult<(Value, &'a str)> {
    let v = match args.first() {
        Some(&v) if ok(v) => v,
        Some(&v) => return Err(descr_error("__format__", owner, v)),
        None => return Err(needs_receiver("__format__", owner)),
    };
    let spec = one_arg(&format!("{owner}.__format__"), args, kw)?;
    match spec.as_str() {
        Some(s) => Ok((v, s)),
        None => Err(type_error(format!(
            "__format__() argument must be str, not {}",
            crate::builtins::lists::arity::ac_type_name(spec)
        ))),
    }
}

fn int_format(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (v, spec) = receiver_and_spec(args, kw, "int", |v| v.is_int())?;
    if spec.is_empty() {
        return crate::protocol::str_of(ts, v);
    }
    let tn = type_name(v);
    let parsed = parse_spec(spec, tn).map_err(format_error)?;
    let b = v.as_bigint().expect("int");
    Ok(new_str(
        format_int_as(&b, &parsed, tn).map_err(format_error)?,
    ))
}

fn float_format(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (v, spec) = receiver_and_spec(args, kw, "float", |v| v.is_float_any())?;
    if spec.is_empty() {
        return crate::protocol::str_of(ts, v);
    }
    let tn = type_name(v);
    let parsed = parse_spec(spec, tn).map_err(format_error)?;
    Ok(new_str(
        format_float_as(v.as_float_any().expect("float"), &parsed, tn).map_err(format_error)?,
    ))
}
