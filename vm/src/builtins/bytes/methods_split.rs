//! Splitting and joining bytes/bytearray: split/rsplit/splitlines,
//! partition/rpartition, join.

use super::methods_search::{find_sub, rfind_sub};
use super::{bytes_like, is_space, make, need_bytes, this, tname};
use crate::builtins::strings::util::*;
use crate::objects::builtin_fn::{KwArgs, NativeFn};
use crate::objects::list::new_list;
use crate::objects::tuple::new_tuple;
use crate::runtime::errors::{type_error, value_error};
use crate::runtime::thread::Thread;
use crate::runtime::types::{type_name, types};
use crate::runtime::PyResult;
use crate::value::Value;

pub(super) fn methods<const BA: bool>() -> Vec<(&'static str, NativeFn)> {
    vec![
        ("split", split::<BA>),
        ("rsplit", rsplit::<BA>),
        ("splitlines", splitlines::<BA>),
        ("partition", partition::<BA>),
        ("rpartition", rpartition::<BA>),
        ("join", join::<BA>),
    ]
}

fn parts<const BA: bool>(parts: Vec<&[u8]>) -> Value {
    new_list(parts.into_iter().map(|p| make::<BA>(p.to_vec())).collect())
}

fn split_args(
    ts: &mut Thread,
    args: &[Value],
    kw: KwArgs,
    name: &str,
) -> PyResult<(Option<Vec<u8>>, usize)> {
    let [sep, max] = with_kwargs(name, args, kw, ["sep", "maxsplit"], 0)?;
    let sep = match sep {
        Some(v) if !v.is_none() => {
            let s = need_bytes(v)?.into_owned();
            if s.is_empty() {
                return Err(value_error("empty separator"));
            }
            Some(s)
        }
        _ => None,
    };
    let max = match max {
        Some(m) => int_arg(ts, m)?,
        None => -1,
    };
    Ok((sep, if max < 0 { usize::MAX } else { max as usize }))
}

fn split_ws(d: &[u8], max: usize) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let (mut i, n, mut left) = (0, d.len(), max);
    loop {
        while i < n && is_space(d[i]) {
            i += 1;
        }
        if i == n {
            break;
        }
        if left == 0 {
            out.push(&d[i..]);
            break;
        }
        left -= 1;
        let j = i;
        while i < n && !is_space(d[i]) {
            i += 1;
        }
        out.push(&d[j..i]);
    }
    out
}

fn rsplit_ws(d: &[u8], max: usize) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let (mut i, mut left) = (d.len(), max);
    loop {
        while i > 0 && is_space(d[i - 1]) {
            i -= 1;
        }
        if i == 0 {
            break;
        }
        if left == 0 {
            out.push(&d[..i]);
            break;
        }
        left -= 1;
        let j = i;
        while i > 0 && !is_space(d[i - 1]) {
            i -= 1;
        }
        out.push(&d[i..j]);
    }
    out.reverse();
    out
}

fn split_sep<'a>(d: &'a [u8], sep: &[u8], max: usize) -> Vec<&'a [u8]> {
    let mut out = Vec::new();
    let mut i = 0;
    let mut left = max;
    while left > 0 {
        match find_sub(&d[i..], sep) {
            Some(p) => {
                out.push(&d[i..i + p]);
                i += p + sep.len();
                left -= 1;
            }
            None => break,
        }
    }
    out.push(&d[i..]);
    out
}

fn rsplit_sep<'a>(d: &'a [u8], sep: &[u8], max: usize) -> Vec<&'a [u8]> {
    let mut out = Vec::new();
    let mut end = d.len();
    let mut left = max;
    while left > 0 {
        match rfind_sub(&d[..end], sep) {
            Some(p) => {
                out.push(&d[p + sep.len()..end]);
                end = p;
                left -= 1;
            }
            None => break,
        }
    }
    out.push(&d[..end]);
    out.reverse();
    out
}

fn split<const BA: bool>(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (_, data) = this::<BA>(args, "split")?;
    let (sep, max) = split_args(ts, args, kw, "split")?;
    Ok(match sep {
        None => parts::<BA>(split_ws(&data, max)),
        Some(sep) => parts::<BA>(split_sep(&data, &sep, max)),
    })
}

fn rsplit<const BA: bool>(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (_, data) = this::<BA>(args, "rsplit")?;
    let (sep, max) = split_args(ts, args, kw, "rsplit")?;
    Ok(match sep {
        None => parts::<BA>(rsplit_ws(&data, max)),
        Some(sep) => parts::<BA>(rsplit_sep(&data, &sep, max)),
    })
}

fn splitlines<const BA: bool>(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (_, d) = this::<BA>(args, "splitlines")?;
    let [keep] = with_kwargs("splitlines", args, kw, ["keepends"], 0)?;
    let keep = match keep {
        Some(k) => int_arg(ts, k)? != 0,
        None => false,
    };
    let mut out = Vec::new();
    let (mut start, mut i) = (0, 0);
    while i < d.len() {
        let c = d[i];
        if c == b'\n' || c == b'\r' {
            let mut end = i + 1;
            if c == b'\r' && d.get(i + 1) == Some(&b'\n') {
                end += 1;
            }
            out.push(&d[start..if keep { end } else { i }]);
            start = end;
            i = end;
        } else {
            i += 1;
        }
    }
    if start < d.len() {
        out.push(&d[start..]);
    }
    Ok(parts::<BA>(out))
}

fn partition_impl<const BA: bool>(
    args: &[Value],
    kw: KwArgs,
    name: &'static str,
    rev: bool,
) -> PyResult<Value> {
    let (v, d) = this::<BA>(args, name)?;
    let sep_v = one_arg(tname::<BA>(), name, args, kw)?;
    let sep = need_bytes(sep_v)?;
    if sep.is_empty() {
        return Err(value_error("empty separator"));
    }
    let empty = || make::<BA>(Vec::new());
    let whole = || {
        if !BA && crate::runtime::types::type_of(v) == types().bytes {
            v
        } else {
            make::<BA>(d.to_vec())
        }
    };
    let sep_out = || {
        if !BA && crate::runtime::types::type_of(sep_v) == types().bytes {
            sep_v
        } else {
            make::<BA>(sep.to_vec())
        }
    };
    let found = if rev {
        rfind_sub(&d, &sep)
    } else {
        find_sub(&d, &sep)
    };
    Ok(match found {
        Some(i) => new_tuple([
            make::<BA>(d[..i].to_vec()),
            sep_out(),
            make::<BA>(d[i + sep.len()..].to_vec()),
        ]),
        None if rev => new_tuple([empty(), empty(), whole()]),
        None => new_tuple([whole(), empty(), empty()]),
    })
}

fn partition<const BA: bool>(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    partition_impl::<BA>(args, kw, "partition", false)
}

fn rpartition<const BA: bool>(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    partition_impl::<BA>(args, kw, "rpartition", true)
}

fn join<const BA: bool>(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (_, sep) = this::<BA>(args, "join")?;
    let iterable = one_arg(tname::<BA>(), "join", args, kw)?;
    let items = match iterable.as_tuple() {
        Some(t) => t.to_vec(),
        None => {
            let it = crate::protocol::iter(ts, iterable).map_err(|e| {
                if e.matches(types().type_error) {
                    type_error("can only join an iterable")
                } else {
                    e
                }
            })?;
            crate::protocol::iter::collect(ts, it)?
        }
    };
    let mut out = Vec::new();
    for (i, &x) in items.iter().enumerate() {
        let Some(b) = bytes_like(x) else {
            return Err(type_error(format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                type_name(x)
            )));
        };
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(&b);
    }
    Ok(make::<BA>(out))
}
