//! `int`, `bool` and `float`: constructors and methods, plus the numeric
//! conversions other builtins share (`__index__`, `Py_ssize_t` arguments).

mod float_hex;
pub mod float_methods;
mod int_bytes;
mod int_methods;
mod int_new;
mod num_dunders;
mod num_format;
pub mod pow;
pub mod round;

use crate::object::Gc;
use crate::objects::int::{int_from_big, BigIntObj};
use crate::objects::typeobj::TypeObj;
use crate::protocol::dunder::call_user_dunder;
use crate::runtime::errors::{overflow_error, type_error};
use crate::runtime::thread::Thread;
use crate::runtime::types::{type_name, types};
use crate::runtime::PyResult;
use crate::value::Value;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

pub use int_new::int_from_f64;

pub fn register() {
    int_new::register();
    int_methods::register();
    int_bytes::register();
    float_methods::register();
    float_hex::register();
    num_dunders::register();
    num_format::register();
}

/// `operator.index(v)` (`PyNumber_Index`): the int itself, or `__index__()`.
pub fn index(ts: &mut Thread, v: Value) -> PyResult<Value> {
    if v.is_int() {
        return Ok(v);
    }
    if let Some(r) = call_user_dunder(ts, v, "__index__", &[])? {
        if !r.is_int() {
            return Err(type_error(format!(
                "__index__ returned non-int (type {})",
                type_name(r)
            )));
        }
        return Ok(r);
    }
    Err(type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        type_name(v)
    )))
}

/// `PyNumber_AsSsize_t(v, OverflowError)`.
pub fn as_ssize(ts: &mut Thread, v: Value) -> PyResult<i64> {
    let i = index(ts, v)?;
    i.as_i64()
        .ok_or_else(|| overflow_error("Python int too large to convert to C ssize_t"))
}

/// `PyNumber_AsSsize_t(v, NULL)`: out-of-range ints clamp to the i64 range.
pub fn as_ssize_clamped(ts: &mut Thread, v: Value) -> PyResult<i64> {
    let i = index(ts, v)?;
    Ok(match i.as_i64() {
        Some(x) => x,
        None => {
            if i.as_bigint().expect("int").is_negative() {
                i64::MIN
            } else {
                i64::MAX
            }
        }
    })
}

/// The value of an int (or int subclass, or bool) as an exact `int`.
pub fn exact_int(v: Value) -> Value {
    if v.is_small_int() {
        return v;
    }
    if v.is_bool() {
        return Value::small_int((v == Value::TRUE) as i64);
    }
    match v.downcast::<BigIntObj>() {
        Some(g) if g.cls() != types().int => int_from_big(g.v.clone()),
        _ => v,
    }
}

/// An int of class `cls` (an int subclass gets its own object).
pub fn int_of_class(cls: Gc<TypeObj>, v: BigInt) -> Value {
    if cls == types().int {
        return int_from_big(v);
    }
    crate::heap::alloc(cls, BigIntObj { v }).value()
}

/// The int value as a big int; the caller checked `is_int()`.
pub fn big(v: Value) -> BigInt {
    v.as_bigint().expect("int").into_owned()
}

/// `float(v)` for numbers only (`PyFloat_AsDouble`): floats, ints,
/// `__float__` and `__index__`.
pub fn to_f64(ts: &mut Thread, v: Value) -> PyResult<f64> {
    if let Some(f) = v.as_float() {
        return Ok(f);
    }
    if let Some(r) = call_user_dunder(ts, v, "__float__", &[])? {
        return r.as_float_any().ok_or_else(|| {
            type_error(format!(
                "{}.__float__ returned non-float (type {})",
                type_name(v),
                type_name(r)
            ))
        });
    }
    if let Some(f) = v.as_float_any() {
        return Ok(f);
    }
    if v.is_int() {
        return int_to_f64(v);
    }
    if let Some(r) = call_user_dunder(ts, v, "__index__", &[])? {
        if !r.is_int() {
            return Err(type_error(format!(
                "__index__ returned non-int (type {})",
                type_name(r)
            )));
        }
        return int_to_f64(r);
    }
    Err(type_error(format!(
        "must be real number, not {}",
        type_name(v)
    )))
}

/// An int as a float, with CPython's overflow error.
pub fn int_to_f64(v: Value) -> PyResult<f64> {
    if let Some(i) = v.as_small_int() {
        return Ok(i as f64);
    }
    match big(v).to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(overflow_error("int too large to convert to float")),
    }
}

/// A new float object: NaN results are distinct objects, as in CPython.
pub fn new_float(f: f64) -> Value {
    if f.is_nan() {
        Value::fresh_nan()
    } else {
        Value::float(f)
    }
}

/// The receiver of an `int` method.
fn this_int(args: &[Value], method: &str) -> PyResult<Value> {
    match args.first() {
        Some(&v) if v.is_int() => Ok(v),
        Some(&v) => Err(super::lists::arity::descr_error(method, "int", v)),
        None => Err(super::lists::arity::needs_receiver(method, "int")),
    }
}

/// The receiver of a `float` method.
fn this_float(args: &[Value], method: &str) -> PyResult<f64> {
    match args.first() {
        Some(&v) => v
            .as_float_any()
            .ok_or_else(|| super::lists::arity::descr_error(method, "float", v)),
        None => Err(super::lists::arity::needs_receiver(method, "float")),
    }
}

/// `divmod(a, b)` for two ints.
pub fn num_divmod(a: Value, b: Value) -> PyResult<Value> {
    num_dunders::int_arith(a, b, num_dunders::DIVMOD)
}

/// `divmod(x, y)` for two floats.
pub fn float_divmod(x: f64, y: f64) -> PyResult<Value> {
    num_dunders::float_arith(x, y, num_dunders::DIVMOD)
}
