//! `pow(base, exp, mod=None)`: two-argument power is `**`; the
//! three-argument form is modular exponentiation of ints, including
//! negative exponents through the modular inverse.

use super::big;
use crate::builtins::lists::arity::parse;
use crate::objects::builtin_fn::KwArgs;
use crate::objects::int::int_from_big;
use crate::objects::typeobj::TF_HEAPTYPE;
use crate::protocol::dunder::{call_user_dunder, user_dunder};
use crate::protocol::number::{binary_op, POWER};
use crate::runtime::errors::{type_error, value_error};
use crate::runtime::thread::Thread;
use crate::runtime::types::{type_name, type_of};
use crate::runtime::PyResult;
use crate::value::Value;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, Zero};

/// The builtin `pow`.
pub fn pow_builtin(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let p = parse("pow", args, kw, &["base", "exp", "mod"], 0, 3, 2)?;
    let (base, exp) = (p[0].expect("required"), p[1].expect("required"));
    match p[2].filter(|m| !m.is_none()) {
        None => binary_op(ts, base, exp, POWER),
        Some(m) => ternary_pow(ts, base, exp, m),
    }
}

/// `pow(base, exp, mod)` with a non-None modulus.
pub fn ternary_pow(ts: &mut Thread, base: Value, exp: Value, m: Value) -> PyResult<Value> {
    let heap = |v: Value| type_of(v).has_flag(TF_HEAPTYPE);
    if heap(base) && user_dunder(type_of(base), "__pow__").is_some() {
        if let Some(r) = call_user_dunder(ts, base, "__pow__", &[exp, m])? {
            if r != Value::NOT_IMPLEMENTED {
                return Ok(r);
            }
        }
    }
    if base.is_int() && exp.is_int() && m.is_int() {
        return int_modpow(base, exp, m);
    }
    let numeric = crate::protocol::number::mixed::is_number;
    if numeric(base) && numeric(exp) && numeric(m) {
        if base.as_complex().is_some() || exp.as_complex().is_some() {
            return Err(crate::protocol::number::complex_ops::modpow_error());
        }
        return Err(type_error(
            "pow() 3rd argument not allowed unless all arguments are integers",
        ));
    }
    Err(type_error(format!(
        "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
        type_name(base),
        type_name(exp),
        type_name(m)
    )))
}

/// `pow(a, b, m)` for ints.
pub fn int_modpow(a: Value, b: Value, m: Value) -> PyResult<Value> {
    let (a, b, m) = (big(a), big(b), big(m));
    if m.is_zero() {
        return Err(value_error("pow() 3rd argument cannot be 0"));
    }
    let neg_m = m.is_negative();
    let mm = m.abs();
    let mut base = a.mod_floor(&mm);
    let mut e = b;
    if e.is_negative() {
        base = match mod_inverse(&base, &mm) {
            Some(inv) => inv,
            None => return Err(value_error("base is not invertible for the given modulus")),
        };
        e = -e;
    }
    let mut r = if mm.is_one() {
        BigInt::zero()
    } else {
        base.modpow(&e, &mm)
    };
    if neg_m && !r.is_zero() {
        r -= &mm;
    }
    Ok(int_from_big(r))
}

/// The inverse of `a` modulo `m` (m > 0), if it exists.
fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let (mut old_r, mut r) = (a.mod_floor(m), m.clone());
    let (mut old_s, mut s) = (BigInt::one(), BigInt::zero());
    while !r.is_zero() {
        let q = old_r.div_floor(&r);
        let nr = &old_r - &q * &r;
        old_r = std::mem::replace(&mut r, nr);
        let ns = &old_s - &q * &s;
        old_s = std::mem::replace(&mut s, ns);
    }
    if !old_r.is_one() {
        return None;
    }
    Some(old_s.mod_floor(m))
}
