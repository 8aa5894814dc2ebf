//! `int` methods: `bit_length`, `bit_count`, `as_integer_ratio`,
//! `conjugate` and the conversion dunders.

use super::{big, exact_int, this_int};
use crate::builtins::add_methods;
use crate::builtins::lists::arity::{noargs, positional};
use crate::objects::builtin_fn::KwArgs;
use crate::objects::int::int_from_i64;
use crate::objects::tuple::new_tuple;
use crate::runtime::thread::Thread;
use crate::runtime::types::types;
use crate::runtime::PyResult;
use crate::value::Value;

pub fn register() {
    add_methods(
        types().int,
        &[
            ("bit_length", bit_length),
            ("bit_count", bit_count),
            ("as_integer_ratio", as_integer_ratio),
            ("conjugate", conjugate),
            ("__trunc__", to_exact),
            ("__floor__", to_exact),
            ("__ceil__", to_exact),
            ("__int__", to_exact),
            ("__index__", to_exact),
            ("__float__", to_float),
            ("__round__", round),
            ("__getnewargs__", getnewargs),
        ],
    );
}

fn bit_length(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let v = this_int(args, "bit_length")?;
    noargs("int.bit_length", args, kw)?;
    if let Some(i) = v.as_i64() {
        return Ok(Value::small_int(
            64 - i.unsigned_abs().leading_zeros() as i64,
        ));
    }
    Ok(int_from_i64(big(v).bits() as i64))
}

fn bit_count(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let v = this_int(args, "bit_count")?;
    noargs("int.bit_count", args, kw)?;
    if let Some(i) = v.as_i64() {
        return Ok(Value::small_int(i.unsigned_abs().count_ones() as i64));
    }
    let ones: u64 = big(v)
        .magnitude()
        .to_u64_digits()
        .iter()
        .map(|d| d.count_ones() as u64)
        .sum();
    Ok(int_from_i64(ones as i64))
}

fn as_integer_ratio(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let v = this_int(args, "as_integer_ratio")?;
    noargs("int.as_integer_ratio", args, kw)?;
    Ok(new_tuple([exact_int(v), Value::small_int(1)]))
}

fn conjugate(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let v = this_int(args, "conjugate")?;
    noargs("int.conjugate", args, kw)?;
    Ok(exact_int(v))
}

fn to_exact(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let v = this_int(args, "__int__")?;
    noargs("int.__int__", args, kw)?;
    Ok(exact_int(v))
}

fn to_float(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let v = this_int(args, "__float__")?;
    noargs("int.__float__", args, kw)?;
    Ok(Value::float(super::int_to_f64(v)?))
}

fn round(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let v = this_int(args, "__round__")?;
    positional("__round__", &args[1..], kw, 0, 1)?;
    super::round::round_int(ts, v, args.get(1).copied())
}

fn getnewargs(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let v = this_int(args, "__getnewargs__")?;
    noargs("int.__getnewargs__", args, kw)?;
    Ok(new_tuple([exact_int(v)]))
}
