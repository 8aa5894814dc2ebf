//! Complex arithmetic with CPython's algorithms (`Objects/complexobject.c`):
//! Smith's division, repeated squaring for small integral powers, and the
//! ERANGE/EDOM conditions mapped to CPython's exceptions.

use super::{ADD, MULTIPLY, POWER, SUBTRACT, TRUE_DIVIDE};
use crate::objects::complex::new_complex;
use crate::runtime::errors::{overflow_error, value_error, zero_division_error};
use crate::runtime::PyResult;
use crate::value::Value;

pub type C = (f64, f64);

pub fn prod(a: C, b: C) -> C {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// `_Py_c_quot`; None when dividing by zero.
pub fn quot(a: C, b: C) -> Option<C> {
    let (abs_br, abs_bi) = (b.0.abs(), b.1.abs());
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_bi >= abs_br {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        Some((f64::NAN, f64::NAN))
    }
}

/// `_Py_c_abs`: (result, overflowed).
pub fn abs(z: C) -> (f64, bool) {
    if !z.0.is_finite() || !z.1.is_finite() {
        if z.0.is_infinite() {
            return (z.0.abs(), false);
        }
        if z.1.is_infinite() {
            return (z.1.abs(), false);
        }
        return (f64::NAN, false);
    }
    let r = z.0.hypot(z.1);
    (r, !r.is_finite())
}

fn powu(x: C, n: i64) -> C {
    let (mut r, mut p) = ((1.0, 0.0), x);
    let mut mask: i64 = 1;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = prod(r, p);
        }
        mask <<= 1;
        p = prod(p, p);
    }
    r
}

/// `a ** b` (`complex_pow` without a modulus).
pub fn pow(a: C, b: C) -> PyResult<C> {
    let mut edom = false;
    let p = if b.1 == 0.0 && b.0 == b.0.floor() && b.0.abs() <= 100.0 {
        let n = b.0 as i64;
        if n > 0 {
            powu(a, n)
        } else {
            match quot((1.0, 0.0), powu(a, -n)) {
                Some(q) => q,
                None => {
                    edom = true;
                    (0.0, 0.0)
                }
            }
        }
    } else if b.0 == 0.0 && b.1 == 0.0 {
        (1.0, 0.0)
    } else if a.0 == 0.0 && a.1 == 0.0 {
        if b.1 != 0.0 || b.0 < 0.0 {
            edom = true;
        }
        (0.0, 0.0)
    } else {
        let vabs = a.0.hypot(a.1);
        let mut len = vabs.powf(b.0);
        let at = a.1.atan2(a.0);
        let mut phase = at * b.0;
        if b.1 != 0.0 {
            len /= (at * b.1).exp();
            phase += b.1 * vabs.ln();
        }
        (len * phase.cos(), len * phase.sin())
    };
    if edom {
        return Err(zero_division_error("0.0 to a negative or complex power"));
    }
    if p.0.is_infinite() || p.1.is_infinite() {
        return Err(overflow_error("complex exponentiation"));
    }
    Ok(p)
}

/// `a <op> b` for complex operands; None (NotImplemented) for other ops.
pub fn binop(a: C, b: C, op: u32) -> PyResult<Option<Value>> {
    let r = match op {
        ADD => (a.0 + b.0, a.1 + b.1),
        SUBTRACT => (a.0 - b.0, a.1 - b.1),
        MULTIPLY => prod(a, b),
        TRUE_DIVIDE => quot(a, b).ok_or_else(|| zero_division_error("complex division by zero"))?,
        POWER => pow(a, b)?,
        _ => return Ok(None),
    };
    Ok(Some(new_complex(r.0, r.1)))
}

/// `pow(a, b, m)` with a modulus: always an error for complex.
pub fn modpow_error() -> crate::runtime::errors::PyErr {
    value_error("complex modulo")
}
