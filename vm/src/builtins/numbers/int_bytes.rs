//! `int.to_bytes(length=1, byteorder='big', *, signed=False)` and the
//! classmethod `int.from_bytes(bytes, byteorder='big', *, signed=False)`.

use super::{big, this_int};
use crate::builtins::lists::arity::parse;
use crate::builtins::{add_bound, add_methods, Bind};
use crate::objects::builtin_fn::KwArgs;
use crate::objects::bytes::{new_bytes, ByteArrayObj};
use crate::objects::int::int_from_big;
use crate::runtime::errors::{overflow_error, type_error, value_error};
use crate::runtime::thread::Thread;
use crate::runtime::types::{type_name, types};
use crate::runtime::PyResult;
use crate::value::Value;
use num_bigint::{BigInt, Sign};
use num_traits::Signed;

pub fn register() {
    add_methods(types().int, &[("to_bytes", to_bytes)]);
    add_bound(types().int, Bind::Class, &[("from_bytes", from_bytes)]);
}

/// True for little-endian; checks the `byteorder` argument.
fn little(fname: &str, v: Option<Value>) -> PyResult<bool> {
    let Some(v) = v else { return Ok(false) };
    match v.as_str() {
        Some("big") => Ok(false),
        Some("little") => Ok(true),
        Some(_) => Err(value_error("byteorder must be either 'little' or 'big'")),
        None => Err(type_error(format!(
            "{fname}() argument 'byteorder' must be str, not {}",
            crate::builtins::lists::arity::ac_type_name(v)
        ))),
    }
}

fn to_bytes(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let v = this_int(args, "to_bytes")?;
    let p = parse(
        "to_bytes",
        &args[1..],
        kw,
        &["length", "byteorder", "signed"],
        0,
        2,
        0,
    )?;
    let length = match p[0] {
        Some(l) => super::as_ssize(ts, l)?,
        None => 1,
    };
    if length < 0 {
        return Err(value_error("length argument must be non-negative"));
    }
    let little = little("to_bytes", p[1])?;
    let signed = match p[2] {
        Some(s) => crate::protocol::truthy(ts, s)?,
        None => false,
    };
    let n = big(v);
    if !signed && n.is_negative() {
        return Err(overflow_error("can't convert negative int to unsigned"));
    }
    let length = length as usize;
    let mut out = if signed {
        let mut b = n.to_signed_bytes_be();
        // Zero needs no bytes; so does -1 (CPython's sign-extension quirk).
        if n.sign() == Sign::NoSign || (length == 0 && n == BigInt::from(-1)) {
            b.clear();
        }
        if b.len() > length {
            return Err(overflow_error("int too big to convert"));
        }
        let fill = if n.is_negative() { 0xff } else { 0 };
        let mut full = vec![fill; length - b.len()];
        full.extend_from_slice(&b);
        full
    } else {
        let (_, mut b) = n.to_bytes_be();
        if n.sign() == Sign::NoSign {
            b.clear();
        }
        if b.len() > length {
            return Err(overflow_error("int too big to convert"));
        }
        let mut full = vec![0; length - b.len()];
        full.extend_from_slice(&b);
        full
    };
    if little {
        out.reverse();
    }
    Ok(new_bytes(out))
}

/// The bytes of a bytes-like object or an iterable of ints in range(256).
pub fn bytes_of(ts: &mut Thread, v: Value) -> PyResult<Vec<u8>> {
    if let Some(b) = v.as_bytes() {
        return Ok(b.to_vec());
    }
    if let Some(ba) = v.downcast::<ByteArrayObj>() {
        return Ok(ba.data.lock().clone());
    }
    if v.as_str().is_some() {
        return Err(type_error("cannot convert 'str' object to bytes"));
    }
    if v.is_int() {
        return Err(type_error(format!(
            "cannot convert '{}' object to bytes",
            type_name(v)
        )));
    }
    let items = crate::protocol::iter::collect(ts, v)?;
    crate::builtins::lists::arity::with_roots(ts, &items, |ts| {
        let mut out = Vec::with_capacity(items.len());
        for &x in &items {
            let i = super::as_ssize_clamped(ts, x)?;
            if !(0..256).contains(&i) {
                return Err(value_error("bytes must be in range(0, 256)"));
            }
            out.push(i as u8);
        }
        Ok(out)
    })
}

fn from_bytes(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let cls = crate::builtins::lists::arity::new_cls(args, types().int)?;
    let p = parse(
        "from_bytes",
        &args[1..],
        kw,
        &["bytes", "byteorder", "signed"],
        0,
        2,
        1,
    )?;
    let mut data = bytes_of(ts, p[0].expect("required"))?;
    let little = little("from_bytes", p[1])?;
    let signed = match p[2] {
        Some(s) => crate::protocol::truthy(ts, s)?,
        None => false,
    };
    if little {
        data.reverse();
    }
    let n = if signed {
        BigInt::from_signed_bytes_be(&data)
    } else {
        BigInt::from_bytes_be(Sign::Plus, &data)
    };
    let v = int_from_big(n);
    if cls == types().int {
        return Ok(v);
    }
    crate::protocol::call(ts, cls.value(), &[v], &[])
}
