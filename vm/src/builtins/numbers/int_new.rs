//! `int(x=0)`, `int(x, base=10)` and `bool(x=False)`.

use super::{big, exact_int, int_of_class};
use crate::builtins::args::kwarg;
use crate::builtins::lists::arity::new_cls;
use crate::builtins::{add_bound, Bind};
use crate::format::parse_int_limited;
use crate::objects::builtin_fn::KwArgs;
use crate::objects::bytes::ByteArrayObj;
use crate::objects::int::{int_from_big, int_from_i64};
use crate::protocol::dunder::call_user_dunder;
use crate::runtime::errors::{overflow_error, type_error, value_error};
use crate::runtime::thread::Thread;
use crate::runtime::types::{type_name, types};
use crate::runtime::PyResult;
use crate::value::Value;
use num_bigint::BigInt;
use num_traits::FromPrimitive;

pub fn register() {
    let t = types();
    let _ = t.int.native_new.set(int_new);
    let _ = t.bool_.native_new.set(bool_new);
    add_bound(t.int, Bind::Static, &[("__new__", int_new)]);
    add_bound(t.bool_, Bind::Static, &[("__new__", bool_new)]);
}

/// `int(x)` of a float: truncation, with CPython's errors for NaN and inf.
pub fn int_from_f64(f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(overflow_error("cannot convert float infinity to integer"));
    }
    let t = f.trunc();
    if t.abs() < 9.0e18 {
        return Ok(int_from_i64(t as i64));
    }
    Ok(int_from_big(BigInt::from_f64(t).expect("finite")))
}

fn int_new(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let cls = new_cls(args, types().int)?;
    let a = &args[1..];
    if a.len() + kw.len() > 2 {
        return Err(type_error(format!(
            "int() takes at most 2 arguments ({} given)",
            a.len() + kw.len()
        )));
    }
    for (k, _) in kw {
        let k = k.as_str().unwrap_or("?");
        if k != "base" {
            return Err(type_error(format!(
                "'{k}' is an invalid keyword argument for int()"
            )));
        }
    }
    let base = match (a.get(1), kwarg(kw, "base")) {
        (Some(_), Some(_)) => {
            return Err(type_error(
                "argument for int() given by name ('base') and position (2)",
            ))
        }
        (Some(&b), None) | (None, Some(b)) => Some(b),
        (None, None) => None,
    };
    let v = match (a.first(), base) {
        (None, None) => Value::small_int(0),
        (None, Some(_)) => return Err(type_error("int() missing string argument")),
        (Some(&x), None) => to_int(ts, x)?,
        (Some(&x), Some(b)) => {
            let b = super::as_ssize_clamped(ts, b)?;
            if b != 0 && !(2..=36).contains(&b) {
                return Err(value_error("int() base must be >= 2 and <= 36, or 0"));
            }
            match parse_text(x, b as u32)? {
                Some(v) => v,
                None => {
                    return Err(type_error(
                        "int() can't convert non-string with explicit base",
                    ))
                }
            }
        }
    };
    if cls == types().int {
        return Ok(v);
    }
    Ok(int_of_class(cls, big(v)))
}

/// Parses a str, bytes or bytearray as an int; None for other types.
fn parse_text(x: Value, base: u32) -> PyResult<Option<Value>> {
    if let Some(s) = x.as_str() {
        return match parse_int_limited(s, base, crate::modules::sys::int_max_str_digits()) {
            Ok(b) => Ok(Some(int_from_big(b))),
            Err(m) => Err(value_error(m)),
        };
    }
    let data: Vec<u8> = if let Some(b) = x.as_bytes() {
        b.to_vec()
    } else if let Some(ba) = x.downcast::<ByteArrayObj>() {
        ba.data.lock().clone()
    } else {
        return Ok(None);
    };
    let text = String::from_utf8_lossy(&data);
    match parse_int_limited(&text, base, crate::modules::sys::int_max_str_digits()) {
        Ok(b) if std::str::from_utf8(&data).is_ok() => Ok(Some(int_from_big(b))),
        Err(m) if !m.starts_with("invalid literal") => Err(value_error(m)),
        _ => {
            let r = crate::protocol::repr::quote_bytes(&data);
            let r = if x.as_bytes().is_some() {
                r
            } else {
                format!("bytearray({r})")
            };
            Err(value_error(format!(
                "invalid literal for int() with base {base}: {r}"
            )))
        }
    }
}

/// `PyNumber_Long(x)`: the exact int value of `x`.
pub fn to_int(ts: &mut Thread, x: Value) -> PyResult<Value> {
    if let Some(r) = call_user_dunder(ts, x, "__int__", &[])? {
        if !r.is_int() {
            return Err(type_error(format!(
                "__int__ returned non-int (type {})",
                type_name(r)
            )));
        }
        return Ok(exact_int(r));
    }
    if x.is_int() {
        return Ok(exact_int(x));
    }
    if let Some(f) = x.as_float_any() {
        return int_from_f64(f);
    }
    if let Some(r) = call_user_dunder(ts, x, "__index__", &[])? {
        if !r.is_int() {
            return Err(type_error(format!(
                "__index__ returned non-int (type {})",
                type_name(r)
            )));
        }
        return Ok(exact_int(r));
    }
    if let Some(r) = call_user_dunder(ts, x, "__trunc__", &[])? {
        if r.is_int() {
            return Ok(exact_int(r));
        }
        return match super::index(ts, r) {
            Ok(i) => Ok(exact_int(i)),
            Err(e) if e.matches(types().type_error) => Err(type_error(format!(
                "__trunc__ returned non-Integral (type {})",
                type_name(r)
            ))),
            Err(e) => Err(e),
        };
    }
    if let Some(v) = parse_text(x, 10)? {
        return Ok(v);
    }
    Err(type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        type_name(x)
    )))
}

fn bool_new(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let cls = new_cls(args, types().bool_)?;
    let _ = cls;
    if !kw.is_empty() {
        return Err(type_error("bool() takes no keyword arguments"));
    }
    crate::builtins::lists::arity::arity("bool", args.len() - 1, 0, 1)?;
    match args.get(1) {
        None => Ok(Value::FALSE),
        Some(&x) => Ok(Value::from_bool(crate::protocol::truthy(ts, x)?)),
    }
}
