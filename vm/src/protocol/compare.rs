//! Rich comparison (`==`, `<`, ...) with CPython's reflected-operand rules,
//! and the native equality that containers use without running Python.

use crate::objects::int::BigIntObj;
use crate::objects::list::ListObj;
use crate::objects::tuple::TupleObj;
use crate::protocol::dunder::call_user_dunder;
use crate::protocol::dunder::user_dunder;
use crate::protocol::truth::truthy;
use crate::runtime::errors::type_error;
use crate::runtime::thread::Thread;
use crate::runtime::types::{type_name, type_of};
use crate::runtime::PyResult;
use crate::value::Value;
use num_bigint::BigInt;
use num_traits::{FromPrimitive, ToPrimitive};
use std::cmp::Ordering;

pub const LT: u32 = 0;
pub const LE: u32 = 1;
pub const EQ: u32 = 2;
pub const NE: u32 = 3;
pub const GT: u32 = 4;
pub const GE: u32 = 5;

const DUNDERS: [&str; 6] = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];
const SWAPPED: [u32; 6] = [GT, GE, EQ, NE, LT, LE];
const SYMBOLS: [&str; 6] = ["<", "<=", "==", "!=", ">", ">="];

/// Compares two numbers (int, bool, float, big int); None if either isn't one.
pub fn num_cmp(a: Value, b: Value) -> Option<Option<Ordering>> {
    if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
        return Some(Some(x.cmp(&y)));
    }
    if let (Some(x), Some(y)) = (a.as_float(), b.as_float()) {
        return Some(x.partial_cmp(&y));
    }
    let fa = a.as_float();
    let fb = b.as_float();
    match (fa, fb) {
        (Some(x), None) => {
            let y = b.as_bigint()?;
            Some(float_int_cmp(x, &y))
        }
        (None, Some(y)) => {
            let x = a.as_bigint()?;
            Some(float_int_cmp(y, &x).map(Ordering::reverse))
        }
        _ => {
            let x = a.as_bigint()?;
            let y = b.as_bigint()?;
            Some(Some(x.cmp(&y)))
        }
    }
}

/// Exact comparison of a float with an int (no rounding of the int).
fn float_int_cmp(x: f64, i: &BigInt) -> Option<Ordering> {
    if x.is_nan() {
        return None;
    }
    if x.is_infinite() {
        return Some(if x > 0.0 {
            Ordering::Greater
        } else {
            Ordering::Less
        });
    }
    if let Some(small) = i.to_i64() {
        if small.unsigned_abs() < (1 << 53) {
            return x.partial_cmp(&(small as f64));
        }
    }
    let fl = x.floor();
    let fi = BigInt::from_f64(fl)?;
    match fi.cmp(i) {
        Ordering::Equal if x > fl => Some(Ordering::Greater),
        o => Some(o),
    }
}

/// Equality as containers use it (identity first), when it needs no Python
/// code; None when a Python `__eq__` must decide.
pub fn native_eq(a: Value, b: Value) -> Option<bool> {
    // Identity implies equality (distinct NaN objects are distinct words,
    // see `Value::fresh_nan`).
    if a == b {
        return Some(true);
    }
    if let Some(o) = num_cmp(a, b) {
        return Some(o == Some(Ordering::Equal));
    }
    let (ta, tb) = (type_of(a), type_of(b));
    if user_dunder(ta, "__eq__").is_some() || user_dunder(tb, "__eq__").is_some() {
        return None;
    }
    if let (Some(x), Some(y)) = (a.as_str(), b.as_str()) {
        return Some(x == y);
    }
    if let Some(r) = crate::protocol::number::mixed::num_compare(a, b, EQ) {
        return Some(r);
    }
    if let (Some(x), Some(y)) = (a.as_tuple(), b.as_tuple()) {
        if x.len() != y.len() {
            return Some(false);
        }
        for (&p, &q) in x.iter().zip(y) {
            if !native_eq(p, q)? {
                return Some(false);
            }
        }
        return Some(true);
    }
    if let (Some(x), Some(y)) = (a.as_bytes(), b.as_bytes()) {
        return Some(x == y);
    }
    match (a.kind(), b.kind()) {
        // Containers whose elements may need Python: let `eq` decide.
        (Some(k), _) | (_, Some(k)) if is_container_kind(k) => None,
        _ => Some(false),
    }
}

fn is_container_kind(k: crate::object::Kind) -> bool {
    use crate::object::Kind::*;
    matches!(
        k,
        List | Tuple | Dict | Set | Range | ByteArray | Native | Slice
    )
}

/// `a == b` as a bool (identity first, as containers compare).
pub fn eq(ts: &mut Thread, a: Value, b: Value) -> PyResult<bool> {
    if let Some(r) = native_eq(a, b) {
        return Ok(r);
    }
    let r = rich_compare(ts, a, b, EQ)?;
    truthy(ts, r)
}

/// Whether `ty` answers `op` with Python code (`__ne__` falls back to a
/// Python `__eq__`, as `object.__ne__` does).
fn has_user_op(ty: crate::object::Gc<crate::objects::typeobj::TypeObj>, op: u32) -> bool {
    user_dunder(ty, DUNDERS[op as usize]).is_some()
        || (op == NE && user_dunder(ty, "__eq__").is_some())
}

/// `x.<op>(y)` for a Python class; None when it returned NotImplemented.
fn call_user_op(ts: &mut Thread, x: Value, y: Value, op: u32) -> PyResult<Option<Value>> {
    if let Some(r) = call_user_dunder(ts, x, DUNDERS[op as usize], &[y])? {
        return Ok((r != Value::NOT_IMPLEMENTED).then_some(r));
    }
    // `__ne__` inherited from object: the inverse of `__eq__`.
    match call_user_dunder(ts, x, "__eq__", &[y])? {
        Some(r) if r != Value::NOT_IMPLEMENTED => Ok(Some(Value::from_bool(!truthy(ts, r)?))),
        _ => Ok(None),
    }
}

/// `a <op> b` with full Python semantics; returns the result object.
pub fn rich_compare(ts: &mut Thread, a: Value, b: Value, op: u32) -> PyResult<Value> {
    if let Some(o) = num_cmp(a, b) {
        return Ok(Value::from_bool(ordering_matches(o, op)));
    }
    let swapped = SWAPPED[op as usize];
    let (ta, tb) = (type_of(a), type_of(b));
    let a_user = has_user_op(ta, op);
    let b_user = has_user_op(tb, swapped);
    if a_user || b_user {
        let reflected_first = ta != tb && tb.is_subtype(ta) && b_user;
        if reflected_first {
            if let Some(r) = call_user_op(ts, b, a, swapped)? {
                return Ok(r);
            }
        }
        if a_user {
            if let Some(r) = call_user_op(ts, a, b, op)? {
                return Ok(r);
            }
        }
        if b_user && !reflected_first {
            if let Some(r) = call_user_op(ts, b, a, swapped)? {
                return Ok(r);
            }
        }
    }
    match native_compare(ts, a, b, op)? {
        Some(v) => Ok(v),
        None => match op {
            EQ => Ok(Value::from_bool(a == b)),
            NE => Ok(Value::from_bool(a != b)),
            _ => Err(type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                SYMBOLS[op as usize],
                type_name(a),
                type_name(b)
            ))),
        },
    }
}

pub fn ordering_matches(o: Option<Ordering>, op: u32) -> bool {
    match o {
        None => op == NE,
        Some(o) => match op {
            LT => o == Ordering::Less,
            LE => o != Ordering::Greater,
            EQ => o == Ordering::Equal,
            NE => o != Ordering::Equal,
            GT => o == Ordering::Greater,
            _ => o != Ordering::Less,
        },
    }
}

/// Comparison of builtin values; None when the types don't support `op`.
fn native_compare(ts: &mut Thread, a: Value, b: Value, op: u32) -> PyResult<Option<Value>> {
    if let Some(r) = crate::protocol::number::mixed::num_compare(a, b, op) {
        return Ok(Some(Value::from_bool(r)));
    }
    if let (Some(x), Some(y)) = (a.as_str(), b.as_str()) {
        return Ok(Some(Value::from_bool(ordering_matches(Some(x.cmp(y)), op))));
    }
    if let Some(v) = crate::builtins::bytes::compare(a, b, op) {
        return Ok(Some(v));
    }
    let seqs = match (a.downcast::<TupleObj>(), b.downcast::<TupleObj>()) {
        (Some(x), Some(y)) => Some((x.items().to_vec(), y.items().to_vec())),
        _ => match (a.downcast::<ListObj>(), b.downcast::<ListObj>()) {
            (Some(x), Some(y)) => Some((x.snapshot(), y.snapshot())),
            _ => None,
        },
    };
    if let Some((x, y)) = seqs {
        return seq_compare(ts, &x, &y, op).map(Some);
    }
    if let Some(r) = crate::builtins::range::range_richcompare(a, b, op) {
        return Ok(Some(r));
    }
    if a.kind() == Some(crate::object::Kind::Native)
        || b.kind() == Some(crate::object::Kind::Native)
    {
        if let Some(r) = crate::builtins::dict_views::view_richcompare(ts, a, b, op)? {
            return Ok(Some(r));
        }
    }
    if op == EQ || op == NE {
        if let Some(r) = crate::protocol::container::container_eq(ts, a, b)? {
            return Ok(Some(Value::from_bool(r == (op == EQ))));
        }
    }
    if let Some(r) = crate::protocol::container::set_compare(ts, a, b, op)? {
        return Ok(Some(Value::from_bool(r)));
    }
    Ok(None)
}

/// Lexicographic comparison of two sequences (lists or tuples).
pub fn seq_compare(ts: &mut Thread, x: &[Value], y: &[Value], op: u32) -> PyResult<Value> {
    let n = ts.temp_roots.len();
    ts.temp_roots.extend_from_slice(x);
    ts.temp_roots.extend_from_slice(y);
    let r = (|| {
        for (&p, &q) in x.iter().zip(y) {
            if !eq(ts, p, q)? {
                if op == EQ {
                    return Ok(Value::FALSE);
                }
                if op == NE {
                    return Ok(Value::TRUE);
                }
                return rich_compare(ts, p, q, op);
            }
        }
        Ok(Value::from_bool(ordering_matches(
            Some(x.len().cmp(&y.len())),
            op,
        )))
    })();
    ts.temp_roots.truncate(n);
    r
}

/// Comparing big ints with each other (used by sorting fast paths).
pub fn bigint_of(v: Value) -> Option<&'static BigInt> {
    v.downcast::<BigIntObj>().map(|g| &g.get().v)
}
