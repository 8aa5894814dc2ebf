//! `float.hex()` and the classmethod `float.fromhex(s)`.

use super::this_float;
use crate::builtins::lists::arity::noargs;
use crate::builtins::{add_bound, add_methods, Bind};
use crate::objects::builtin_fn::KwArgs;
use crate::objects::str::new_str;
use crate::runtime::errors::{overflow_error, type_error, value_error};
use crate::runtime::thread::Thread;
use crate::runtime::types::types;
use crate::runtime::PyResult;
use crate::value::Value;
use num_bigint::BigUint;
use num_traits::{One, ToPrimitive, Zero};

pub fn register() {
    add_methods(types().float, &[("hex", hex)]);
    add_bound(types().float, Bind::Class, &[("fromhex", fromhex)]);
}

/// CPython's `float.hex`: `0x1.8000000000000p+1`.
pub fn float_hex(x: f64) -> String {
    if x.is_nan() || x.is_infinite() {
        return crate::format::float_repr(x);
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (lead, exp) = if exp_bits == 0 {
        (0, -1022)
    } else {
        (1, exp_bits - 1023)
    };
    format!(
        "{sign}0x{lead}.{frac:013x}p{}{}",
        if exp < 0 { "-" } else { "+" },
        exp.abs()
    )
}

fn hex(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let x = this_float(args, "hex")?;
    noargs("float.hex", args, kw)?;
    Ok(new_str(float_hex(x)))
}

/// 2**e for e in the normal exponent range.
fn pow2(e: i64) -> f64 {
    f64::from_bits(((e + 1023) as u64) << 52)
}

/// `q * 2**e`, exact when the result is representable (q < 2**54).
fn ldexp(q: u64, e: i64) -> f64 {
    let mut v = q as f64;
    let mut e = e;
    while e > 1000 {
        v *= pow2(1000);
        e -= 1000;
    }
    while e < -1000 {
        v *= pow2(-537);
        e += 537;
    }
    v * pow2(e)
}

/// Parses CPython's hexadecimal float syntax.
pub fn parse_hex_float(s: &str) -> Result<f64, (bool, &'static str)> {
    let invalid = (false, "invalid hexadecimal floating-point string");
    let t = s.trim_matches(|c: char| c.is_ascii_whitespace());
    let (neg, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = body.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Ok(if neg {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        });
    }
    if lower == "nan" {
        return Ok(f64::NAN);
    }
    let mut rest = lower.as_str();
    if let Some(r) = rest.strip_prefix("0x") {
        rest = r;
    }
    let (mant, exp_text) = match rest.find('p') {
        Some(i) => (&rest[..i], Some(&rest[i + 1..])),
        None => (rest, None),
    };
    let (int_part, frac_part) = match mant.find('.') {
        Some(i) => (&mant[..i], &mant[i + 1..]),
        None => (mant, ""),
    };
    if int_part.is_empty() && frac_part.is_empty() {
        return Err(invalid);
    }
    let all_hex = |p: &str| p.bytes().all(|b| b.is_ascii_hexdigit());
    if !all_hex(int_part) || !all_hex(frac_part) {
        return Err(invalid);
    }
    let mut exp: i64 = 0;
    if let Some(et) = exp_text {
        let digits = et.strip_prefix(['+', '-']).unwrap_or(et);
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(invalid);
        }
        let mag: i64 = digits
            .parse::<i64>()
            .unwrap_or(i64::MAX / 4)
            .min(i64::MAX / 4);
        exp = if et.starts_with('-') { -mag } else { mag };
    }
    let digits = format!("{int_part}{frac_part}");
    let m = BigUint::parse_bytes(digits.as_bytes(), 16).unwrap_or_else(BigUint::zero);
    let e = exp.saturating_sub(4 * frac_part.len() as i64);
    let value = if m.is_zero() {
        0.0
    } else {
        let top = m.bits() as i64 + e;
        if top > 1024 {
            return Err((true, "hexadecimal value too large to represent as a float"));
        }
        let lsb = (top - 53).max(-1074);
        let shift = lsb - e;
        let q = if shift <= 0 {
            (&m << (-shift) as usize).to_u64().expect("fits")
        } else {
            let q = &m >> shift as usize;
            let rem = &m - (&q << shift as usize);
            let half = BigUint::one() << (shift - 1) as usize;
            let q = q.to_u64().expect("fits");
            if rem > half || (rem == half && q & 1 == 1) {
                q + 1
            } else {
                q
            }
        };
        let v = ldexp(q, lsb);
        if v.is_infinite() {
            return Err((true, "hexadecimal value too large to represent as a float"));
        }
        v
    };
    Ok(if neg { -value } else { value })
}

fn fromhex(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let cls = crate::builtins::lists::arity::new_cls(args, types().float)?;
    let s = crate::builtins::lists::arity::one_arg("float.fromhex", args, kw)?;
    let Some(text) = s.as_str() else {
        return Err(type_error("bad argument type for built-in operation"));
    };
    let v = match parse_hex_float(text) {
        Ok(v) => super::new_float(v),
        Err((true, m)) => return Err(overflow_error(m)),
        Err((false, m)) => return Err(value_error(m)),
    };
    if cls == types().float {
        return Ok(v);
    }
    crate::protocol::call(ts, cls.value(), &[v], &[])
}
