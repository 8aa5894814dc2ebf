//! `format(value, spec)` for the builtin types, on top of `crate::format`.

use crate::format::{
    format_float_as, format_int_as, format_str_as, parse_spec, OVERFLOW_MESSAGES,
    WIDTH_MEMORY_ERROR_MSG,
};
use crate::objects::str::new_str;
use crate::runtime::errors::{memory_error, overflow_error, type_error, value_error, PyErr};
use crate::runtime::thread::Thread;
use crate::runtime::types::type_name;
use crate::runtime::PyResult;
use crate::value::Value;

/// Maps a formatting library error message to its exception type.
pub(crate) fn format_error(msg: String) -> PyErr {
    if OVERFLOW_MESSAGES.contains(&msg.as_str()) {
        overflow_error(msg)
    } else if msg == WIDTH_MEMORY_ERROR_MSG {
        memory_error(msg)
    } else {
        value_error(msg)
    }
}

/// `str.__format__(v, spec)` for a non-empty spec.
pub(crate) fn format_str_value(v: Value, spec: &str) -> PyResult<Value> {
    let tn = type_name(v);
    let s = v.as_str().expect("str");
    let parsed = parse_spec(spec, tn).map_err(format_error)?;
    Ok(new_str(
        format_str_as(s, &parsed, tn).map_err(format_error)?,
    ))
}

/// `format(v, spec)` for values whose type has no Python `__format__`.
pub(crate) fn format_builtin(ts: &mut Thread, v: Value, spec: &str) -> PyResult<Value> {
    if spec.is_empty() {
        return crate::protocol::str_of(ts, v);
    }
    let tn = type_name(v);
    if let Some((re, im)) = v.as_complex() {
        return crate::builtins::complex::format_spec(ts, v, re, im, spec);
    }
    if let Some(f) = v.as_float_any() {
        let parsed = parse_spec(spec, tn).map_err(format_error)?;
        return Ok(new_str(
            format_float_as(f, &parsed, tn).map_err(format_error)?,
        ));
    }
    if v.is_int() {
        let parsed = parse_spec(spec, tn).map_err(format_error)?;
        let b = v.as_bigint().expect("int");
        return Ok(new_str(
            format_int_as(&b, &parsed, tn).map_err(format_error)?,
        ));
    }
    if v.as_str().is_some() {
        return format_str_value(v, spec);
    }
    Err(type_error(format!(
        "unsupported format string passed to {tn}.__format__"
    )))
}

/// `format(v, spec)`: a Python `__format__` first, then the builtin types.
pub(crate) fn format_value(ts: &mut Thread, v: Value, spec: &str) -> PyResult<Value> {
    if v.is_ptr()
        && crate::protocol::dunder::user_dunder(crate::runtime::types::type_of(v), "__format__")
            .is_some()
    {
        let r = crate::protocol::dunder::call_user_dunder(ts, v, "__format__", &[new_str(spec)])?
            .expect("defined");
        if r.as_str().is_none() {
            return Err(type_error(format!(
                "__format__ must return a str, not {}",
                type_name(r)
            )));
        }
        return Ok(r);
    }
    if spec.is_empty()
        && v.as_str().is_some()
        && crate::runtime::types::type_of(v) == crate::runtime::types::types().str
    {
        return Ok(v);
    }
    format_builtin(ts, v, spec)
}
