//! `hash(v)` with CPython's numeric hashes and unhashable-type errors.

use crate::object::Kind;
use crate::objects::str::StrObj;
use crate::protocol::dunder::{call_user_dunder, user_dunder};
use crate::runtime::errors::type_error;
use crate::runtime::hash::{combine_tuple, hash_bigint, hash_bytes, hash_f64, hash_i64};
use crate::runtime::thread::Thread;
use crate::runtime::types::{type_name, type_of};
use crate::runtime::PyResult;
use crate::value::Value;

pub fn hash(ts: &mut Thread, v: Value) -> PyResult<i64> {
    if let Some(i) = v.as_small_int() {
        return Ok(hash_i64(i));
    }
    if let Some(s) = v.downcast::<StrObj>() {
        if !type_of(v).has_flag(crate::objects::typeobj::TF_HEAPTYPE) {
            return Ok(s.hash());
        }
    }
    if let Some(f) = v.as_float() {
        return Ok(hash_f64(f));
    }
    if v.is_bool() {
        return Ok((v == Value::TRUE) as i64);
    }
    if v.is_const() {
        return Ok((v.bits() >> 4) as i64 ^ 0x5bd1e995);
    }
    let ty = type_of(v);
    if let Some(f) = user_dunder(ty, "__hash__") {
        if f.is_none() {
            return Err(unhashable(v));
        }
        let r = call_user_dunder(ts, v, "__hash__", &[])?.expect("defined");
        return match r.as_bigint() {
            Some(b) if r.is_int() => Ok(match r.as_i64() {
                Some(-1) => -2,
                Some(i) => i,
                None => hash_bigint(&b),
            }),
            _ => Err(type_error("__hash__ method should return an integer")),
        };
    }
    if user_dunder(ty, "__eq__").is_some() {
        return Err(unhashable(v));
    }
    match v.kind().expect("heap object") {
        Kind::Str => Ok(v.downcast::<StrObj>().expect("str").hash()),
        Kind::BigInt => Ok(hash_bigint(&v.as_bigint().expect("int"))),
        Kind::Float => Ok(hash_f64(v.as_float_any().expect("float"))),
        Kind::Complex => {
            let (re, im) = v.as_complex().expect("complex");
            Ok(crate::builtins::complex::complex_hash(re, im))
        }
        Kind::Bytes => Ok(hash_bytes(v.as_bytes().expect("bytes"))),
        Kind::Tuple => {
            let items = v.as_tuple().expect("tuple");
            let mut hs = Vec::with_capacity(items.len());
            for &x in items {
                hs.push(hash(ts, x)?);
            }
            Ok(combine_tuple(hs.into_iter()))
        }
        Kind::Set => {
            let s = v.downcast::<crate::objects::set::SetObj>().expect("set");
            if !s.frozen {
                return Err(unhashable(v));
            }
            let mut acc: u64 = 0;
            for e in s.table.lock().iter() {
                let h = e.hash as u64;
                acc ^= (h ^ (h << 16) ^ 89869747).wrapping_mul(3644798167);
            }
            Ok((acc.wrapping_mul(69069).wrapping_add(907133923)) as i64)
        }
        Kind::List | Kind::Dict | Kind::ByteArray => Err(unhashable(v)),
        Kind::Slice => Err(unhashable(v)),
        Kind::Range => crate::builtins::range::range_hash(
            ts,
            &v.downcast::<crate::objects::range::RangeObj>()
                .expect("range"),
        ),
        _ => Ok(identity_hash(v)),
    }
}

/// Hash of objects compared by identity (as CPython's `_Py_HashPointer`).
pub fn identity_hash(v: Value) -> i64 {
    let a = v.bits();
    a.rotate_right(4) as i64
}

pub fn unhashable(v: Value) -> crate::runtime::PyErr {
    type_error(format!("unhashable type: '{}'", type_name(v)))
}
