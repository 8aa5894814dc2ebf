//! The operator dunders of `int`, `bool` and `float` as method descriptors
//! (`int.__add__`, `float.__lt__`, ...), for explicit calls and `super()`
//! from subclasses. They compute natively and never re-dispatch to Python
//! overrides, returning NotImplemented for foreign operand types.

use super::{big, exact_int};
use crate::builtins::add_methods;
use crate::builtins::lists::arity::descr_error;
use crate::objects::builtin_fn::{KwArgs, NativeFn};
use crate::objects::int::{int_from_big, int_from_i64};
use crate::objects::str::new_str;
use crate::objects::tuple::new_tuple;
use crate::protocol::compare::{num_cmp, ordering_matches};
use crate::protocol::number::float_ops;
use crate::protocol::number::int_ops;
use crate::protocol::number::*;
use crate::runtime::errors::{type_error, zero_division_error};
use crate::runtime::hash::{hash_bigint, hash_f64};
use crate::runtime::thread::Thread;
use crate::runtime::types::types;
use crate::runtime::PyResult;
use crate::value::Value;

/// Pseudo-op for `divmod`.
pub const DIVMOD: u32 = 100;

fn check_n(args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len().saturating_sub(1);
    if min != max {
        // `__pow__`'s wrapper unpacks its arguments under an empty name.
        return crate::builtins::lists::arity::arity("", n, min, max);
    }
    if n < min || n > max {
        let want = if n < min { min } else { max };
        return Err(type_error(format!(
            "expected {want} argument{}, got {n}",
            if want == 1 { "" } else { "s" }
        )));
    }
    Ok(())
}

fn int_self(args: &[Value], name: &str) -> PyResult<Value> {
    match args.first() {
        Some(&v) if v.is_int() => Ok(v),
        Some(&v) => Err(descr_error(name, "int", v)),
        None => Err(crate::builtins::lists::arity::needs_receiver(name, "int")),
    }
}

fn float_self(args: &[Value], name: &str) -> PyResult<f64> {
    match args.first() {
        Some(&v) => v
            .as_float_any()
            .ok_or_else(|| descr_error(name, "float", v)),
        None => Err(crate::builtins::lists::arity::needs_receiver(name, "float")),
    }
}

/// `a <op> b` for two ints.
pub fn int_arith(a: Value, b: Value, op: u32) -> PyResult<Value> {
    use int_ops::*;
    Ok(match op {
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
        DIVMOD => {
            let (q, r) = divmod_ints(a, b)?;
            new_tuple([q, r])
        }
        _ => Value::NOT_IMPLEMENTED,
    })
}

/// `x <op> y` for two floats (NotImplemented for bitwise ops).
pub fn float_arith(x: f64, y: f64, op: u32) -> PyResult<Value> {
    let r = match op {
        ADD => x + y,
        SUBTRACT => x - y,
        MULTIPLY => x * y,
        TRUE_DIVIDE => float_ops::truediv(x, y)?,
        FLOOR_DIVIDE => float_ops::floordiv(x, y)?,
        REMAINDER => float_ops::modulo(x, y)?,
        POWER => return float_ops::pow_value(x, y),
        DIVMOD => {
            if y == 0.0 {
                return Err(zero_division_error("float divmod()"));
            }
            let (q, m) = float_ops::divmod(x, y);
            return Ok(new_tuple([super::new_float(q), super::new_float(m)]));
        }
        _ => return Ok(Value::NOT_IMPLEMENTED),
    };
    Ok(super::new_float(r))
}

fn int_binop(args: &[Value], name: &str, op: u32, reflected: bool) -> PyResult<Value> {
    let me = int_self(args, name)?;
    let max = if op == POWER { 2 } else { 1 };
    check_n(args, 1, max)?;
    let other = args[1];
    if !other.is_int() {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let (a, b) = if reflected { (other, me) } else { (me, other) };
    if op == POWER {
        if let Some(&m) = args.get(2).filter(|m| !m.is_none()) {
            if !m.is_int() {
                return Ok(Value::NOT_IMPLEMENTED);
            }
            return super::pow::int_modpow(a, b, m);
        }
    }
    int_arith(a, b, op)
}

fn float_binop(args: &[Value], name: &str, op: u32, reflected: bool) -> PyResult<Value> {
    let me = float_self(args, name)?;
    let max = if op == POWER { 2 } else { 1 };
    check_n(args, 1, max)?;
    let other = args[1];
    let y = if let Some(f) = other.as_float_any() {
        f
    } else if other.is_int() {
        super::int_to_f64(other)?
    } else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    if op == POWER && args.get(2).is_some_and(|m| !m.is_none()) {
        return Err(type_error(
            "pow() 3rd argument not allowed unless all arguments are integers",
        ));
    }
    let (a, b) = if reflected { (y, me) } else { (me, y) };
    float_arith(a, b, op)
}

fn compare(args: &[Value], name: &str, op: u32, float: bool) -> PyResult<Value> {
    let me = args.first().copied().unwrap_or(Value::NULL);
    let me = crate::objects::float::plain_float(me);
    let ok = if float { me.is_float() } else { me.is_int() };
    if !ok {
        return Err(if me.is_null() {
            crate::builtins::lists::arity::needs_receiver(name, if float { "float" } else { "int" })
        } else {
            descr_error(name, if float { "float" } else { "int" }, me)
        });
    }
    check_n(args, 1, 1)?;
    let other = crate::objects::float::plain_float(args[1]);
    let comparable = if float {
        other.is_float() || other.is_int()
    } else {
        other.is_int()
    };
    if !comparable {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    match num_cmp(me, other) {
        Some(o) => Ok(Value::from_bool(ordering_matches(o, op))),
        None => Ok(Value::NOT_IMPLEMENTED),
    }
}

macro_rules! binops {
    ($table:ident, $imp:ident, $($f:ident = $name:literal, $op:expr, $refl:expr;)*) => {
        $(fn $f(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
            $imp(args, $name, $op, $refl)
        })*
        const $table: &[(&str, NativeFn)] = &[$(($name, $f)),*];
    };
}

binops! { INT_OPS, int_binop,
    int_add = "__add__", ADD, false; int_radd = "__radd__", ADD, true;
    int_sub = "__sub__", SUBTRACT, false; int_rsub = "__rsub__", SUBTRACT, true;
    int_mul = "__mul__", MULTIPLY, false; int_rmul = "__rmul__", MULTIPLY, true;
    int_floordiv = "__floordiv__", FLOOR_DIVIDE, false; int_rfloordiv = "__rfloordiv__", FLOOR_DIVIDE, true;
    int_truediv = "__truediv__", TRUE_DIVIDE, false; int_rtruediv = "__rtruediv__", TRUE_DIVIDE, true;
    int_mod = "__mod__", REMAINDER, false; int_rmod = "__rmod__", REMAINDER, true;
    int_divmod = "__divmod__", DIVMOD, false; int_rdivmod = "__rdivmod__", DIVMOD, true;
    int_pow = "__pow__", POWER, false; int_rpow = "__rpow__", POWER, true;
    int_lshift = "__lshift__", LSHIFT, false; int_rlshift = "__rlshift__", LSHIFT, true;
    int_rshift = "__rshift__", RSHIFT, false; int_rrshift = "__rrshift__", RSHIFT, true;
    int_and = "__and__", AND, false; int_rand = "__rand__", AND, true;
    int_or = "__or__", OR, false; int_ror = "__ror__", OR, true;
    int_xor = "__xor__", XOR, false; int_rxor = "__rxor__", XOR, true;
}

binops! { FLOAT_OPS, float_binop,
    float_add = "__add__", ADD, false; float_radd = "__radd__", ADD, true;
    float_sub = "__sub__", SUBTRACT, false; float_rsub = "__rsub__", SUBTRACT, true;
    float_mul = "__mul__", MULTIPLY, false; float_rmul = "__rmul__", MULTIPLY, true;
    float_floordiv = "__floordiv__", FLOOR_DIVIDE, false; float_rfloordiv = "__rfloordiv__", FLOOR_DIVIDE, true;
    float_truediv = "__truediv__", TRUE_DIVIDE, false; float_rtruediv = "__rtruediv__", TRUE_DIVIDE, true;
    float_mod = "__mod__", REMAINDER, false; float_rmod = "__rmod__", REMAINDER, true;
    float_divmod = "__divmod__", DIVMOD, false; float_rdivmod = "__rdivmod__", DIVMOD, true;
    float_pow = "__pow__", POWER, false; float_rpow = "__rpow__", POWER, true;
}

macro_rules! compares {
    ($table:ident, $float:expr, $($f:ident = $name:literal, $op:expr;)*) => {
        $(fn $f(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
            compare(args, $name, $op, $float)
        })*
        const $table: &[(&str, NativeFn)] = &[$(($name, $f)),*];
    };
}

compares! { INT_CMP, false,
    int_lt = "__lt__", crate::protocol::compare::LT; int_le = "__le__", crate::protocol::compare::LE;
    int_eq = "__eq__", crate::protocol::compare::EQ; int_ne = "__ne__", crate::protocol::compare::NE;
    int_gt = "__gt__", crate::protocol::compare::GT; int_ge = "__ge__", crate::protocol::compare::GE;
}

compares! { FLOAT_CMP, true,
    float_lt = "__lt__", crate::protocol::compare::LT; float_le = "__le__", crate::protocol::compare::LE;
    float_eq = "__eq__", crate::protocol::compare::EQ; float_ne = "__ne__", crate::protocol::compare::NE;
    float_gt = "__gt__", crate::protocol::compare::GT; float_ge = "__ge__", crate::protocol::compare::GE;
}

fn int_unary(args: &[Value], name: &str) -> PyResult<Value> {
    let v = int_self(args, name)?;
    check_n(args, 0, 0)?;
    Ok(match name {
        "__neg__" => match v.as_i64() {
            Some(i) if i != i64::MIN => int_from_i64(-i),
            _ => int_from_big(-big(v)),
        },
        "__pos__" => exact_int(v),
        "__abs__" => int_from_big(num_traits::Signed::abs(&big(v))),
        "__invert__" => int_from_big(!big(v)),
        "__bool__" => Value::from_bool(big(v) != num_bigint::BigInt::from(0)),
        "__hash__" => int_from_i64(match v.as_i64() {
            Some(i) => crate::runtime::hash::hash_i64(i),
            None => hash_bigint(&big(v)),
        }),
        "__boolrepr__" if v.is_bool() => {
            crate::runtime::intern::intern(if v == Value::TRUE { "True" } else { "False" })
        }
        _ => new_str(big(v).to_string()),
    })
}

fn float_unary(args: &[Value], name: &str) -> PyResult<Value> {
    let x = float_self(args, name)?;
    check_n(args, 0, 0)?;
    Ok(match name {
        "__neg__" => Value::float(-x),
        "__pos__" => Value::float(x),
        "__abs__" => Value::float(x.abs()),
        "__bool__" => Value::from_bool(x != 0.0),
        "__hash__" => int_from_i64(hash_f64(x)),
        _ => new_str(crate::format::float_repr(x)),
    })
}

macro_rules! unaries {
    ($table:ident, $imp:ident, $($f:ident = $name:literal;)*) => {
        $(fn $f(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
            $imp(args, $name)
        })*
        const $table: &[(&str, NativeFn)] = &[$(($name, $f)),*];
    };
}

unaries! { INT_UNARY, int_unary,
    int_neg = "__neg__"; int_pos = "__pos__"; int_abs = "__abs__"; int_invert = "__invert__";
    int_bool = "__bool__"; int_hash = "__hash__"; int_repr = "__repr__";
}

unaries! { FLOAT_UNARY, float_unary,
    float_neg = "__neg__"; float_pos = "__pos__"; float_abs = "__abs__";
    float_bool = "__bool__"; float_hash = "__hash__"; float_repr = "__repr__";
}

fn bool_op(args: &[Value], name: &str, op: u32) -> PyResult<Value> {
    let me = match args.first() {
        Some(&v) if v.is_int() => v,
        Some(&v) => return Err(descr_error(name, "bool", v)),
        None => return Err(crate::builtins::lists::arity::needs_receiver(name, "bool")),
    };
    check_n(args, 1, 1)?;
    let other = args[1];
    if me.is_bool() && other.is_bool() {
        let (x, y) = (me == Value::TRUE, other == Value::TRUE);
        return Ok(Value::from_bool(match op {
            AND => x & y,
            OR => x | y,
            _ => x ^ y,
        }));
    }
    if !other.is_int() {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    int_arith(me, other, op)
}

macro_rules! boolops {
    ($table:ident, $($f:ident = $name:literal, $op:expr;)*) => {
        $(fn $f(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
            bool_op(args, $name, $op)
        })*
        const $table: &[(&str, NativeFn)] = &[$(($name, $f)),*];
    };
}

boolops! { BOOL_OPS,
    bool_and = "__and__", AND; bool_rand = "__rand__", AND;
    bool_or = "__or__", OR; bool_ror = "__ror__", OR;
    bool_xor = "__xor__", XOR; bool_rxor = "__rxor__", XOR;
}

fn bool_repr(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    match args.first() {
        Some(&v) if v.is_int() => int_unary(args, "__boolrepr__"),
        Some(&v) => Err(descr_error("__repr__", "bool", v)),
        None => Err(crate::builtins::lists::arity::needs_receiver(
            "__repr__", "bool",
        )),
    }
}

pub fn register() {
    let t = types();
    for table in [INT_OPS, INT_CMP, INT_UNARY] {
        add_methods(t.int, table);
    }
    for table in [FLOAT_OPS, FLOAT_CMP, FLOAT_UNARY] {
        add_methods(t.float, table);
    }
    add_methods(t.bool_, BOOL_OPS);
    add_methods(t.bool_, &[("__repr__", bool_repr)]);
}
