//! The `math` module.

use crate::builtins::args::check;
use crate::objects::builtin_fn::KwArgs;
use crate::objects::int::{int_from_big, int_from_i64};
use crate::protocol::dict::dict_set_str;
use crate::runtime::errors::{overflow_error, type_error, value_error};
use crate::runtime::intern::intern;
use crate::runtime::thread::Thread;
use crate::runtime::types::type_name;
use crate::runtime::PyResult;
use crate::value::Value;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

pub fn create(_ts: &mut Thread) -> PyResult<Value> {
    let (m, d) = crate::runtime::import::new_registered_module("math", None);
    dict_set_str(d, intern("pi"), Value::float(std::f64::consts::PI));
    dict_set_str(d, intern("e"), Value::float(std::f64::consts::E));
    dict_set_str(d, intern("tau"), Value::float(std::f64::consts::TAU));
    dict_set_str(d, intern("inf"), Value::float(f64::INFINITY));
    dict_set_str(d, intern("nan"), Value::float(f64::NAN));
    crate::modules::add_functions(
        d,
        "math",
        &[
            ("sqrt", sqrt),
            ("exp", exp),
            ("log", log),
            ("log2", log2),
            ("log10", log10),
            ("sin", sin),
            ("cos", cos),
            ("tan", tan),
            ("asin", asin),
            ("acos", acos),
            ("atan", atan),
            ("atan2", atan2),
            ("sinh", sinh),
            ("cosh", cosh),
            ("tanh", tanh),
            ("floor", floor),
            ("ceil", ceil),
            ("trunc", trunc),
            ("fabs", fabs),
            ("pow", pow),
            ("hypot", hypot),
            ("isnan", isnan),
            ("isinf", isinf),
            ("isfinite", isfinite),
            ("copysign", copysign),
            ("degrees", degrees),
            ("radians", radians),
            ("gcd", gcd),
            ("lcm", lcm),
            ("factorial", factorial),
            ("isqrt", isqrt),
            ("comb", comb),
            ("perm", perm),
            ("fsum", fsum),
            ("prod", prod),
            ("isclose", isclose),
            ("fmod", fmod),
            ("modf", modf),
            ("frexp", frexp),
            ("ldexp", ldexp),
            ("dist", dist),
            ("expm1", expm1),
            ("log1p", log1p),
            ("asinh", asinh),
            ("acosh", acosh),
            ("atanh", atanh),
            ("cbrt", cbrt),
            ("exp2", exp2),
            ("remainder", remainder),
            ("nextafter", nextafter),
            ("ulp", ulp),
        ],
    );
    Ok(m.value())
}

/// A real-number argument as f64 (ints convert exactly or overflow).
pub fn to_f64(ts: &mut Thread, v: Value) -> PyResult<f64> {
    if let Some(f) = v.as_float_any() {
        return Ok(f);
    }
    if v.is_int() {
        return crate::protocol::number::int_ops::int_to_f64(v);
    }
    if let Some(r) = crate::protocol::dunder::call_user_dunder(ts, v, "__float__", &[])? {
        if let Some(f) = r.as_float_any() {
            return Ok(f);
        }
    }
    Err(type_error(format!(
        "must be real number, not {}",
        type_name(v)
    )))
}

fn one(ts: &mut Thread, name: &str, args: &[Value], kw: KwArgs) -> PyResult<f64> {
    check(name, args, kw, 1, 1)?;
    to_f64(ts, args[0])
}

fn domain(r: f64, x: f64) -> PyResult<Value> {
    if r.is_nan() && !x.is_nan() {
        return Err(value_error("math domain error"));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(overflow_error("math range error"));
    }
    Ok(Value::float(r))
}

macro_rules! unary {
    ($($name:ident => $f:expr),* $(,)?) => {
        $(
            fn $name(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
                let x = one(ts, stringify!($name), args, kw)?;
                let f: fn(f64) -> f64 = $f;
                domain(f(x), x)
            }
        )*
    };
}

unary! {
    exp => f64::exp, sin => f64::sin, cos => f64::cos, tan => f64::tan, asin => f64::asin, acos => f64::acos,
    atan => f64::atan, sinh => f64::sinh, cosh => f64::cosh, tanh => f64::tanh, fabs => f64::abs,
    degrees => f64::to_degrees, radians => f64::to_radians, expm1 => f64::exp_m1,
    asinh => f64::asinh, acosh => f64::acosh, cbrt => f64::cbrt, exp2 => f64::exp2,
}

fn atanh(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let x = one(ts, "atanh", args, kw)?;
    if x.abs() >= 1.0 {
        return Err(value_error("math domain error"));
    }
    Ok(Value::float(x.atanh()))
}

/// IEEE 754 remainder: `x - n*y` with `n` the integer nearest `x/y` (ties to even).
fn remainder(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (x, y) = two(ts, "remainder", args, kw)?;
    if x.is_nan() {
        return Ok(Value::float(x));
    }
    if y.is_nan() {
        return Ok(Value::float(y));
    }
    if x.is_infinite() || y == 0.0 {
        return Err(value_error("math domain error"));
    }
    if y.is_infinite() {
        return Ok(Value::float(x));
    }
    let (absx, absy) = (x.abs(), y.abs());
    let m = absx % absy;
    let c = absy - m;
    let r = if m < c {
        m
    } else if m > c {
        -c
    } else {
        m - 2.0 * ((0.5 * (absx - m)) % absy)
    };
    Ok(Value::float(1f64.copysign(x) * r))
}

fn next_toward(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    f64::from_bits(if (y > x) == (x > 0.0) {
        bits + 1
    } else {
        bits - 1
    })
}

fn nextafter(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (x, y) = two(ts, "nextafter", args, kw)?;
    Ok(Value::float(next_toward(x, y)))
}

fn ulp(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let x = one(ts, "ulp", args, kw)?.abs();
    if x.is_nan() || x.is_infinite() {
        return Ok(Value::float(x));
    }
    let up = next_toward(x, f64::INFINITY);
    Ok(Value::float(if up.is_infinite() {
        x - next_toward(x, f64::NEG_INFINITY)
    } else {
        up - x
    }))
}

fn sqrt(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let x = one(ts, "sqrt", args, kw)?;
    if x < 0.0 {
        return Err(value_error("math domain error"));
    }
    Ok(Value::float(x.sqrt()))
}

fn log_of(ts: &mut Thread, v: Value) -> PyResult<f64> {
    if let Some(b) = v.as_bigint().filter(|_| v.is_int()) {
        if b.is_positive() && b.bits() > 1000 {
            // ln(b) = ln(b >> k) + k ln 2, exact enough for huge ints.
            let k = b.bits() - 64;
            let top = (&*b >> k).to_f64().unwrap_or(f64::MAX);
            return Ok(top.ln() + k as f64 * std::f64::consts::LN_2);
        }
    }
    let x = to_f64(ts, v)?;
    if x <= 0.0 {
        return Err(value_error("math domain error"));
    }
    Ok(x.ln())
}

fn log(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check("log", args, kw, 1, 2)?;
    let l = log_of(ts, args[0])?;
    match args.get(1) {
        Some(&b) => {
            let lb = log_of(ts, b)?;
            if lb == 0.0 {
                return Err(crate::runtime::errors::zero_division_error(
                    "float division by zero",
                ));
            }
            Ok(Value::float(l / lb))
        }
        None => Ok(Value::float(l)),
    }
}

fn log2(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check("log2", args, kw, 1, 1)?;
    let x = to_f64(ts, args[0])?;
    if x <= 0.0 {
        return Err(value_error("math domain error"));
    }
    Ok(Value::float(x.log2()))
}

fn log10(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check("log10", args, kw, 1, 1)?;
    let x = to_f64(ts, args[0])?;
    if x <= 0.0 {
        return Err(value_error("math domain error"));
    }
    Ok(Value::float(x.log10()))
}

fn log1p(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let x = one(ts, "log1p", args, kw)?;
    if x <= -1.0 {
        return Err(value_error("math domain error"));
    }
    Ok(Value::float(x.ln_1p()))
}

fn float_to_int(x: f64) -> PyResult<Value> {
    if x.is_nan() {
        return Err(value_error("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(overflow_error("cannot convert float infinity to integer"));
    }
    if x.abs() < 9e15 {
        return Ok(int_from_i64(x as i64));
    }
    Ok(int_from_big(
        num_traits::FromPrimitive::from_f64(x).unwrap_or_default(),
    ))
}

fn rounding(
    ts: &mut Thread,
    name: &str,
    args: &[Value],
    kw: KwArgs,
    dunder: &'static str,
    f: fn(f64) -> f64,
) -> PyResult<Value> {
    check(name, args, kw, 1, 1)?;
    let v = args[0];
    if v.is_int() {
        return Ok(if v.is_bool() {
            Value::small_int((v == Value::TRUE) as i64)
        } else {
            v
        });
    }
    if let Some(r) = crate::protocol::dunder::call_user_dunder(ts, v, dunder, &[])? {
        return Ok(r);
    }
    float_to_int(f(to_f64(ts, v)?))
}

fn floor(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    rounding(ts, "floor", args, kw, "__floor__", f64::floor)
}
fn ceil(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    rounding(ts, "ceil", args, kw, "__ceil__", f64::ceil)
}
fn trunc(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    rounding(ts, "trunc", args, kw, "__trunc__", f64::trunc)
}

fn two(ts: &mut Thread, name: &str, args: &[Value], kw: KwArgs) -> PyResult<(f64, f64)> {
    check(name, args, kw, 2, 2)?;
    Ok((to_f64(ts, args[0])?, to_f64(ts, args[1])?))
}

fn pow(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (x, y) = two(ts, "pow", args, kw)?;
    if x == 0.0 && y < 0.0 {
        return Err(value_error("math domain error"));
    }
    if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
        return Err(value_error("math domain error"));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(overflow_error("math range error"));
    }
    Ok(Value::float(r))
}

fn atan2(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (y, x) = two(ts, "atan2", args, kw)?;
    Ok(Value::float(y.atan2(x)))
}

fn fmod(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (x, y) = two(ts, "fmod", args, kw)?;
    if y == 0.0 && x.is_finite() {
        return Err(value_error("math domain error"));
    }
    Ok(Value::float(x % y))
}

fn copysign(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (x, y) = two(ts, "copysign", args, kw)?;
    Ok(Value::float(x.copysign(y)))
}

fn hypot(ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let mut acc = 0.0f64;
    let mut vals = Vec::new();
    for &a in args {
        vals.push(to_f64(ts, a)?);
    }
    if vals.iter().any(|v| v.is_infinite()) {
        return Ok(Value::float(f64::INFINITY));
    }
    let scale = vals.iter().fold(0.0f64, |m, v| m.max(v.abs()));
    if scale == 0.0 || scale.is_nan() {
        return Ok(Value::float(scale));
    }
    for v in vals {
        let s = v / scale;
        acc += s * s;
    }
    Ok(Value::float(scale * acc.sqrt()))
}

fn dist(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check("dist", args, kw, 2, 2)?;
    let p = crate::protocol::iter::collect(ts, args[0])?;
    let q = crate::protocol::iter::collect(ts, args[1])?;
    if p.len() != q.len() {
        return Err(value_error(
            "both points must have the same number of dimensions",
        ));
    }
    let mut diffs = Vec::new();
    for (a, b) in p.into_iter().zip(q) {
        diffs.push(Value::float(to_f64(ts, a)? - to_f64(ts, b)?));
    }
    hypot(ts, &diffs, &[])
}

fn isnan(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    Ok(Value::from_bool(one(ts, "isnan", args, kw)?.is_nan()))
}
fn isinf(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    Ok(Value::from_bool(one(ts, "isinf", args, kw)?.is_infinite()))
}
fn isfinite(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    Ok(Value::from_bool(one(ts, "isfinite", args, kw)?.is_finite()))
}

fn int_arg(v: Value) -> PyResult<BigInt> {
    if v.is_int() {
        return Ok(v.as_bigint().expect("int").into_owned());
    }
    Err(type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        type_name(v)
    )))
}

fn gcd(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let mut g = BigInt::zero();
    for &a in args {
        g = g.gcd(&int_arg(a)?);
    }
    Ok(int_from_big(g))
}

fn lcm(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let mut l = BigInt::from(1);
    for &a in args {
        let x = int_arg(a)?;
        if x.is_zero() {
            return Ok(Value::small_int(0));
        }
        l = l.lcm(&x);
    }
    Ok(int_from_big(l.abs()))
}

fn factorial(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check("factorial", args, kw, 1, 1)?;
    if args[0].is_float() {
        return Err(type_error(
            "'float' object cannot be interpreted as an integer",
        ));
    }
    let n = int_arg(args[0])?;
    if n.is_negative() {
        return Err(value_error("factorial() not defined for negative values"));
    }
    let n = n.to_u64().ok_or_else(|| {
        overflow_error("factorial() argument should not exceed 9223372036854775807")
    })?;
    let mut acc = BigInt::from(1);
    for i in 2..=n {
        acc *= i;
    }
    Ok(int_from_big(acc))
}

fn isqrt(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check("isqrt", args, kw, 1, 1)?;
    let n = int_arg(args[0])?;
    if n.is_negative() {
        return Err(value_error("isqrt() argument must be nonnegative"));
    }
    Ok(int_from_big(n.sqrt()))
}

fn comb(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check("comb", args, kw, 2, 2)?;
    let (n, k) = (int_arg(args[0])?, int_arg(args[1])?);
    if n.is_negative() {
        return Err(value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::small_int(0));
    }
    let k = std::cmp::min(k.clone(), &n - &k).to_u64().unwrap_or(0);
    let mut acc = BigInt::from(1);
    for i in 0..k {
        acc = acc * (&n - i) / (i + 1);
    }
    Ok(int_from_big(acc))
}

fn perm(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check("perm", args, kw, 1, 2)?;
    let n = int_arg(args[0])?;
    let k = match args.get(1) {
        Some(&k) if !k.is_none() => int_arg(k)?,
        _ => n.clone(),
    };
    if n.is_negative() {
        return Err(value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::small_int(0));
    }
    let mut acc = BigInt::from(1);
    for i in 0..k.to_u64().unwrap_or(0) {
        acc *= &n - i;
    }
    Ok(int_from_big(acc))
}

/// Shewchuk's exact summation, as CPython's `math.fsum`.
fn fsum(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check("fsum", args, kw, 1, 1)?;
    let items = crate::protocol::iter::collect(ts, args[0])?;
    let mut partials: Vec<f64> = Vec::new();
    for v in items {
        let mut x = to_f64(ts, v)?;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        partials.push(x);
    }
    let mut hi = 0.0;
    if let Some(mut n) = partials.len().checked_sub(1) {
        hi = partials[n];
        let mut lo = 0.0;
        while n > 0 {
            n -= 1;
            let x = hi;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(Value::float(hi))
}

fn prod(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    crate::builtins::args::count("prod", args.len(), 1, 1)?;
    let mut acc = crate::builtins::args::kwarg(kw, "start").unwrap_or(Value::small_int(1));
    for x in crate::protocol::iter::collect(ts, args[0])? {
        acc = crate::protocol::number::binary_op(ts, acc, x, crate::protocol::number::MULTIPLY)?;
    }
    Ok(acc)
}

fn isclose(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    crate::builtins::args::count("isclose", args.len(), 2, 2)?;
    let (a, b) = (to_f64(ts, args[0])?, to_f64(ts, args[1])?);
    let rel = match crate::builtins::args::kwarg(kw, "rel_tol") {
        Some(v) => to_f64(ts, v)?,
        None => 1e-9,
    };
    let abs = match crate::builtins::args::kwarg(kw, "abs_tol") {
        Some(v) => to_f64(ts, v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return Err(value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::TRUE);
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::FALSE);
    }
    let diff = (b - a).abs();
    Ok(Value::from_bool(
        diff <= (rel * b).abs() || diff <= (rel * a).abs() || diff <= abs,
    ))
}

fn modf(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let x = one(ts, "modf", args, kw)?;
    let i = x.trunc();
    let f = if x.is_infinite() {
        0.0f64.copysign(x)
    } else {
        x - i
    };
    Ok(crate::objects::tuple::new_tuple([
        Value::float(f),
        Value::float(i),
    ]))
}

fn frexp(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let x = one(ts, "frexp", args, kw)?;
    if x == 0.0 || !x.is_finite() {
        return Ok(crate::objects::tuple::new_tuple([
            Value::float(x),
            Value::small_int(0),
        ]));
    }
    let mut e = x.abs().log2().floor() as i32 + 1;
    let mut m = x / 2f64.powi(e);
    if m.abs() >= 1.0 {
        m /= 2.0;
        e += 1;
    } else if m.abs() < 0.5 {
        m *= 2.0;
        e -= 1;
    }
    Ok(crate::objects::tuple::new_tuple([
        Value::float(m),
        Value::small_int(e as i64),
    ]))
}

fn ldexp(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check("ldexp", args, kw, 2, 2)?;
    let x = to_f64(ts, args[0])?;
    let e = int_arg(args[1])?.to_i32().unwrap_or(i32::MAX);
    let r = x * 2f64.powi(e);
    if r.is_infinite() && x.is_finite() {
        return Err(overflow_error("math range error"));
    }
    Ok(Value::float(r))
}
