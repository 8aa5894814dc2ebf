//! Float arithmetic with CPython's semantics for `//`, `%`, `**`.

use crate::runtime::errors::{value_error, zero_division_error};
use crate::runtime::PyResult;

pub fn floordiv(a: f64, b: f64) -> PyResult<f64> {
    if b == 0.0 {
        return Err(zero_division_error("float floor division by zero"));
    }
    Ok(divmod(a, b).0)
}

pub fn modulo(a: f64, b: f64) -> PyResult<f64> {
    if b == 0.0 {
        return Err(zero_division_error("float modulo"));
    }
    Ok(divmod(a, b).1)
}

/// CPython's `float_divmod` (b != 0).
pub fn divmod(a: f64, b: f64) -> (f64, f64) {
    let mut m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(a / b)
    };
    (floordiv, m)
}

pub fn pow(a: f64, b: f64) -> PyResult<f64> {
    if a == 0.0 && b < 0.0 {
        return Err(zero_division_error(
            "0.0 cannot be raised to a negative power",
        ));
    }
    if a < 0.0 && b.fract() != 0.0 && b.is_finite() {
        return Err(value_error("complex results are not supported here"));
    }
    let r = a.powf(b);
    if r.is_infinite() && a.is_finite() && b.is_finite() {
        return Err(crate::runtime::errors::overflow_error(
            "(34, 'Numerical result out of range')",
        ));
    }
    Ok(r)
}

/// `a ** b` as a value: a negative base with a non-integral exponent gives
/// a complex result, as CPython's `float_pow` defers to complex.
pub fn pow_value(a: f64, b: f64) -> PyResult<crate::value::Value> {
    if a < 0.0 && b.fract() != 0.0 && b.is_finite() {
        let (re, im) = super::complex_ops::pow((a, 0.0), (b, 0.0))?;
        return Ok(crate::objects::complex::new_complex(re, im));
    }
    Ok(crate::builtins::numbers::new_float(pow(a, b)?))
}

pub fn truediv(a: f64, b: f64) -> PyResult<f64> {
    if b == 0.0 {
        return Err(zero_division_error("float division by zero"));
    }
    Ok(a / b)
}
