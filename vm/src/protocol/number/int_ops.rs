//! Integer arithmetic with CPython's semantics (floor division and modulo
//! round toward negative infinity; results normalise to small ints).

use super::int_div::{floor_div, floor_divmod, floor_mod};
use crate::objects::int::{int_from_big, int_from_i64};
use crate::runtime::errors::{value_error, zero_division_error};
use crate::runtime::PyResult;
use crate::value::Value;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

pub fn big(v: Value) -> BigInt {
    v.as_bigint().expect("int").into_owned()
}

/// The int's digits without copying a heap int (a small int is converted).
#[inline]
fn big_ref(v: Value) -> std::borrow::Cow<'static, BigInt> {
    v.as_bigint().expect("int")
}

#[inline]
pub fn add_ints(a: Value, b: Value) -> Value {
    if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
        return int_from_i64(x + y);
    }
    int_from_big(&*big_ref(a) + &*big_ref(b))
}

pub fn sub_ints(a: Value, b: Value) -> Value {
    if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
        return int_from_i64(x - y);
    }
    int_from_big(&*big_ref(a) - &*big_ref(b))
}

pub fn mul_ints(a: Value, b: Value) -> Value {
    if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
        if let Some(p) = x.checked_mul(y) {
            return int_from_i64(p);
        }
    }
    int_from_big(&*big_ref(a) * &*big_ref(b))
}

pub fn floordiv_ints(a: Value, b: Value) -> PyResult<Value> {
    if let (Some(x), Some(y)) = (a.as_i64(), b.as_i64()) {
        if y == 0 {
            return Err(zero_division_error("integer division or modulo by zero"));
        }
        if let Some(q) = floor_div_i64(x, y) {
            return Ok(int_from_i64(q));
        }
    }
    let (x, y) = (big_ref(a), big_ref(b));
    if y.is_zero() {
        return Err(zero_division_error("integer division or modulo by zero"));
    }
    Ok(int_from_big(floor_div(&x, &y)))
}

fn floor_div_i64(x: i64, y: i64) -> Option<i64> {
    let q = x.checked_div(y)?;
    if (x % y != 0) && ((x < 0) != (y < 0)) {
        Some(q - 1)
    } else {
        Some(q)
    }
}

pub fn mod_ints(a: Value, b: Value) -> PyResult<Value> {
    if let (Some(x), Some(y)) = (a.as_i64(), b.as_i64()) {
        if y == 0 {
            return Err(zero_division_error("integer modulo by zero"));
        }
        if let Some(r) = x.checked_rem(y) {
            let r = if r != 0 && ((r < 0) != (y < 0)) {
                r + y
            } else {
                r
            };
            return Ok(int_from_i64(r));
        }
    }
    let (x, y) = (big_ref(a), big_ref(b));
    if y.is_zero() {
        return Err(zero_division_error("integer modulo by zero"));
    }
    Ok(int_from_big(floor_mod(&x, &y)))
}

/// `divmod(a, b)` for two ints, with one division.
pub fn divmod_ints(a: Value, b: Value) -> PyResult<(Value, Value)> {
    // Word-sized operands: the i64 paths of `//` and `%` are cheaper than
    // one big division.
    if a.as_i64().is_some() && b.as_i64().is_some() {
        return Ok((floordiv_ints(a, b)?, mod_ints(a, b)?));
    }
    let (x, y) = (big_ref(a), big_ref(b));
    if y.is_zero() {
        return Err(zero_division_error("integer division or modulo by zero"));
    }
    let (q, r) = floor_divmod(&x, &y);
    Ok((int_from_big(q), int_from_big(r)))
}

pub fn truediv_ints(a: Value, b: Value) -> PyResult<Value> {
    if let (Some(x), Some(y)) = (a.as_i64(), b.as_i64()) {
        if y == 0 {
            return Err(zero_division_error("division by zero"));
        }
        if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) {
            return Ok(Value::float(x as f64 / y as f64));
        }
    }
    let (x, y) = (big(a), big(b));
    if y.is_zero() {
        return Err(zero_division_error("division by zero"));
    }
    Ok(Value::float(big_ratio_to_f64(&x, &y)?))
}

/// Correctly rounded x / y for big ints (CPython's long_true_divide idea:
/// scale to 55+ significant bits, integer-divide, then round once).
fn big_ratio_to_f64(x: &BigInt, y: &BigInt) -> PyResult<f64> {
    let neg = x.is_negative() != y.is_negative();
    let (x, y) = (x.abs(), y.abs());
    if x.is_zero() {
        return Ok(if neg { -0.0 } else { 0.0 });
    }
    let shift = y.bits() as i64 - x.bits() as i64 + 55;
    let (n, d) = if shift >= 0 {
        (x << shift as usize, y)
    } else {
        (x, y << (-shift) as usize)
    };
    let (q, r) = n.div_rem(&d);
    // q has 55 or 56 bits; fold the remainder into a sticky bit.
    let q = (q << 1usize) | BigInt::from(!r.is_zero() as u8);
    let qf = q.to_f64().unwrap_or(f64::INFINITY);
    let exp = -(shift as i32) - 1;
    let v = if exp < -1000 {
        qf * 2f64.powi(exp + 1000) * 2f64.powi(-1000)
    } else {
        qf * 2f64.powi(exp)
    };
    if v.is_infinite() {
        return Err(crate::runtime::errors::overflow_error(
            "integer division result too large for a float",
        ));
    }
    Ok(if neg { -v } else { v })
}

pub fn pow_ints(a: Value, b: Value) -> PyResult<Value> {
    let e = big(b);
    if e.is_negative() {
        let base = int_to_f64(a)?;
        if base == 0.0 {
            return Err(zero_division_error(
                "0.0 cannot be raised to a negative power",
            ));
        }
        return Ok(Value::float(base.powf(int_to_f64(b)?)));
    }
    if let (Some(x), Some(y)) = (a.as_small_int(), e.to_u32()) {
        if let Some(p) = x.checked_pow(y) {
            return Ok(int_from_i64(p));
        }
    }
    let exp = e
        .to_u64()
        .ok_or_else(|| crate::runtime::errors::overflow_error("exponent too large"))?;
    Ok(int_from_big(num_traits::Pow::pow(big(a), exp)))
}

pub fn shift_ints(a: Value, b: Value, left: bool) -> PyResult<Value> {
    let n = big(b);
    if n.is_negative() {
        return Err(value_error("negative shift count"));
    }
    let n = n
        .to_usize()
        .ok_or_else(|| crate::runtime::errors::overflow_error("too many digits in integer"))?;
    if left {
        // CPython fails the allocation of such a result with a bare MemoryError.
        if n > 1 << 34 && !big(a).is_zero() {
            return Err(crate::runtime::errors::PyErr::empty(
                crate::runtime::types::types().memory_error,
            ));
        }
        if let Some(x) = a.as_small_int() {
            if n < 13 {
                return Ok(int_from_i64(x << n));
            }
        }
        Ok(int_from_big(big(a) << n))
    } else {
        if let Some(x) = a.as_small_int() {
            return Ok(int_from_i64(x >> n.min(63)));
        }
        Ok(int_from_big(big(a) >> n))
    }
}

pub fn bit_ints(a: Value, b: Value, op: u32) -> Value {
    if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
        return int_from_i64(match op {
            1 => x & y,
            7 => x | y,
            _ => x ^ y,
        });
    }
    let (x, y) = (big(a), big(b));
    int_from_big(match op {
        1 => x & y,
        7 => x | y,
        _ => x ^ y,
    })
}

pub fn int_to_f64(v: Value) -> PyResult<f64> {
    if let Some(i) = v.as_small_int() {
        return Ok(i as f64);
    }
    let f = big(v).to_f64().unwrap_or(f64::INFINITY);
    if f.is_infinite() {
        return Err(crate::runtime::errors::overflow_error(
            "int too large to convert to float",
        ));
    }
    Ok(f)
}
