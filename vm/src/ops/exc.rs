//! Raising, matching and chaining exceptions; `with` enter/exit.

use crate::objects::exception::ExceptionObj;
use crate::objects::tuple::new_tuple;
use crate::objects::typeobj::TF_EXCEPTION;
use crate::protocol::call::call;
use crate::protocol::dunder::type_lookup;
use crate::runtime::errors::{type_error, PyErr};
use crate::runtime::intern::intern;
use crate::runtime::thread::Thread;
use crate::runtime::types::{type_name, type_of, types};
use crate::runtime::PyResult;
use crate::value::Value;
use std::sync::atomic::Ordering;

/// The exception to raise for `raise v`: an instance, or a class to call.
pub fn exception_from(ts: &mut Thread, v: Value) -> PyResult<PyErr> {
    if let Some(t) = v.as_type() {
        if t.has_flag(TF_EXCEPTION) {
            let inst = call(ts, v, &[], &[])?;
            return match inst.downcast::<ExceptionObj>() {
                Some(e) => Ok(PyErr(e)),
                None => Err(type_error(format!(
                    "calling {} should have returned an instance of BaseException, not {}",
                    crate::protocol::repr::repr_string(ts, v)?,
                    type_name(inst)
                ))),
            };
        }
    }
    match v.downcast::<ExceptionObj>() {
        Some(e) => Ok(PyErr(e)),
        None => Err(type_error("exceptions must derive from BaseException")),
    }
}

/// `raise exc from cause`.
pub fn set_cause(ts: &mut Thread, e: PyErr, cause: Value) -> PyResult<()> {
    let cause = if cause.is_none() {
        Value::NONE
    } else if cause.as_type().is_some_and(|t| t.has_flag(TF_EXCEPTION)) {
        exception_from(ts, cause)?.value()
    } else if cause.is::<ExceptionObj>() {
        cause
    } else {
        return Err(type_error(
            "exception causes must derive from BaseException",
        ));
    };
    e.0.cause.set(cause);
    e.0.suppress_context.store(true, Ordering::Relaxed);
    Ok(())
}

/// Sets `e.__context__` to the exception being handled (CPython's
/// `_PyErr_SetObject` chaining, cutting cycles).
pub fn chain_context(ts: &Thread, e: PyErr) {
    let handled = ts.exc_info;
    if handled.is_none() || handled.is_null() || handled == e.value() {
        return;
    }
    if !e.0.context.get().is_none() {
        return;
    }
    // Break a cycle: if `e` appears in handled's context chain, cut there.
    let mut o = handled;
    while let Some(x) = o.downcast::<ExceptionObj>() {
        let next = x.context.get();
        if next == e.value() {
            x.context.set(Value::NONE);
            break;
        }
        o = next;
    }
    e.0.context.set(handled);
}

/// `CHECK_EXC_MATCH`: does `exc` match the class or tuple of classes `ty`?
pub fn exc_matches(exc: Value, ty: Value) -> PyResult<bool> {
    let cls = type_of(exc);
    if let Some(items) = ty.as_tuple() {
        for &t in items {
            if exc_matches(exc, t)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    match ty.as_type() {
        Some(t) if t.has_flag(TF_EXCEPTION) => Ok(cls.is_subtype(t)),
        _ => Err(type_error(
            "catching classes that do not inherit from BaseException is not allowed",
        )),
    }
}

/// `BEFORE_WITH`: returns (bound `__exit__`, result of `__enter__()`).
pub fn before_with(ts: &mut Thread, mgr: Value) -> PyResult<(Value, Value)> {
    let ty = type_of(mgr);
    let enter = type_lookup(ty, intern("__enter__"));
    let exit = type_lookup(ty, intern("__exit__"));
    let (Some(enter), Some(exit)) = (enter, exit) else {
        let missing = if enter.is_none() {
            ""
        } else {
            " (missed __exit__ method)"
        };
        return Err(type_error(format!(
            "'{}' object does not support the context manager protocol{}",
            type_name(mgr),
            missing
        )));
    };
    let exit = crate::protocol::attr::bind_descriptor(ts, exit, mgr, ty.value())?;
    let enter = crate::protocol::attr::bind_descriptor(ts, enter, mgr, ty.value())?;
    let r = call(ts, enter, &[], &[])?;
    Ok((exit, r))
}

/// `WITH_EXCEPT_START`: `exit(type(exc), exc, exc.__traceback__)`.
pub fn with_except_start(ts: &mut Thread, exit: Value, exc: Value) -> PyResult<Value> {
    let tb = exc
        .downcast::<ExceptionObj>()
        .map_or(Value::NONE, |e| e.traceback.get());
    call(ts, exit, &[type_of(exc).value(), exc, tb], &[])
}

/// The args tuple of an exception value.
pub fn exc_args(e: Value) -> Value {
    e.downcast::<ExceptionObj>()
        .map_or_else(|| new_tuple(Vec::new()), |x| x.args.get())
}

pub fn is_exception_class(v: Value) -> bool {
    v.as_type()
        .is_some_and(|t| t.is_subtype(types().base_exception))
}
