//! Stripping and padding bytes/bytearray: strip/lstrip/rstrip,
//! center/ljust/rjust, zfill, expandtabs.

use super::{bytes_like, is_space, make, this, tname};
use crate::builtins::strings::util::*;
use crate::objects::builtin_fn::{KwArgs, NativeFn};
use crate::runtime::errors::type_error;
use crate::runtime::thread::Thread;
use crate::runtime::types::type_name;
use crate::runtime::PyResult;
use crate::value::Value;

pub(super) fn methods<const BA: bool>() -> Vec<(&'static str, NativeFn)> {
    vec![
        ("strip", strip::<BA>),
        ("lstrip", lstrip::<BA>),
        ("rstrip", rstrip::<BA>),
        ("center", center::<BA>),
        ("ljust", ljust::<BA>),
        ("rjust", rjust::<BA>),
        ("zfill", zfill::<BA>),
        ("expandtabs", expandtabs::<BA>),
    ]
}

fn strip_impl<const BA: bool>(
    args: &[Value],
    kw: KwArgs,
    name: &'static str,
    left: bool,
    right: bool,
) -> PyResult<Value> {
    let (_, d) = this::<BA>(args, name)?;
    let a = positional(tname::<BA>(), name, args, kw, 0, 1)?;
    let set = match a.first() {
        Some(v) if !v.is_none() => Some(bytes_like(*v).ok_or_else(|| {
            type_error(format!(
                "a bytes-like object is required, not '{}'",
                type_name(*v)
            ))
        })?),
        _ => None,
    };
    let strip = |b: &u8| match &set {
        Some(s) => s.contains(b),
        None => is_space(*b),
    };
    let mut lo = 0;
    let mut hi = d.len();
    if left {
        while lo < hi && strip(&d[lo]) {
            lo += 1;
        }
    }
    if right {
        while hi > lo && strip(&d[hi - 1]) {
            hi -= 1;
        }
    }
    Ok(make::<BA>(d[lo..hi].to_vec()))
}

fn strip<const BA: bool>(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    strip_impl::<BA>(args, kw, "strip", true, true)
}

fn lstrip<const BA: bool>(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    strip_impl::<BA>(args, kw, "lstrip", true, false)
}

fn rstrip<const BA: bool>(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    strip_impl::<BA>(args, kw, "rstrip", false, true)
}

fn justify<const BA: bool>(
    ts: &mut Thread,
    args: &[Value],
    kw: KwArgs,
    name: &'static str,
) -> PyResult<Value> {
    let (_, d) = this::<BA>(args, name)?;
    let a = positional(tname::<BA>(), name, args, kw, 1, 2)?;
    let width = int_arg(ts, a[0])?;
    let fill = match a.get(1) {
        None => b' ',
        Some(&f) => match bytes_like(f) {
            Some(b) if b.len() == 1 => b[0],
            _ => {
                return Err(type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    type_name(f)
                )))
            }
        },
    };
    let len = d.len() as i64;
    if width <= len {
        return Ok(make::<BA>(d.into_owned()));
    }
    let marg = (width - len) as usize;
    let (l, r) = match name {
        "ljust" => (0, marg),
        "rjust" => (marg, 0),
        _ => {
            let l = marg / 2 + (marg & (width as usize) & 1);
            (l, marg - l)
        }
    };
    let mut out = Vec::with_capacity(width as usize);
    out.resize(l, fill);
    out.extend_from_slice(&d);
    out.resize(l + d.len() + r, fill);
    Ok(make::<BA>(out))
}

fn center<const BA: bool>(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    justify::<BA>(ts, args, kw, "center")
}

fn ljust<const BA: bool>(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    justify::<BA>(ts, args, kw, "ljust")
}

fn rjust<const BA: bool>(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    justify::<BA>(ts, args, kw, "rjust")
}

fn zfill<const BA: bool>(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (_, d) = this::<BA>(args, "zfill")?;
    let width = int_arg(ts, one_arg(tname::<BA>(), "zfill", args, kw)?)?;
    if width <= d.len() as i64 {
        return Ok(make::<BA>(d.into_owned()));
    }
    let fill = width as usize - d.len();
    let mut out = Vec::with_capacity(width as usize);
    let rest: &[u8] = match d.first() {
        Some(&c @ (b'+' | b'-')) => {
            out.push(c);
            &d[1..]
        }
        _ => &d,
    };
    out.resize(out.len() + fill, b'0');
    out.extend_from_slice(rest);
    Ok(make::<BA>(out))
}

fn expandtabs<const BA: bool>(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (_, d) = this::<BA>(args, "expandtabs")?;
    let [tab] = with_kwargs("expandtabs", args, kw, ["tabsize"], 0)?;
    let tabsize = match tab {
        Some(t) => int_arg(ts, t)?,
        None => 8,
    };
    let mut out = Vec::with_capacity(d.len());
    let mut col: i64 = 0;
    for &c in d.iter() {
        match c {
            b'\t' => {
                if tabsize > 0 {
                    let n = tabsize - col % tabsize;
                    col += n;
                    out.resize(out.len() + n as usize, b' ');
                }
            }
            b'\n' | b'\r' => {
                col = 0;
                out.push(c);
            }
            _ => {
                col += 1;
                out.push(c);
            }
        }
    }
    Ok(make::<BA>(out))
}
