//! Searching bytes/bytearray: find/rfind/index/rindex/count,
//! startswith/endswith, replace, removeprefix/removesuffix.

use super::{bytes_like, make, need_bytes, this, tname};
use crate::builtins::strings::util::*;
use crate::objects::builtin_fn::{KwArgs, NativeFn};
use crate::objects::int::int_from_i64;
use crate::runtime::errors::{type_error, value_error};
use crate::runtime::thread::Thread;
use crate::runtime::types::type_name;
use crate::runtime::PyResult;
use crate::value::Value;
use std::borrow::Cow;

pub(super) fn methods<const BA: bool>() -> Vec<(&'static str, NativeFn)> {
    vec![
        ("find", find::<BA>),
        ("rfind", rfind::<BA>),
        ("index", index::<BA>),
        ("rindex", rindex::<BA>),
        ("count", count::<BA>),
        ("startswith", startswith::<BA>),
        ("endswith", endswith::<BA>),
        ("replace", replace::<BA>),
        ("removeprefix", removeprefix::<BA>),
        ("removesuffix", removesuffix::<BA>),
    ]
}

/// First occurrence of `n` in `h`.
pub(crate) fn find_sub(h: &[u8], n: &[u8]) -> Option<usize> {
    if n.is_empty() {
        return Some(0);
    }
    if n.len() > h.len() {
        return None;
    }
    let first = n[0];
    let last = h.len() - n.len();
    let mut i = 0;
    while i <= last {
        let p = h[i..=last].iter().position(|&b| b == first)?;
        let j = i + p;
        if &h[j..j + n.len()] == n {
            return Some(j);
        }
        i = j + 1;
    }
    None
}

/// Last occurrence of `n` in `h`.
pub(crate) fn rfind_sub(h: &[u8], n: &[u8]) -> Option<usize> {
    if n.is_empty() {
        return Some(h.len());
    }
    if n.len() > h.len() {
        return None;
    }
    (0..=h.len() - n.len())
        .rev()
        .find(|&i| &h[i..i + n.len()] == n)
}

/// Non-overlapping occurrences of `n` in `h` (len + 1 for an empty `n`).
pub(crate) fn count_sub(h: &[u8], n: &[u8], max: usize) -> usize {
    if n.is_empty() {
        return (h.len() + 1).min(max);
    }
    let (mut i, mut c) = (0, 0);
    while c < max {
        match find_sub(&h[i..], n) {
            Some(p) => {
                c += 1;
                i += p + n.len();
            }
            None => break,
        }
    }
    c
}

/// The `sub` argument of find/count/index: bytes-like or an int byte.
fn sub_arg<'a>(v: Value) -> PyResult<Cow<'a, [u8]>> {
    if v.is_int() {
        return match v.as_i64() {
            Some(i @ 0..=255) => Ok(Cow::Owned(vec![i as u8])),
            _ => Err(value_error("byte must be in range(0, 256)")),
        };
    }
    bytes_like(v).ok_or_else(|| {
        type_error(format!(
            "argument should be integer or bytes-like object, not '{}'",
            type_name(v)
        ))
    })
}

/// `(data[start:end], start)` or None when start > end.
fn window<'a>(ts: &mut Thread, data: &'a [u8], a: &[Value]) -> PyResult<Option<(&'a [u8], usize)>> {
    let st = slice_index(ts, a.get(1).copied())?;
    let en = slice_index(ts, a.get(2).copied())?;
    let (st, en) = adjust_indices(st, en, data.len());
    Ok((st <= en).then(|| (&data[st..en], st)))
}

fn find_impl<const BA: bool>(
    ts: &mut Thread,
    args: &[Value],
    kw: KwArgs,
    name: &'static str,
    rev: bool,
) -> PyResult<i64> {
    let (_, data) = this::<BA>(args, name)?;
    let a = old_style(tname::<BA>(), name, args, kw, 1, 3)?;
    let sub = sub_arg(a[0])?;
    let Some((hay, st)) = window(ts, &data, a)? else {
        return Ok(-1);
    };
    let pos = if rev {
        rfind_sub(hay, &sub)
    } else {
        find_sub(hay, &sub)
    };
    Ok(pos.map_or(-1, |p| (p + st) as i64))
}

fn find<const BA: bool>(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    Ok(int_from_i64(find_impl::<BA>(ts, args, kw, "find", false)?))
}

fn rfind<const BA: bool>(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    Ok(int_from_i64(find_impl::<BA>(ts, args, kw, "rfind", true)?))
}

fn index<const BA: bool>(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    match find_impl::<BA>(ts, args, kw, "index", false)? {
        -1 => Err(value_error("subsection not found")),
        i => Ok(int_from_i64(i)),
    }
}

fn rindex<const BA: bool>(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    match find_impl::<BA>(ts, args, kw, "rindex", true)? {
        -1 => Err(value_error("subsection not found")),
        i => Ok(int_from_i64(i)),
    }
}

fn count<const BA: bool>(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (_, data) = this::<BA>(args, "count")?;
    let a = old_style(tname::<BA>(), "count", args, kw, 1, 3)?;
    let sub = sub_arg(a[0])?;
    let Some((hay, _)) = window(ts, &data, a)? else {
        return Ok(Value::small_int(0));
    };
    Ok(int_from_i64(count_sub(hay, &sub, usize::MAX) as i64))
}

fn tail_match<const BA: bool>(
    ts: &mut Thread,
    args: &[Value],
    kw: KwArgs,
    name: &'static str,
    at_end: bool,
) -> PyResult<Value> {
    let (_, data) = this::<BA>(args, name)?;
    let a = old_style(tname::<BA>(), name, args, kw, 1, 3)?;
    let w = window(ts, &data, a)?;
    let test = |p: &[u8]| match w {
        None => false,
        Some((h, _)) if at_end => h.ends_with(p),
        Some((h, _)) => h.starts_with(p),
    };
    if let Some(items) = a[0].as_tuple() {
        for &p in items {
            let Some(p) = bytes_like(p) else {
                return Err(type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    type_name(p)
                )));
            };
            if test(&p) {
                return Ok(Value::TRUE);
            }
        }
        return Ok(Value::FALSE);
    }
    let Some(p) = bytes_like(a[0]) else {
        return Err(type_error(format!(
            "{name} first arg must be bytes or a tuple of bytes, not {}",
            type_name(a[0])
        )));
    };
    Ok(Value::from_bool(test(&p)))
}

fn startswith<const BA: bool>(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    tail_match::<BA>(ts, args, kw, "startswith", false)
}

fn endswith<const BA: bool>(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    tail_match::<BA>(ts, args, kw, "endswith", true)
}

/// `data.replace(old, new, count)`; count < 0 means all.
pub(crate) fn replace_bytes(data: &[u8], old: &[u8], new: &[u8], count: i64) -> Vec<u8> {
    let max = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    let mut out = Vec::with_capacity(data.len());
    if old.is_empty() {
        let mut n = 0;
        for &b in data {
            if n < max {
                out.extend_from_slice(new);
                n += 1;
            }
            out.push(b);
        }
        if n < max {
            out.extend_from_slice(new);
        }
        return out;
    }
    let (mut i, mut n) = (0, 0);
    while n < max {
        match find_sub(&data[i..], old) {
            Some(p) => {
                out.extend_from_slice(&data[i..i + p]);
                out.extend_from_slice(new);
                i += p + old.len();
                n += 1;
            }
            None => break,
        }
    }
    out.extend_from_slice(&data[i..]);
    out
}

fn replace<const BA: bool>(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (_, data) = this::<BA>(args, "replace")?;
    let a = positional(tname::<BA>(), "replace", args, kw, 2, 3)?;
    let old = need_bytes(a[0])?;
    let new = need_bytes(a[1])?;
    let count = match a.get(2) {
        Some(&c) => int_arg(ts, c)?,
        None => -1,
    };
    Ok(make::<BA>(replace_bytes(&data, &old, &new, count)))
}

fn affix<const BA: bool>(
    args: &[Value],
    kw: KwArgs,
    name: &'static str,
    suffix: bool,
) -> PyResult<Value> {
    let (v, data) = this::<BA>(args, name)?;
    let p = need_bytes(one_arg(tname::<BA>(), name, args, kw)?)?;
    let stripped = if suffix {
        data.strip_suffix(&*p)
    } else {
        data.strip_prefix(&*p)
    };
    match stripped {
        Some(rest) if !p.is_empty() => Ok(make::<BA>(rest.to_vec())),
        _ if !BA && crate::runtime::types::type_of(v) == crate::runtime::types::types().bytes => {
            Ok(v)
        }
        _ => Ok(make::<BA>(data.into_owned())),
    }
}

fn removeprefix<const BA: bool>(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    affix::<BA>(args, kw, "removeprefix", false)
}

fn removesuffix<const BA: bool>(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    affix::<BA>(args, kw, "removesuffix", true)
}
