//! Packing one Python value into bytes and unpacking it back, per format
//! code, with CPython 3.11's range checks and messages (which differ
//! between the native/little-endian and the big-endian tables).

use super::error;
use super::format::Order;
use crate::objects::bytes::{new_bytes, ByteArrayObj};
use crate::objects::int::{int_from_big, int_from_i64};
use crate::protocol::dunder::user_dunder;
use crate::runtime::errors::{overflow_error, PyErr};
use crate::runtime::thread::Thread;
use crate::runtime::types::type_of;
use crate::runtime::PyResult;
use crate::value::Value;
use num_bigint::BigInt;
use num_traits::ToPrimitive;

/// `get_pylong`: an int, or `__index__()`, else struct.error.
fn get_int(ts: &mut Thread, v: Value) -> PyResult<BigInt> {
    if v.is_int() {
        return Ok(v.as_bigint().expect("int").into_owned());
    }
    if v.is_ptr() && user_dunder(type_of(v), "__index__").is_some() {
        let i = crate::builtins::numbers::index(ts, v)?;
        return Ok(i.as_bigint().expect("int").into_owned());
    }
    Err(error("required argument is not an integer"))
}

fn write(out: &mut [u8], bits: u64, little: bool) {
    let n = out.len();
    for (k, b) in out.iter_mut().enumerate() {
        let shift = if little { k } else { n - 1 - k };
        *b = (bits >> (8 * shift)) as u8;
    }
}

fn read(data: &[u8], little: bool) -> u64 {
    let n = data.len();
    let mut bits = 0u64;
    for (k, &b) in data.iter().enumerate() {
        let shift = if little { k } else { n - 1 - k };
        bits |= (b as u64) << (8 * shift);
    }
    bits
}

fn range(ch: u8, lo: i64, hi: u64) -> PyErr {
    error(format!(
        "'{}' format requires {lo} <= number <= {hi}",
        ch as char
    ))
}

fn pack_int(ch: u8, order: Order, n: &BigInt) -> PyResult<u64> {
    let oor = || error("argument out of range");
    let i64_ = || n.to_i64().ok_or_else(oor);
    let u64_ = || n.to_u64().ok_or_else(oor);
    let le = order.little();
    let check = |x: i64, lo: i64, hi: i64, msg: String| {
        if x < lo || x > hi {
            Err(error(msg))
        } else {
            Ok(x as u64)
        }
    };
    match ch {
        b'b' => check(
            i64_()?,
            -128,
            127,
            "byte format requires -128 <= number <= 127".into(),
        ),
        b'B' => check(
            i64_()?,
            0,
            255,
            "ubyte format requires 0 <= number <= 255".into(),
        ),
        b'h' => {
            let msg = if le { "short format" } else { "'h' format" };
            check(
                i64_()?,
                -32768,
                32767,
                format!("{msg} requires -32768 <= number <= 32767"),
            )
        }
        b'H' if le => check(
            i64_()?,
            0,
            65535,
            "ushort format requires 0 <= number <= 65535".into(),
        ),
        b'H' | b'I' => {
            let x = u64_()?;
            let hi = if ch == b'H' { 65535 } else { u32::MAX as u64 };
            if x > hi {
                return Err(range(ch, 0, hi));
            }
            Ok(x)
        }
        b'i' => {
            let x = i64_()?;
            if x < i32::MIN as i64 || x > i32::MAX as i64 {
                return Err(error(
                    "'i' format requires -2147483648 <= number <= 2147483647",
                ));
            }
            Ok(x as u64)
        }
        b'l' if !order.standard() => Ok(i64_()? as u64),
        b'l' => {
            let x = i64_()?;
            if x < i32::MIN as i64 || x > i32::MAX as i64 {
                return Err(error(
                    "'l' format requires -2147483648 <= number <= 2147483647",
                ));
            }
            Ok(x as u64)
        }
        b'L' if !order.standard() => u64_(),
        b'L' => {
            let x = u64_()?;
            if x > u32::MAX as u64 {
                return Err(range(ch, 0, u32::MAX as u64));
            }
            Ok(x)
        }
        b'q' | b'n' if le => Ok(i64_()? as u64),
        b'Q' | b'N' if le => u64_(),
        b'q' => n
            .to_i64()
            .map(|x| x as u64)
            .ok_or_else(|| error("int too large to convert")),
        b'Q' => n.to_u64().ok_or_else(|| error("int too large to convert")),
        // 'P'
        _ => n
            .to_i64()
            .map(|x| x as u64)
            .or_else(|| n.to_u64())
            .ok_or_else(|| error("int too large to convert")),
    }
}

/// CPython's `PyFloat_Pack2`: the IEEE half bits, or None on overflow.
pub fn pack_half(x: f64) -> Option<u16> {
    let (sign, mut e, mut bits): (u16, i32, u32);
    if x == 0.0 {
        return Some(if x.is_sign_negative() { 0x8000 } else { 0 });
    } else if x.is_infinite() {
        (sign, e, bits) = ((x < 0.0) as u16, 0x1f, 0);
    } else if x.is_nan() {
        (sign, e, bits) = (x.is_sign_negative() as u16, 0x1f, 512);
    } else {
        sign = (x < 0.0) as u16;
        let ax = x.abs();
        // frexp: ax = f * 2^e2 with 0.5 <= f < 1, then f in [1, 2).
        let mut e2 = ax.log2().floor() as i32 + 1;
        let mut f = ax / 2f64.powi(e2);
        if f >= 1.0 {
            f /= 2.0;
            e2 += 1;
        } else if f < 0.5 {
            f *= 2.0;
            e2 -= 1;
        }
        f *= 2.0;
        e = e2 - 1;
        if e >= 16 {
            return None;
        } else if e < -25 {
            f = 0.0;
            e = 0;
        } else if e < -14 {
            f *= 2f64.powi(14 + e);
            e = 0;
        } else {
            e += 15;
            f -= 1.0;
        }
        f *= 1024.0;
        bits = f as u32;
        f -= bits as f64;
        if f > 0.5 || (f == 0.5 && bits % 2 == 1) {
            bits += 1;
            if bits == 1024 {
                bits = 0;
                e += 1;
                if e == 31 {
                    return None;
                }
            }
        }
    }
    Some((bits as u16) | ((e as u16) << 10) | (sign << 15))
}

/// CPython's `PyFloat_Unpack2`.
pub fn unpack_half(h: u16) -> f64 {
    let sign = h >> 15 != 0;
    let e = ((h >> 10) & 0x1f) as i32;
    let f = (h & 0x3ff) as f64;
    let x = if e == 0x1f {
        if f == 0.0 {
            f64::INFINITY
        } else {
            f64::NAN
        }
    } else if e == 0 {
        f / 1024.0 * 2f64.powi(-14)
    } else {
        (1.0 + f / 1024.0) * 2f64.powi(e - 15)
    };
    if sign {
        -x
    } else {
        x
    }
}

fn as_f64(ts: &mut Thread, v: Value) -> PyResult<f64> {
    crate::builtins::numbers::to_f64(ts, v).map_err(|_| error("required argument is not a float"))
}

/// Packs `v` as one `ch` item into `out` (its exact size).
pub fn pack_one(ts: &mut Thread, ch: u8, order: Order, v: Value, out: &mut [u8]) -> PyResult<()> {
    let little = order.little();
    let too_large = |what: char| {
        if v.is_int() {
            error("int too large to convert")
        } else {
            overflow_error(format!("float too large to pack with {what} format"))
        }
    };
    match ch {
        b'c' => match v.as_bytes() {
            Some(b) if b.len() == 1 => out[0] = b[0],
            _ => return Err(error("char format requires a bytes object of length 1")),
        },
        b'?' => out[0] = crate::protocol::truth::truthy(ts, v)? as u8,
        b'e' => {
            let h = pack_half(as_f64(ts, v)?).ok_or_else(|| too_large('e'))?;
            write(out, h as u64, little);
        }
        b'f' => {
            let x = as_f64(ts, v)?;
            let y = x as f32;
            if order.standard() && y.is_infinite() && !x.is_infinite() {
                return Err(too_large('f'));
            }
            write(out, y.to_bits() as u64, little);
        }
        b'd' => write(out, as_f64(ts, v)?.to_bits(), little),
        b's' | b'p' => {
            let data = match (v.as_bytes(), v.downcast::<ByteArrayObj>()) {
                (Some(b), _) => b.to_vec(),
                (None, Some(ba)) => ba.data.lock().clone(),
                _ => {
                    return Err(error(format!(
                        "argument for '{}' must be a bytes object",
                        ch as char
                    )))
                }
            };
            out.fill(0);
            if ch == b's' {
                let n = data.len().min(out.len());
                out[..n].copy_from_slice(&data[..n]);
            } else if !out.is_empty() {
                let n = data.len().min(out.len() - 1);
                out[1..1 + n].copy_from_slice(&data[..n]);
                out[0] = n.min(255) as u8;
            }
        }
        _ => {
            let n = get_int(ts, v)?;
            let bits = pack_int(ch, order, &n)?;
            write(out, bits, little);
        }
    }
    Ok(())
}

/// Unpacks one `ch` item from `data` (its exact size).
pub fn unpack_one(ch: u8, order: Order, data: &[u8]) -> Value {
    let little = order.little();
    let bits = || read(data, little);
    let signed = |bits: u64| {
        let shift = 64 - 8 * data.len() as u32;
        ((bits << shift) as i64) >> shift
    };
    match ch {
        b'c' => new_bytes(data.to_vec()),
        b'?' => Value::from_bool(data[0] != 0),
        b'e' => crate::builtins::numbers::new_float(unpack_half(bits() as u16)),
        b'f' => crate::builtins::numbers::new_float(f32::from_bits(bits() as u32) as f64),
        b'd' => crate::builtins::numbers::new_float(f64::from_bits(bits())),
        b's' => new_bytes(data.to_vec()),
        b'p' => {
            let n = (*data.first().unwrap_or(&0) as usize).min(data.len().saturating_sub(1));
            new_bytes(data[1.min(data.len())..1.min(data.len()) + n].to_vec())
        }
        b'b' | b'h' | b'i' | b'l' | b'q' | b'n' => int_from_i64(signed(bits())),
        _ => {
            let b = bits();
            match i64::try_from(b) {
                Ok(i) => int_from_i64(i),
                Err(_) => int_from_big(BigInt::from(b)),
            }
        }
    }
}
