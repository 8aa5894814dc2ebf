//! Array typecodes: item sizes and the conversions between Python values
//! and native (little-endian) item bytes, with CPython 3.11's messages.

use crate::builtins::numbers::new_float;
use crate::objects::int::{int_from_big, int_from_i64};
use crate::objects::str::new_str;
use crate::protocol::dunder::user_dunder;
use crate::runtime::errors::{overflow_error, type_error, PyErr};
use crate::runtime::thread::Thread;
use crate::runtime::types::{type_name, type_of};
use crate::runtime::PyResult;
use crate::value::Value;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

pub const TYPECODES: &str = "bBuhHiIlLqQfd";

/// Item size of a valid typecode.
pub fn itemsize(tc: u8) -> usize {
    match tc {
        b'b' | b'B' => 1,
        b'h' | b'H' => 2,
        b'u' | b'i' | b'I' | b'f' => 4,
        _ => 8,
    }
}

/// An int argument (`__index__` allowed), as CPython's item setters take it.
fn int_arg(ts: &mut Thread, v: Value) -> PyResult<BigInt> {
    if v.is_int() {
        return Ok(v.as_bigint().expect("int").into_owned());
    }
    if v.is_ptr() && user_dunder(type_of(v), "__index__").is_some() {
        let i = crate::builtins::numbers::index(ts, v)?;
        return Ok(i.as_bigint().expect("int").into_owned());
    }
    Err(type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        type_name(v)
    )))
}

fn ovf(msg: &str) -> PyErr {
    overflow_error(msg)
}

/// The i64 of a C `long` argument.
fn c_long(n: &BigInt) -> PyResult<i64> {
    n.to_i64()
        .ok_or_else(|| ovf("Python int too large to convert to C long"))
}

fn range_check(x: i64, lo: i64, hi: i64, what: &str) -> PyResult<i64> {
    if x < lo {
        return Err(ovf(&format!("{what} is less than minimum")));
    }
    if x > hi {
        return Err(ovf(&format!("{what} is greater than maximum")));
    }
    Ok(x)
}

/// Converts `v` to the item bytes of typecode `tc`.
pub fn to_item(ts: &mut Thread, tc: u8, v: Value) -> PyResult<[u8; 8]> {
    let bits: u64 = match tc {
        b'u' => match v.as_str() {
            Some(s) if s.chars().count() == 1 => s.chars().next().expect("one") as u64,
            _ => return Err(type_error("array item must be unicode character")),
        },
        b'f' | b'd' => {
            let x = crate::builtins::numbers::to_f64(ts, v)?;
            if tc == b'f' {
                (x as f32).to_bits() as u64
            } else {
                x.to_bits()
            }
        }
        _ => {
            let n = int_arg(ts, v)?;
            int_bits(tc, &n)?
        }
    };
    Ok(bits.to_le_bytes())
}

fn int_bits(tc: u8, n: &BigInt) -> PyResult<u64> {
    const SHORT: &str = "signed short integer";
    const INT: &str = "signed integer";
    Ok(match tc {
        b'b' => {
            let x = range_check(c_long(n)?, -32768, 32767, SHORT)?;
            range_check(x, -128, 127, "signed char")? as u64
        }
        b'B' => range_check(c_long(n)?, 0, 255, "unsigned byte integer")? as u64,
        b'h' => range_check(c_long(n)?, -32768, 32767, SHORT)? as u64,
        b'H' => {
            let x = range_check(c_long(n)?, i32::MIN as i64, i32::MAX as i64, INT)?;
            range_check(x, 0, 65535, "unsigned short")? as u64
        }
        b'i' => range_check(c_long(n)?, i32::MIN as i64, i32::MAX as i64, INT)? as u64,
        b'l' => c_long(n)? as u64,
        b'I' | b'L' => {
            if n.is_negative() {
                return Err(ovf("can't convert negative value to unsigned int"));
            }
            let x = n
                .to_u64()
                .ok_or_else(|| ovf("Python int too large to convert to C unsigned long"))?;
            if tc == b'I' && x > u32::MAX as u64 {
                return Err(ovf("unsigned int is greater than maximum"));
            }
            x
        }
        b'q' => n.to_i64().ok_or_else(|| ovf("int too big to convert"))? as u64,
        _ => {
            if n.is_negative() {
                return Err(ovf("can't convert negative int to unsigned"));
            }
            n.to_u64().ok_or_else(|| ovf("int too big to convert"))?
        }
    })
}

/// The Python value of the item bytes `b` (exactly `itemsize(tc)` long).
pub fn from_item(tc: u8, b: &[u8]) -> Value {
    let mut buf = [0u8; 8];
    buf[..b.len()].copy_from_slice(b);
    let u = u64::from_le_bytes(buf);
    let signed = |bits: u32| ((u << (64 - bits)) as i64) >> (64 - bits);
    match tc {
        b'b' => int_from_i64(signed(8)),
        b'h' => int_from_i64(signed(16)),
        b'i' => int_from_i64(signed(32)),
        b'l' | b'q' => int_from_i64(u as i64),
        b'f' => new_float(f32::from_bits(u as u32) as f64),
        b'd' => new_float(f64::from_bits(u)),
        b'u' => match char::from_u32(u as u32) {
            Some(c) => new_str(c.to_string()),
            None => new_str("\u{fffd}"),
        },
        _ => match i64::try_from(u) {
            Ok(i) => int_from_i64(i),
            Err(_) => int_from_big(BigInt::from(u)),
        },
    }
}
