//! Binary and unary operators: `BINARY_OP`'s semantics.
//!
//! Ints and floats are handled inline; builtin containers natively;
//! Python classes through `__op__` / `__rop__` / `__iop__` with CPython's
//! rule that a right operand whose type subclasses the left's goes first.

pub mod complex_ops;
pub mod float_ops;
pub mod int_div;
pub mod int_ops;
pub mod mixed;
#[cfg(test)]
mod tests_int_div;

use crate::object::Kind;
use crate::objects::bytes::new_bytes;
use crate::objects::dict::DictObj;
use crate::objects::list::{new_list, ListObj};
use crate::objects::set::SetObj;
use crate::objects::str::new_str;
use crate::objects::tuple::new_tuple;
use crate::objects::typeobj::TF_HEAPTYPE;
use crate::protocol::dunder::{call_user_dunder, user_dunder};
use crate::runtime::errors::{overflow_error, type_error};
use crate::runtime::thread::Thread;
use crate::runtime::types::{type_name, type_of};
use crate::runtime::PyResult;
use crate::value::Value;
pub use int_ops::add_ints;
use int_ops::*;

pub const ADD: u32 = 0;
pub const AND: u32 = 1;
pub const FLOOR_DIVIDE: u32 = 2;
pub const LSHIFT: u32 = 3;
pub const MATMUL: u32 = 4;
pub const MULTIPLY: u32 = 5;
pub const REMAINDER: u32 = 6;
pub const OR: u32 = 7;
pub const POWER: u32 = 8;
pub const RSHIFT: u32 = 9;
pub const SUBTRACT: u32 = 10;
pub const TRUE_DIVIDE: u32 = 11;
pub const XOR: u32 = 12;

const NAMES: [&str; 13] = [
    "__add__",
    "__and__",
    "__floordiv__",
    "__lshift__",
    "__matmul__",
    "__mul__",
    "__mod__",
    "__or__",
    "__pow__",
    "__rshift__",
    "__sub__",
    "__truediv__",
    "__xor__",
];
const RNAMES: [&str; 13] = [
    "__radd__",
    "__rand__",
    "__rfloordiv__",
    "__rlshift__",
    "__rmatmul__",
    "__rmul__",
    "__rmod__",
    "__ror__",
    "__rpow__",
    "__rrshift__",
    "__rsub__",
    "__rtruediv__",
    "__rxor__",
];
const INAMES: [&str; 13] = [
    "__iadd__",
    "__iand__",
    "__ifloordiv__",
    "__ilshift__",
    "__imatmul__",
    "__imul__",
    "__imod__",
    "__ior__",
    "__ipow__",
    "__irshift__",
    "__isub__",
    "__itruediv__",
    "__ixor__",
];
pub const SYMBOLS: [&str; 13] = [
    "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
];

/// `BINARY_OP` for opargs 0..=25 (26, subscript, is `container::getitem`).
#[inline]
pub fn binary_op(ts: &mut Thread, a: Value, b: Value, oparg: u32) -> PyResult<Value> {
    let op = oparg % 13;
    if let Some(r) = fast_numeric(a, b, op)? {
        return Ok(r);
    }
    binary_op_slow(ts, a, b, op, oparg >= 13)
}

/// Int/float fast paths; None when an operand isn't an int or float.
#[inline]
fn fast_numeric(a: Value, b: Value, op: u32) -> PyResult<Option<Value>> {
    if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
        match op {
            ADD => return Ok(Some(crate::objects::int::int_from_i64(x + y))),
            SUBTRACT => return Ok(Some(crate::objects::int::int_from_i64(x - y))),
            _ => {}
        }
    }
    if let (Some(x), Some(y)) = (a.as_float(), b.as_float()) {
        return float_op(x, y, op);
    }
    if a.is_bool() && b.is_bool() && matches!(op, AND | OR | XOR) {
        let (x, y) = (a == Value::TRUE, b == Value::TRUE);
        return Ok(Some(Value::from_bool(match op {
            AND => x & y,
            OR => x | y,
            _ => x ^ y,
        })));
    }
    let (ai, bi) = (a.is_int() && is_exact_int(a), b.is_int() && is_exact_int(b));
    if ai && bi {
        return int_op(a, b, op);
    }
    if (ai || a.is_float()) && (bi || b.is_float()) {
        let x = if ai {
            int_to_f64(a)?
        } else {
            a.float_unchecked()
        };
        let y = if bi {
            int_to_f64(b)?
        } else {
            b.float_unchecked()
        };
        return float_op(x, y, op);
    }
    Ok(None)
}

#[inline]
fn is_exact_int(v: Value) -> bool {
    !v.is_ptr() || !type_of(v).has_flag(TF_HEAPTYPE)
}

fn int_op(a: Value, b: Value, op: u32) -> PyResult<Option<Value>> {
    Ok(Some(match op {
        ADD => add_ints(a, b),
        SUBTRACT => sub_ints(a, b),
        MULTIPLY => mul_ints(a, b),
        FLOOR_DIVIDE => floordiv_ints(a, b)?,
        REMAINDER => mod_ints(a, b)?,
        TRUE_DIVIDE => truediv_ints(a, b)?,
        POWER => pow_ints(a, b)?,
        LSHIFT => shift_ints(a, b, true)?,
        RSHIFT => shift_ints(a, b, false)?,
        AND | OR | XOR => bit_ints(a, b, op),
        _ => return Ok(None),
    }))
}

/// `x <op> y` for floats; None (NotImplemented) for the bitwise ops.
fn float_op(x: f64, y: f64, op: u32) -> PyResult<Option<Value>> {
    let r = match op {
        ADD => x + y,
        SUBTRACT => x - y,
        MULTIPLY => x * y,
        TRUE_DIVIDE => float_ops::truediv(x, y)?,
        FLOOR_DIVIDE => float_ops::floordiv(x, y)?,
        REMAINDER => float_ops::modulo(x, y)?,
        POWER => return float_ops::pow_value(x, y).map(Some),
        _ => return Ok(None),
    };
    Ok(Some(Value::float(r)))
}

fn binary_op_slow(ts: &mut Thread, a: Value, b: Value, op: u32, inplace: bool) -> PyResult<Value> {
    let (ta, tb) = (type_of(a), type_of(b));
    let user = ta.has_flag(TF_HEAPTYPE) || tb.has_flag(TF_HEAPTYPE);
    if user {
        if inplace {
            if let Some(r) = call_user_dunder(ts, a, INAMES[op as usize], &[b])? {
                if r != Value::NOT_IMPLEMENTED {
                    return Ok(r);
                }
            }
        }
        let a_has = user_dunder(ta, NAMES[op as usize]).is_some();
        let b_has = ta != tb && user_dunder(tb, RNAMES[op as usize]).is_some();
        let b_first = b_has && tb.is_subtype(ta);
        if b_first {
            if let Some(r) = call_user_dunder(ts, b, RNAMES[op as usize], &[a])? {
                if r != Value::NOT_IMPLEMENTED {
                    return Ok(r);
                }
            }
        }
        if a_has {
            if let Some(r) = call_user_dunder(ts, a, NAMES[op as usize], &[b])? {
                if r != Value::NOT_IMPLEMENTED {
                    return Ok(r);
                }
            }
        }
        if b_has && !b_first {
            if let Some(r) = call_user_dunder(ts, b, RNAMES[op as usize], &[a])? {
                if r != Value::NOT_IMPLEMENTED {
                    return Ok(r);
                }
            }
        }
    }
    if let Some(r) = native_op(ts, a, b, op, inplace)? {
        return Ok(r);
    }
    if op == OR {
        if let Some(r) = crate::protocol::generic_alias::type_union(ts, a, b)? {
            return Ok(r);
        }
    }
    if op == MULTIPLY {
        let is_seq = |v: Value| {
            matches!(
                v.kind(),
                Some(Kind::Str | Kind::List | Kind::Tuple | Kind::Bytes | Kind::ByteArray)
            )
        };
        if is_seq(a) || is_seq(b) {
            let other = if is_seq(a) { b } else { a };
            return Err(type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                type_name(other)
            )));
        }
    }
    Err(type_error(format!(
        "unsupported operand type(s) for {}{}: '{}' and '{}'",
        SYMBOLS[op as usize],
        match (inplace, op) {
            (true, _) => "=",
            (false, POWER) => " or pow()",
            _ => "",
        },
        type_name(a),
        type_name(b)
    )))
}

fn repeat_count(ts: &mut Thread, n: Value) -> PyResult<Option<usize>> {
    if !n.is_int() {
        if n.is_ptr() && user_dunder(type_of(n), "__index__").is_some() {
            let i = crate::builtins::strings::util::int_arg(ts, n)?;
            return Ok(Some(i.max(0) as usize));
        }
        return Ok(None);
    }
    match n.as_i64() {
        Some(i) => Ok(Some(i.max(0) as usize)),
        None => Err(overflow_error(
            "cannot fit 'int' into an index-sized integer",
        )),
    }
}

/// Builtin types' operators; None means NotImplemented.
fn native_op(
    ts: &mut Thread,
    a: Value,
    b: Value,
    op: u32,
    inplace: bool,
) -> PyResult<Option<Value>> {
    if a.kind() == Some(Kind::Native) || b.kind() == Some(Kind::Native) {
        if let Some(r) = crate::builtins::dict_views::view_binary(ts, a, b, op)? {
            return Ok(Some(r));
        }
    }
    // Numbers held by int/float subclasses, and complex numbers.
    if mixed::is_number(a) && mixed::is_number(b) {
        return mixed::mixed_op(a, b, op);
    }
    let bytes_like = |v: Value| matches!(v.kind(), Some(Kind::Bytes | Kind::ByteArray));
    if (bytes_like(a) || bytes_like(b)) && matches!(op, ADD | MULTIPLY | REMAINDER) {
        if let Some(r) = crate::builtins::bytes::binary_op(ts, a, b, op, inplace)? {
            return Ok(Some(r));
        }
    }
    match (a.kind(), op) {
        (Some(Kind::Str), ADD) => {
            if let (Some(x), Some(y)) = (a.as_str(), b.as_str()) {
                return Ok(Some(crate::objects::str::concat(x, y)));
            }
            Err(type_error(format!(
                "can only concatenate str (not \"{}\") to str",
                type_name(b)
            )))
        }
        (Some(Kind::Str), MULTIPLY) => {
            Ok(repeat_count(ts, b)?.map(|n| new_str(a.as_str().expect("str").repeat(n))))
        }
        (Some(Kind::Str), REMAINDER) => {
            crate::builtins::strings::percent_format(ts, a, b).map(Some)
        }
        (Some(Kind::List), ADD) => {
            let l = a.downcast::<ListObj>().expect("list");
            if inplace {
                let items = crate::protocol::iter::collect(ts, b)?;
                l.items.lock().extend(items);
                return Ok(Some(a));
            }
            let Some(other) = b.downcast::<ListObj>() else {
                return Err(type_error(format!(
                    "can only concatenate list (not \"{}\") to list",
                    type_name(b)
                )));
            };
            let mut items = l.snapshot();
            items.extend(other.snapshot());
            Ok(Some(new_list(items)))
        }
        (Some(Kind::List), MULTIPLY) => {
            let Some(n) = repeat_count(ts, b)? else {
                return Ok(None);
            };
            let l = a.downcast::<ListObj>().expect("list");
            if inplace {
                l.items.lock().with_vec(|items| {
                    let orig = std::mem::take(items);
                    for _ in 0..n {
                        items.extend_from_slice(&orig);
                    }
                });
                return Ok(Some(a));
            }
            let items = l.snapshot();
            Ok(Some(new_list(items.repeat(n))))
        }
        (Some(Kind::Tuple), ADD) => {
            let Some(y) = b.as_tuple() else {
                return Err(type_error(format!(
                    "can only concatenate tuple (not \"{}\") to tuple",
                    type_name(b)
                )));
            };
            let mut items = a.as_tuple().expect("tuple").to_vec();
            items.extend_from_slice(y);
            Ok(Some(new_tuple(items)))
        }
        (Some(Kind::Tuple), MULTIPLY) => {
            Ok(repeat_count(ts, b)?.map(|n| new_tuple(a.as_tuple().expect("tuple").repeat(n))))
        }
        (Some(Kind::Bytes), ADD) => Ok(b.as_bytes().map(|y| {
            let mut v = a.as_bytes().expect("bytes").to_vec();
            v.extend_from_slice(y);
            new_bytes(v)
        })),
        (Some(Kind::Bytes), MULTIPLY) => {
            Ok(repeat_count(ts, b)?.map(|n| new_bytes(a.as_bytes().expect("bytes").repeat(n))))
        }
        (Some(Kind::Set), AND | OR | XOR | SUBTRACT) if b.is::<SetObj>() => {
            crate::builtins::sets::set_binary(ts, a, b, op, inplace).map(Some)
        }
        (Some(Kind::Dict), OR) if b.is::<DictObj>() => {
            let d = a.downcast::<DictObj>().expect("dict");
            let target = if inplace {
                d
            } else {
                crate::builtins::dicts::dict_copy(d)
            };
            crate::protocol::dict::dict_update(ts, target, b.downcast::<DictObj>().expect("dict"))?;
            Ok(Some(target.value()))
        }
        _ => match (b.kind(), op) {
            (Some(Kind::Str), MULTIPLY) if a.is_int() => {
                Ok(repeat_count(ts, a)?.map(|n| new_str(b.as_str().expect("str").repeat(n))))
            }
            (Some(Kind::List), MULTIPLY) if a.is_int() => {
                let n = repeat_count(ts, a)?.unwrap_or(0);
                Ok(Some(new_list(
                    b.downcast::<ListObj>().expect("list").snapshot().repeat(n),
                )))
            }
            (Some(Kind::Tuple), MULTIPLY) if a.is_int() => {
                Ok(repeat_count(ts, a)?.map(|n| new_tuple(b.as_tuple().expect("tuple").repeat(n))))
            }
            (Some(Kind::Bytes), MULTIPLY) if a.is_int() => {
                Ok(repeat_count(ts, a)?.map(|n| new_bytes(b.as_bytes().expect("bytes").repeat(n))))
            }
            _ => Ok(None),
        },
    }
}

/// `-v`
pub fn negative(ts: &mut Thread, v: Value) -> PyResult<Value> {
    if let Some(i) = v.as_small_int() {
        return Ok(crate::objects::int::int_from_i64(-i));
    }
    if let Some(f) = v.as_float() {
        return Ok(Value::float(-f));
    }
    if let Some(r) = call_user_dunder(ts, v, "__neg__", &[])? {
        return Ok(r);
    }
    if v.is_int() {
        return Ok(crate::objects::int::int_from_big(-big(v)));
    }
    if let Some(f) = v.as_float_any() {
        return Ok(Value::float(-f));
    }
    if let Some((re, im)) = v.as_complex() {
        return Ok(crate::objects::complex::new_complex(-re, -im));
    }
    Err(type_error(format!(
        "bad operand type for unary -: '{}'",
        type_name(v)
    )))
}

/// `+v`
pub fn positive(ts: &mut Thread, v: Value) -> PyResult<Value> {
    if let Some(r) = call_user_dunder(ts, v, "__pos__", &[])? {
        return Ok(r);
    }
    if v.is_bool() {
        return Ok(Value::small_int((v == Value::TRUE) as i64));
    }
    if v.is_int() || v.is_float() {
        return Ok(v);
    }
    if let Some(f) = v.as_float_any() {
        return Ok(Value::float(f));
    }
    if let Some((re, im)) = v.as_complex() {
        if type_of(v) == crate::runtime::types::types().complex {
            return Ok(v);
        }
        return Ok(crate::objects::complex::new_complex(re, im));
    }
    Err(type_error(format!(
        "bad operand type for unary +: '{}'",
        type_name(v)
    )))
}

/// `~v`
pub fn invert(ts: &mut Thread, v: Value) -> PyResult<Value> {
    if let Some(i) = v.as_small_int() {
        return Ok(crate::objects::int::int_from_i64(!i));
    }
    if let Some(r) = call_user_dunder(ts, v, "__invert__", &[])? {
        return Ok(r);
    }
    if v.is_int() {
        return Ok(crate::objects::int::int_from_big(!big(v)));
    }
    Err(type_error(format!(
        "bad operand type for unary ~: '{}'",
        type_name(v)
    )))
}
