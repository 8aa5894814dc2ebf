//! `cmath` (basics): sqrt, exp, log, log10, phase, polar, rect, isclose,
//! isfinite/isinf/isnan and the constants, with CPython's algorithms for
//! finite arguments (`Modules/cmathmodule.c`; the special-value tables for
//! infinities and NaNs are not reproduced).

use crate::builtins::args::check;
use crate::objects::builtin_fn::KwArgs;
use crate::objects::complex::new_complex;
use crate::objects::tuple::new_tuple;
use crate::protocol::dict::dict_set_str;
use crate::protocol::number::complex_ops;
use crate::runtime::errors::{overflow_error, type_error, value_error};
use crate::runtime::intern::intern;
use crate::runtime::thread::Thread;
use crate::runtime::types::type_name;
use crate::runtime::PyResult;
use crate::value::Value;
use std::f64::consts::{LN_10, LN_2};

type C = (f64, f64);

pub fn create(_ts: &mut Thread) -> PyResult<Value> {
    let (m, d) = crate::runtime::import::new_registered_module("cmath", None);
    dict_set_str(d, intern("pi"), Value::float(std::f64::consts::PI));
    dict_set_str(d, intern("e"), Value::float(std::f64::consts::E));
    dict_set_str(d, intern("tau"), Value::float(std::f64::consts::TAU));
    dict_set_str(d, intern("inf"), Value::float(f64::INFINITY));
    dict_set_str(d, intern("nan"), Value::float(f64::NAN));
    dict_set_str(d, intern("infj"), new_complex(0.0, f64::INFINITY));
    dict_set_str(d, intern("nanj"), new_complex(0.0, f64::NAN));
    crate::modules::add_functions(
        d,
        "cmath",
        &[
            ("sqrt", sqrt),
            ("exp", exp),
            ("log", log),
            ("log10", log10),
            ("phase", phase),
            ("polar", polar),
            ("rect", rect),
            ("isclose", isclose),
            ("isfinite", isfinite),
            ("isinf", isinf),
            ("isnan", isnan),
        ],
    );
    Ok(m.value())
}

/// `PyComplex_AsCComplex`: complex, `__complex__`, or a real number.
fn arg(ts: &mut Thread, v: Value) -> PyResult<C> {
    if let Some(c) = v.as_complex() {
        return Ok(c);
    }
    if let Some(r) = crate::protocol::dunder::call_user_dunder(ts, v, "__complex__", &[])? {
        return r.as_complex().ok_or_else(|| {
            type_error(format!(
                "__complex__ returned non-complex (type {})",
                type_name(r)
            ))
        });
    }
    Ok((crate::modules::math::to_f64(ts, v)?, 0.0))
}

fn one(ts: &mut Thread, name: &str, args: &[Value], kw: KwArgs) -> PyResult<C> {
    check(&format!("cmath.{name}"), args, kw, 1, 1)?;
    arg(ts, args[0])
}

fn ok(z: C) -> PyResult<Value> {
    Ok(new_complex(z.0, z.1))
}

fn c_sqrt(z: C) -> C {
    if z.0 == 0.0 && z.1 == 0.0 {
        return (0.0, z.1);
    }
    let (mut ax, ay) = (z.0.abs(), z.1.abs());
    let s = if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        ax *= 2f64.powi(53);
        (ax + ax.hypot(ay * 2f64.powi(53))).sqrt() * 2f64.powi(-27)
    } else {
        ax /= 8.0;
        2.0 * (ax + ax.hypot(ay / 8.0)).sqrt()
    };
    let d = ay / (2.0 * s);
    if z.0 >= 0.0 {
        (s, d.copysign(z.1))
    } else {
        (d, s.copysign(z.1))
    }
}

fn sqrt(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let z = one(ts, "sqrt", args, kw)?;
    ok(c_sqrt(z))
}

fn exp(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let z = one(ts, "exp", args, kw)?;
    let r = if z.0 > 708.3964185322641 {
        let l = (z.0 - 1.0).exp();
        (
            l * z.1.cos() * std::f64::consts::E,
            l * z.1.sin() * std::f64::consts::E,
        )
    } else {
        let l = z.0.exp();
        (l * z.1.cos(), l * z.1.sin())
    };
    if z.0.is_finite() && z.1.is_finite() && (r.0.is_infinite() || r.1.is_infinite()) {
        return Err(overflow_error("math range error"));
    }
    ok(r)
}

/// CPython's `c_log`; Err for log(0).
fn c_log(z: C) -> PyResult<C> {
    let (ax, ay) = (z.0.abs(), z.1.abs());
    let re = if ax > f64::MAX / 4.0 || ay > f64::MAX / 4.0 {
        (ax / 2.0).hypot(ay / 2.0).ln() + LN_2
    } else if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        if ax > 0.0 || ay > 0.0 {
            let k = 2f64.powi(53);
            (ax * k).hypot(ay * k).ln() - 53.0 * LN_2
        } else {
            return Err(value_error("math domain error"));
        }
    } else {
        let h = ax.hypot(ay);
        if (0.71..=1.73).contains(&h) {
            let (am, an) = if ax > ay { (ax, ay) } else { (ay, ax) };
            ((am - 1.0) * (am + 1.0) + an * an).ln_1p() / 2.0
        } else {
            h.ln()
        }
    };
    Ok((re, z.1.atan2(z.0)))
}

fn log(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check("log", args, kw, 1, 2)?;
    let z = arg(ts, args[0])?;
    let mut r = c_log(z)?;
    if let Some(&b) = args.get(1) {
        let lb = c_log(arg(ts, b)?)?;
        r = complex_ops::quot(r, lb).ok_or_else(|| value_error("math domain error"))?;
    }
    ok(r)
}

fn log10(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let z = one(ts, "log10", args, kw)?;
    let r = c_log(z)?;
    ok((r.0 / LN_10, r.1 / LN_10))
}

fn phase(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let z = one(ts, "phase", args, kw)?;
    Ok(Value::float(z.1.atan2(z.0)))
}

fn polar(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let z = one(ts, "polar", args, kw)?;
    let (r, overflow) = complex_ops::abs(z);
    if overflow {
        return Err(overflow_error("math range error"));
    }
    Ok(new_tuple([Value::float(r), Value::float(z.1.atan2(z.0))]))
}

fn rect(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check("rect", args, kw, 2, 2)?;
    let r = crate::modules::math::to_f64(ts, args[0])?;
    let phi = crate::modules::math::to_f64(ts, args[1])?;
    if phi == 0.0 {
        return ok((r, r * phi));
    }
    ok((r * phi.cos(), r * phi.sin()))
}

fn isclose(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    crate::builtins::args::count("isclose", args.len(), 2, 2)?;
    crate::builtins::args::only_kwargs("isclose", kw, &["rel_tol", "abs_tol"])?;
    let (a, b) = (arg(ts, args[0])?, arg(ts, args[1])?);
    let rel = match crate::builtins::args::kwarg(kw, "rel_tol") {
        Some(v) => crate::modules::math::to_f64(ts, v)?,
        None => 1e-9,
    };
    let abs_tol = match crate::builtins::args::kwarg(kw, "abs_tol") {
        Some(v) => crate::modules::math::to_f64(ts, v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs_tol < 0.0 {
        return Err(value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::TRUE);
    }
    if [a.0, a.1, b.0, b.1].iter().any(|x| x.is_infinite()) {
        return Ok(Value::FALSE);
    }
    let diff = complex_ops::abs((b.0 - a.0, b.1 - a.1)).0;
    let (ab, aa) = (complex_ops::abs(b).0, complex_ops::abs(a).0);
    Ok(Value::from_bool(
        diff <= rel * ab || diff <= rel * aa || diff <= abs_tol,
    ))
}

fn isfinite(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let z = one(ts, "isfinite", args, kw)?;
    Ok(Value::from_bool(z.0.is_finite() && z.1.is_finite()))
}

fn isinf(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let z = one(ts, "isinf", args, kw)?;
    Ok(Value::from_bool(z.0.is_infinite() || z.1.is_infinite()))
}

fn isnan(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let z = one(ts, "isnan", args, kw)?;
    Ok(Value::from_bool(z.0.is_nan() || z.1.is_nan()))
}
