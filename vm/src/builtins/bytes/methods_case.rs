//! ASCII case conversion and predicates of bytes/bytearray.

use super::{is_space, make, this, tname};
use crate::builtins::strings::util::noargs;
use crate::objects::builtin_fn::{KwArgs, NativeFn};
use crate::runtime::thread::Thread;
use crate::runtime::PyResult;
use crate::value::Value;
use std::borrow::Cow;

pub(super) fn methods<const BA: bool>() -> Vec<(&'static str, NativeFn)> {
    vec![
        ("upper", upper::<BA>),
        ("lower", lower::<BA>),
        ("capitalize", capitalize::<BA>),
        ("title", title::<BA>),
        ("swapcase", swapcase::<BA>),
        ("isdigit", isdigit::<BA>),
        ("isalpha", isalpha::<BA>),
        ("isalnum", isalnum::<BA>),
        ("isspace", isspace::<BA>),
        ("isupper", isupper::<BA>),
        ("islower", islower::<BA>),
        ("istitle", istitle::<BA>),
        ("isascii", isascii::<BA>),
    ]
}

fn data<'a, const BA: bool>(
    args: &[Value],
    kw: KwArgs,
    name: &'static str,
) -> PyResult<Cow<'a, [u8]>> {
    let (_, d) = this::<BA>(args, name)?;
    noargs(tname::<BA>(), name, args, kw)?;
    Ok(d)
}

fn upper<const BA: bool>(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    Ok(make::<BA>(
        data::<BA>(args, kw, "upper")?.to_ascii_uppercase(),
    ))
}

fn lower<const BA: bool>(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    Ok(make::<BA>(
        data::<BA>(args, kw, "lower")?.to_ascii_lowercase(),
    ))
}

fn capitalize<const BA: bool>(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let mut d = data::<BA>(args, kw, "capitalize")?.to_ascii_lowercase();
    if let Some(f) = d.first_mut() {
        f.make_ascii_uppercase();
    }
    Ok(make::<BA>(d))
}

fn title<const BA: bool>(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let mut d = data::<BA>(args, kw, "title")?.into_owned();
    let mut prev = false;
    for c in d.iter_mut() {
        if prev {
            c.make_ascii_lowercase();
        } else {
            c.make_ascii_uppercase();
        }
        prev = c.is_ascii_alphabetic();
    }
    Ok(make::<BA>(d))
}

fn swapcase<const BA: bool>(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let d = data::<BA>(args, kw, "swapcase")?;
    Ok(make::<BA>(
        d.iter()
            .map(|&c| {
                if c.is_ascii_uppercase() {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                }
            })
            .collect(),
    ))
}

fn all(d: &[u8], f: impl Fn(u8) -> bool) -> Value {
    Value::from_bool(!d.is_empty() && d.iter().all(|&c| f(c)))
}

fn isdigit<const BA: bool>(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    Ok(all(&data::<BA>(args, kw, "isdigit")?, |c| {
        c.is_ascii_digit()
    }))
}

fn isalpha<const BA: bool>(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    Ok(all(&data::<BA>(args, kw, "isalpha")?, |c| {
        c.is_ascii_alphabetic()
    }))
}

fn isalnum<const BA: bool>(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    Ok(all(&data::<BA>(args, kw, "isalnum")?, |c| {
        c.is_ascii_alphanumeric()
    }))
}

fn isspace<const BA: bool>(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    Ok(all(&data::<BA>(args, kw, "isspace")?, is_space))
}

fn isupper<const BA: bool>(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let d = data::<BA>(args, kw, "isupper")?;
    Ok(Value::from_bool(
        d.iter().any(|c| c.is_ascii_uppercase()) && !d.iter().any(|c| c.is_ascii_lowercase()),
    ))
}

fn islower<const BA: bool>(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let d = data::<BA>(args, kw, "islower")?;
    Ok(Value::from_bool(
        d.iter().any(|c| c.is_ascii_lowercase()) && !d.iter().any(|c| c.is_ascii_uppercase()),
    ))
}

fn istitle<const BA: bool>(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let d = data::<BA>(args, kw, "istitle")?;
    let (mut cased, mut prev) = (false, false);
    for &c in d.iter() {
        if c.is_ascii_uppercase() {
            if prev {
                return Ok(Value::FALSE);
            }
            prev = true;
            cased = true;
        } else if c.is_ascii_lowercase() {
            if !prev {
                return Ok(Value::FALSE);
            }
            prev = true;
            cased = true;
        } else {
            prev = false;
        }
    }
    Ok(Value::from_bool(cased))
}

fn isascii<const BA: bool>(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    Ok(Value::from_bool(
        data::<BA>(args, kw, "isascii")?.is_ascii(),
    ))
}
