//! Operators whose operands mix int, float (and float subclasses) and
//! complex, after the immediate fast paths declined them.

use super::complex_ops;
use super::int_ops::int_to_f64;
use crate::runtime::PyResult;
use crate::value::Value;

/// Whether `v` is an int, float or complex (including subclasses).
#[inline]
pub fn is_number(v: Value) -> bool {
    v.is_int() || v.is_float_any() || v.as_complex().is_some()
}

/// A real number as f64 (ints may overflow).
pub fn real_f64(v: Value) -> PyResult<f64> {
    match v.as_float_any() {
        Some(f) => Ok(f),
        None => int_to_f64(v),
    }
}

/// A number as `(re, im)`.
pub fn to_complex(v: Value) -> PyResult<(f64, f64)> {
    match v.as_complex() {
        Some(c) => Ok(c),
        None => Ok((real_f64(v)?, 0.0)),
    }
}

/// `a <op> b` for two numbers (see `is_number`); None is NotImplemented.
pub fn mixed_op(a: Value, b: Value, op: u32) -> PyResult<Option<Value>> {
    if a.is_int() && b.is_int() {
        return super::int_op(a, b, op);
    }
    if a.as_complex().is_some() || b.as_complex().is_some() {
        return complex_ops::binop(to_complex(a)?, to_complex(b)?, op);
    }
    super::float_op(real_f64(a)?, real_f64(b)?, op)
}

/// A number as (real part as an int/float value, imaginary part).
fn split(v: Value) -> (Value, f64) {
    if let Some((re, im)) = v.as_complex() {
        return (Value::float(re), im);
    }
    (crate::objects::float::plain_float(v), 0.0)
}

/// Comparison of numbers where one is complex or a float subclass (the
/// plain int/float cases are `compare::num_cmp`); None if either operand is
/// not a number, or when ordering involves a complex (unsupported).
pub fn num_compare(a: Value, b: Value, op: u32) -> Option<bool> {
    use crate::protocol::compare::{num_cmp, ordering_matches, EQ, NE};
    if !is_number(a) || !is_number(b) {
        return None;
    }
    let ((ra, ia), (rb, ib)) = (split(a), split(b));
    if op != EQ && op != NE {
        if a.as_complex().is_some() || b.as_complex().is_some() {
            return None;
        }
        return num_cmp(ra, rb).map(|o| ordering_matches(o, op));
    }
    #[allow(clippy::float_cmp)]
    let eq = ia == ib && num_cmp(ra, rb)? == Some(std::cmp::Ordering::Equal);
    Some(eq == (op == EQ))
}
