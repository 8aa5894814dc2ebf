//! The operator dunders of `complex` as method descriptors (`complex.__add__`,
//! `(1j).__hash__()`, ...), for explicit calls and `super()` from
//! subclasses. They compute natively and return NotImplemented for
//! non-numbers.

use super::this;
use crate::objects::builtin_fn::{KwArgs, NativeFn};
use crate::objects::complex::new_complex;
use crate::objects::int::int_from_i64;
use crate::objects::str::new_str;
use crate::protocol::number::complex_ops;
use crate::protocol::number::mixed::{is_number, num_compare, to_complex};
use crate::protocol::number::*;
use crate::runtime::errors::overflow_error;
use crate::runtime::hash::hash_f64;
use crate::runtime::thread::Thread;
use crate::runtime::types::{type_of, types};
use crate::runtime::PyResult;
use crate::value::Value;

/// CPython's `complex_hash`.
pub fn complex_hash(re: f64, im: f64) -> i64 {
    let h = (hash_f64(re) as u64).wrapping_add(1000003u64.wrapping_mul(hash_f64(im) as u64));
    if h as i64 == -1 {
        -2
    } else {
        h as i64
    }
}

/// The wrappers' argument count check (`__pow__` unpacks under no name).
fn check_n(args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len().saturating_sub(1);
    if min != max {
        return crate::builtins::lists::arity::arity("", n, min, max);
    }
    if n != min {
        return Err(crate::runtime::errors::type_error(format!(
            "expected {min} argument{}, got {n}",
            if min == 1 { "" } else { "s" }
        )));
    }
    Ok(())
}

fn binop(args: &[Value], name: &str, op: u32, reflected: bool) -> PyResult<Value> {
    let me = this(args, name)?;
    let max = if op == POWER { 2 } else { 1 };
    check_n(args, 1, max)?;
    let other = args[1];
    if !is_number(other) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    if op == POWER && args.get(2).is_some_and(|m| !m.is_none()) {
        return Err(complex_ops::modpow_error());
    }
    let o = to_complex(other)?;
    let (a, b) = if reflected { (o, me) } else { (me, o) };
    Ok(complex_ops::binop(a, b, op)?.unwrap_or(Value::NOT_IMPLEMENTED))
}

macro_rules! binops {
    ($($f:ident = $name:literal, $op:expr, $refl:expr;)*) => {
        $(fn $f(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
            binop(args, $name, $op, $refl)
        })*
        pub const BINOPS: &[(&str, NativeFn)] = &[$(($name, $f)),*];
    };
}

binops! {
    add = "__add__", ADD, false; radd = "__radd__", ADD, true;
    sub = "__sub__", SUBTRACT, false; rsub = "__rsub__", SUBTRACT, true;
    mul = "__mul__", MULTIPLY, false; rmul = "__rmul__", MULTIPLY, true;
    truediv = "__truediv__", TRUE_DIVIDE, false; rtruediv = "__rtruediv__", TRUE_DIVIDE, true;
    pow = "__pow__", POWER, false; rpow = "__rpow__", POWER, true;
}

fn compare(args: &[Value], name: &str, op: u32) -> PyResult<Value> {
    this(args, name)?;
    check_n(args, 1, 1)?;
    Ok(match num_compare(args[0], args[1], op) {
        Some(r) => Value::from_bool(r),
        None => Value::NOT_IMPLEMENTED,
    })
}

macro_rules! comparisons {
    ($($f:ident = $name:literal, $op:ident;)*) => {
        $(fn $f(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
            compare(args, $name, crate::protocol::compare::$op)
        })*
        pub const COMPARISONS: &[(&str, NativeFn)] = &[$(($name, $f)),*];
    };
}

comparisons! {
    eq = "__eq__", EQ; ne = "__ne__", NE; lt = "__lt__", LT;
    le = "__le__", LE; gt = "__gt__", GT; ge = "__ge__", GE;
}

fn unary(args: &[Value], name: &str) -> PyResult<Value> {
    let (re, im) = this(args, name)?;
    check_n(args, 0, 0)?;
    Ok(match name {
        "__neg__" => new_complex(-re, -im),
        "__pos__" if type_of(args[0]) == types().complex => args[0],
        "__pos__" => new_complex(re, im),
        "__abs__" => {
            let (r, overflow) = complex_ops::abs((re, im));
            if overflow {
                return Err(overflow_error("absolute value too large"));
            }
            Value::float(r)
        }
        "__bool__" => Value::from_bool(re != 0.0 || im != 0.0),
        "__hash__" => int_from_i64(complex_hash(re, im)),
        _ => new_str(crate::format::complex_repr(re, im)),
    })
}

macro_rules! unaries {
    ($($f:ident = $name:literal;)*) => {
        $(fn $f(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
            unary(args, $name)
        })*
        pub const UNARIES: &[(&str, NativeFn)] = &[$(($name, $f)),*];
    };
}

unaries! {
    neg = "__neg__"; pos = "__pos__"; abs = "__abs__"; bool_ = "__bool__";
    hash = "__hash__"; repr = "__repr__";
}
