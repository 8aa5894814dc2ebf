//! Truthiness (`bool(v)`): `__bool__`, then `__len__`, then true.

use crate::object::Kind;
use crate::protocol::dunder::{call_user_dunder, user_dunder};
use crate::runtime::errors::type_error;
use crate::runtime::thread::Thread;
use crate::runtime::types::type_of;
use crate::runtime::PyResult;
use crate::value::Value;

#[inline]
pub fn truthy(ts: &mut Thread, v: Value) -> PyResult<bool> {
    if v == Value::TRUE {
        return Ok(true);
    }
    if v == Value::FALSE || v.is_none() {
        return Ok(false);
    }
    if let Some(i) = v.as_small_int() {
        return Ok(i != 0);
    }
    if let Some(f) = v.as_float() {
        return Ok(f != 0.0);
    }
    if !v.is_ptr() {
        return Ok(true);
    }
    let ty = type_of(v);
    if user_dunder(ty, "__bool__").is_some() {
        let r = call_user_dunder(ts, v, "__bool__", &[])?.expect("defined");
        if !r.is_bool() {
            return Err(type_error(format!(
                "__bool__ should return bool, returned {}",
                crate::runtime::types::type_name(r)
            )));
        }
        return Ok(r == Value::TRUE);
    }
    if user_dunder(ty, "__len__").is_some() {
        let n = crate::protocol::container::len(ts, v)?;
        return Ok(n != 0);
    }
    Ok(match v.kind().expect("heap") {
        Kind::Str => !v.as_str().expect("str").is_empty(),
        Kind::BigInt => v
            .as_bigint()
            .is_some_and(|b| b.sign() != num_bigint::Sign::NoSign),
        Kind::Float => v.as_float_any() != Some(0.0),
        Kind::Complex => v.as_complex() != Some((0.0, 0.0)),
        Kind::Tuple => !v.as_tuple().expect("tuple").is_empty(),
        Kind::List | Kind::Dict | Kind::Set | Kind::Bytes | Kind::ByteArray | Kind::Range => {
            crate::protocol::container::len(ts, v)? != 0
        }
        Kind::Native => match crate::protocol::container::native_len(v) {
            Some(n) => n != 0,
            None => true,
        },
        _ => true,
    })
}
