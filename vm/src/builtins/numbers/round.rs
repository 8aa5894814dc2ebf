//! `round(number, ndigits=None)` with CPython's semantics: round half to
//! even, and for floats with `ndigits` the correctly rounded decimal value
//! (so `round(2.675, 2) == 2.67`: 2.675 is really 2.67499999...).

use super::{big, exact_int, int_from_f64};
use crate::builtins::lists::arity::parse;
use crate::objects::builtin_fn::KwArgs;
use crate::objects::int::int_from_big;
use crate::protocol::dunder::call_user_dunder;
use crate::runtime::errors::{overflow_error, type_error};
use crate::runtime::thread::Thread;
use crate::runtime::types::type_name;
use crate::runtime::PyResult;
use crate::value::Value;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Pow, Signed, Zero};

/// The builtin `round`.
pub fn round_builtin(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let p = parse("round", args, kw, &["number", "ndigits"], 0, 2, 1)?;
    let number = p[0].expect("required");
    let ndigits = p[1].filter(|n| !n.is_none());
    let extra: Vec<Value> = ndigits.into_iter().collect();
    if let Some(r) = call_user_dunder(ts, number, "__round__", &extra)? {
        return Ok(r);
    }
    if let Some(x) = number.as_float_any() {
        return round_float(ts, x, ndigits);
    }
    if number.is_int() {
        return round_int(ts, number, ndigits);
    }
    Err(type_error(format!(
        "type {} doesn't define __round__ method",
        type_name(number)
    )))
}

/// `float.__round__(ndigits)`.
pub fn round_float(ts: &mut Thread, x: f64, ndigits: Option<Value>) -> PyResult<Value> {
    let Some(nd) = ndigits.filter(|n| !n.is_none()) else {
        let mut r = x.round();
        if (x - r).abs() == 0.5 {
            r = 2.0 * (x / 2.0).round();
        }
        return int_from_f64(r);
    };
    let n = super::as_ssize_clamped(ts, nd)?;
    Ok(Value::float(round_digits(x, n)?))
}

/// `x` rounded to `n` decimal digits (half to even on the exact value).
pub fn round_digits(x: f64, n: i64) -> PyResult<f64> {
    if !x.is_finite() || n > 323 {
        return Ok(x);
    }
    if n < -308 {
        return Ok(0.0 * x);
    }
    let bits = x.to_bits();
    let neg = bits >> 63 == 1;
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (m, e) = if exp_bits == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp_bits - 1075)
    };
    let mut num = BigInt::from(m);
    let mut den = BigInt::one();
    if e >= 0 {
        num <<= e as usize;
    } else {
        den <<= (-e) as usize;
    }
    let ten = BigInt::from(10);
    if n >= 0 {
        num *= Pow::pow(&ten, n as u64);
    } else {
        den *= Pow::pow(&ten, (-n) as u64);
    }
    let (q, r) = num.div_rem(&den);
    let twice: BigInt = r << 1usize;
    let q = if twice > den || (twice == den && q.is_odd()) {
        q + 1
    } else {
        q
    };
    let text = format!("{}{}e{}", if neg { "-" } else { "" }, q, -n);
    let v: f64 = text.parse().expect("decimal literal");
    if v.is_infinite() {
        return Err(overflow_error("rounded value too large to represent"));
    }
    Ok(v)
}

/// `int.__round__(ndigits)`.
pub fn round_int(ts: &mut Thread, v: Value, ndigits: Option<Value>) -> PyResult<Value> {
    let Some(nd) = ndigits.filter(|n| !n.is_none()) else {
        return Ok(exact_int(v));
    };
    let nd = super::index(ts, nd)?;
    let nd = big(nd);
    if !nd.is_negative() {
        return Ok(exact_int(v));
    }
    let x = big(v);
    let k = -nd;
    // |x| < 10**k / 2 rounds to 0; skip computing huge powers.
    let digits = x.magnitude().bits() as f64 * std::f64::consts::LOG10_2 + 1.0;
    if k > BigInt::from(digits as u64 + 1) {
        return Ok(Value::small_int(0));
    }
    let k = num_traits::ToPrimitive::to_u64(&k).expect("bounded above");
    let p: BigInt = Pow::pow(&BigInt::from(10), k);
    let (q, r) = x.div_mod_floor(&p);
    let twice: BigInt = &r << 1usize;
    let q = if twice > p || (twice == p && q.is_odd()) {
        q + 1
    } else {
        q
    };
    let out = q * p;
    Ok(int_from_big(if out.is_zero() {
        BigInt::zero()
    } else {
        out
    }))
}
