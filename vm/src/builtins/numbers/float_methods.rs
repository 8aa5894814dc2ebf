//! `float(x=0.0)` and the methods of `float`.

use super::{int_from_f64, this_float};
use crate::builtins::lists::arity::{arity, new_cls, noargs, positional};
use crate::builtins::{add_bound, add_methods, Bind};
use crate::objects::builtin_fn::KwArgs;
use crate::objects::bytes::ByteArrayObj;
use crate::objects::int::int_from_big;
use crate::objects::tuple::new_tuple;
use crate::protocol::dunder::call_user_dunder;
use crate::runtime::errors::{overflow_error, type_error, value_error};
use crate::runtime::thread::Thread;
use crate::runtime::types::{type_name, types};
use crate::runtime::PyResult;
use crate::value::Value;
use num_bigint::BigInt;

pub fn register() {
    let t = types();
    let _ = t.float.native_new.set(float_new);
    add_bound(t.float, Bind::Static, &[("__new__", float_new)]);
    add_methods(
        t.float,
        &[
            ("is_integer", is_integer),
            ("as_integer_ratio", as_integer_ratio),
            ("conjugate", conjugate),
            ("__trunc__", trunc),
            ("__int__", trunc),
            ("__floor__", floor),
            ("__ceil__", ceil),
            ("__float__", conjugate),
            ("__round__", round),
            ("__getnewargs__", getnewargs),
        ],
    );
}

/// `float(x)`; for a subclass `cls`, a `FloatObj` of that class.
fn float_new(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let cls = new_cls(args, types().float)?;
    if !kw.is_empty() {
        return Err(type_error("float() takes no keyword arguments"));
    }
    arity("float", args.len() - 1, 0, 1)?;
    let v = match args.get(1) {
        None => Value::float(0.0),
        Some(&x) if x.is_float() => x,
        Some(&x) => super::new_float(to_float(ts, x)?),
    };
    if cls == types().float {
        return Ok(v);
    }
    Ok(crate::objects::float::float_of_class(
        cls,
        v.float_unchecked(),
    ))
}

/// `PyNumber_Float(x)`.
pub fn to_float(ts: &mut Thread, x: Value) -> PyResult<f64> {
    if let Some(f) = x.as_float() {
        return Ok(f);
    }
    if let Some(r) = call_user_dunder(ts, x, "__float__", &[])? {
        return r.as_float_any().ok_or_else(|| {
            type_error(format!(
                "{}.__float__ returned non-float (type {})",
                type_name(x),
                type_name(r)
            ))
        });
    }
    if let Some(f) = x.as_float_any() {
        return Ok(f);
    }
    if x.is_int() {
        return super::int_to_f64(x);
    }
    if let Some(r) = call_user_dunder(ts, x, "__index__", &[])? {
        if !r.is_int() {
            return Err(type_error(format!(
                "__index__ returned non-int (type {})",
                type_name(r)
            )));
        }
        return super::int_to_f64(r);
    }
    if let Some(s) = x.as_str() {
        return crate::format::parse_float(s).map_err(value_error);
    }
    let data = if let Some(b) = x.as_bytes() {
        Some((b.to_vec(), false))
    } else {
        x.downcast::<ByteArrayObj>()
            .map(|ba| (ba.data.lock().clone(), true))
    };
    if let Some((data, is_array)) = data {
        let parsed = std::str::from_utf8(&data)
            .ok()
            .and_then(|s| crate::format::parse_float(s).ok());
        return parsed.ok_or_else(|| {
            let r = crate::protocol::repr::quote_bytes(&data);
            let r = if is_array {
                format!("bytearray({r})")
            } else {
                r
            };
            value_error(format!("could not convert string to float: {r}"))
        });
    }
    Err(type_error(format!(
        "float() argument must be a string or a real number, not '{}'",
        type_name(x)
    )))
}

fn is_integer(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let x = this_float(args, "is_integer")?;
    noargs("float.is_integer", args, kw)?;
    Ok(Value::from_bool(x.is_finite() && x.fract() == 0.0))
}

/// The exact (numerator, denominator) of a finite float, lowest terms.
pub fn ratio(x: f64) -> PyResult<(BigInt, BigInt)> {
    if x.is_nan() {
        return Err(value_error("cannot convert NaN to integer ratio"));
    }
    if x.is_infinite() {
        return Err(overflow_error("cannot convert Infinity to integer ratio"));
    }
    let bits = x.to_bits();
    let neg = bits >> 63 == 1;
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mut m, mut e) = if exp_bits == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp_bits - 1075)
    };
    if m == 0 {
        return Ok((BigInt::from(0), BigInt::from(1)));
    }
    let tz = m.trailing_zeros() as i64;
    m >>= tz;
    e += tz;
    let mut num = BigInt::from(m);
    let mut den = BigInt::from(1);
    if e >= 0 {
        num <<= e as usize;
    } else {
        den <<= (-e) as usize;
    }
    if neg {
        num = -num;
    }
    Ok((num, den))
}

fn as_integer_ratio(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let x = this_float(args, "as_integer_ratio")?;
    noargs("float.as_integer_ratio", args, kw)?;
    let (n, d) = ratio(x)?;
    Ok(new_tuple([int_from_big(n), int_from_big(d)]))
}

fn conjugate(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let x = this_float(args, "conjugate")?;
    noargs("float.conjugate", args, kw)?;
    Ok(Value::float(x))
}

fn trunc(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let x = this_float(args, "__trunc__")?;
    noargs("float.__trunc__", args, kw)?;
    int_from_f64(x)
}

fn floor(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let x = this_float(args, "__floor__")?;
    noargs("float.__floor__", args, kw)?;
    int_from_f64(x.floor())
}

fn ceil(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let x = this_float(args, "__ceil__")?;
    noargs("float.__ceil__", args, kw)?;
    int_from_f64(x.ceil())
}

fn round(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let x = this_float(args, "__round__")?;
    positional("__round__", &args[1..], kw, 0, 1)?;
    super::round::round_float(ts, x, args.get(1).copied())
}

fn getnewargs(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let x = this_float(args, "__getnewargs__")?;
    noargs("float.__getnewargs__", args, kw)?;
    Ok(new_tuple([Value::float(x)]))
}
