//! Splitting and joining `str`: split/rsplit/splitlines, partition/
//! rpartition, join.

use super::unicode::{is_linebreak, is_space};
use super::util::*;
use crate::objects::builtin_fn::{KwArgs, NativeFn};
use crate::objects::list::new_list;
use crate::objects::str::new_str;
use crate::objects::tuple::new_tuple;
use crate::runtime::errors::{type_error, value_error};
use crate::runtime::thread::Thread;
use crate::runtime::types::{type_name, types};
use crate::runtime::PyResult;
use crate::value::Value;

pub(super) const METHODS: &[(&str, NativeFn)] = &[
    ("split", split),
    ("rsplit", rsplit),
    ("splitlines", splitlines),
    ("partition", partition),
    ("rpartition", rpartition),
    ("join", join),
];

/// Python's `str.split()` on whitespace runs, at most `max` splits.
pub(crate) fn split_whitespace(s: &str, max: usize) -> Vec<&str> {
    if s.is_ascii() {
        return split_ascii_whitespace(s, max);
    }
    let mut out = Vec::new();
    let mut it = s.char_indices().peekable();
    let mut left = max;
    loop {
        while it.next_if(|&(_, c)| is_space(c)).is_some() {}
        let Some(&(start, _)) = it.peek() else { break };
        if left == 0 {
            out.push(&s[start..]);
            break;
        }
        left -= 1;
        let mut end = s.len();
        while let Some(&(b, c)) = it.peek() {
            if is_space(c) {
                end = b;
                break;
            }
            it.next();
        }
        out.push(&s[start..end]);
    }
    out
}

/// `split_whitespace` for ASCII text: a byte scan (every byte is a whole
/// character, so `is_space` gives the same answer on it).
fn split_ascii_whitespace(s: &str, max: usize) -> Vec<&str> {
    let b = s.as_bytes();
    let space = |i: usize| is_space(b[i] as char);
    let mut out = Vec::new();
    let mut i = 0;
    let mut left = max;
    loop {
        while i < b.len() && space(i) {
            i += 1;
        }
        if i == b.len() {
            break;
        }
        if left == 0 {
            out.push(&s[i..]);
            break;
        }
        left -= 1;
        let start = i;
        while i < b.len() && !space(i) {
            i += 1;
        }
        out.push(&s[start..i]);
    }
    out
}

/// Python's `str.rsplit()` on whitespace runs, at most `max` splits.
pub(crate) fn rsplit_whitespace(s: &str, max: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut it = s.char_indices().rev().peekable();
    let mut left = max;
    loop {
        while it.next_if(|&(_, c)| is_space(c)).is_some() {}
        let Some(&(b, c)) = it.peek() else { break };
        let end = b + c.len_utf8();
        if left == 0 {
            out.push(&s[..end]);
            break;
        }
        left -= 1;
        let mut start = 0;
        while let Some(&(b, c)) = it.peek() {
            if is_space(c) {
                start = b + c.len_utf8();
                break;
            }
            it.next();
        }
        out.push(&s[start..end]);
    }
    out.reverse();
    out
}

fn str_list(parts: Vec<&str>) -> Value {
    new_list(parts.into_iter().map(new_str).collect())
}

/// (sep, maxsplit) of split/rsplit; maxsplit < 0 means no limit.
fn split_args<'a>(
    ts: &mut Thread,
    args: &[Value],
    kw: KwArgs,
    name: &str,
) -> PyResult<(Option<&'a str>, usize)> {
    let [sep, max] = with_kwargs(name, args, kw, ["sep", "maxsplit"], 0)?;
    let sep = match sep {
        None => None,
        Some(v) if v.is_none() => None,
        Some(v) => {
            let s = v
                .as_str()
                .ok_or_else(|| type_error(format!("must be str or None, not {}", type_name(v))))?;
            if s.is_empty() {
                return Err(value_error("empty separator"));
            }
            Some(s)
        }
    };
    let max = match max {
        Some(m) => int_arg(ts, m)?,
        None => -1,
    };
    Ok((sep, if max < 0 { usize::MAX } else { max as usize }))
}

fn split(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (_, s) = this_str(args, "split")?;
    let (sep, max) = split_args(ts, args, kw, "split")?;
    Ok(match sep {
        None => str_list(split_whitespace(s, max)),
        // A one-byte separator splits on a char: a memchr scan instead of
        // the general substring searcher (same pieces).
        Some(sep) if max == usize::MAX && sep.len() == 1 => {
            str_list(s.split(sep.as_bytes()[0] as char).collect())
        }
        Some(sep) if max == usize::MAX => str_list(s.split(sep).collect()),
        Some(sep) => str_list(s.splitn(max.saturating_add(1), sep).collect()),
    })
}

fn rsplit(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (_, s) = this_str(args, "rsplit")?;
    let (sep, max) = split_args(ts, args, kw, "rsplit")?;
    Ok(match sep {
        None => str_list(rsplit_whitespace(s, max)),
        Some(sep) => {
            let mut parts: Vec<&str> = if max == usize::MAX {
                s.rsplit(sep).collect()
            } else {
                s.rsplitn(max.saturating_add(1), sep).collect()
            };
            parts.reverse();
            str_list(parts)
        }
    })
}

/// The lines of `s` (with or without their line boundaries).
pub(crate) fn split_lines(s: &str, keepends: bool) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut it = s.char_indices().peekable();
    while let Some((b, c)) = it.next() {
        if !is_linebreak(c) {
            continue;
        }
        let mut end = b + c.len_utf8();
        if c == '\r' && it.next_if(|&(_, n)| n == '\n').is_some() {
            end += 1;
        }
        out.push(&s[start..if keepends { end } else { b }]);
        start = end;
    }
    if start < s.len() {
        out.push(&s[start..]);
    }
    out
}

fn splitlines(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (_, s) = this_str(args, "splitlines")?;
    let [keep] = with_kwargs("splitlines", args, kw, ["keepends"], 0)?;
    let keep = match keep {
        Some(k) => int_arg(ts, k)? != 0,
        None => false,
    };
    Ok(str_list(split_lines(s, keep)))
}

fn partition_impl(args: &[Value], kw: KwArgs, name: &'static str, rev: bool) -> PyResult<Value> {
    let (g, s) = this_str(args, name)?;
    let sep_v = one_arg("str", name, args, kw)?;
    let sep = str_arg(sep_v)?;
    if sep.is_empty() {
        return Err(value_error("empty separator"));
    }
    let empty = crate::runtime::intern::intern("");
    let found = if rev { s.rfind(sep) } else { s.find(sep) };
    Ok(match found {
        Some(i) => new_tuple([new_str(&s[..i]), sep_v, new_str(&s[i + sep.len()..])]),
        None if rev => new_tuple([empty, empty, same_or_new(g, s)]),
        None => new_tuple([same_or_new(g, s), empty, empty]),
    })
}

fn partition(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    partition_impl(args, kw, "partition", false)
}

fn rpartition(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    partition_impl(args, kw, "rpartition", true)
}

/// `sep.join(iterable)`.
pub(crate) fn join_values(ts: &mut Thread, sep: &str, iterable: Value) -> PyResult<Value> {
    let joined = if let Some(t) = iterable.as_tuple() {
        join_items(sep, t.len(), |i| t[i])
    } else if let Some(l) = iterable.downcast::<crate::objects::list::ListObj>() {
        // Joined under the list's lock (as CPython's critical section does),
        // reading the items in place: no snapshot copy.
        let items = l.items.lock();
        join_items(sep, items.len(), |i| items.get(i).expect("index below len"))
    } else {
        let it = crate::protocol::iter(ts, iterable).map_err(|e| {
            if e.matches(types().type_error) {
                type_error("can only join an iterable")
            } else {
                e
            }
        })?;
        let items = crate::protocol::iter::collect(ts, it)?;
        join_items(sep, items.len(), |i| items[i])
    };
    joined.map_err(|(i, x)| {
        type_error(format!(
            "sequence item {i}: expected str instance, {} found",
            type_name(x)
        ))
    })
}

/// Joins items `0..n` (read with `item`, which runs no Python code), or
/// the index and value of the first one that is not a str.
fn join_items(sep: &str, n: usize, item: impl Fn(usize) -> Value) -> Result<Value, (usize, Value)> {
    if n == 1 {
        let x = item(0);
        if let Some(s) = x.as_str() {
            if crate::runtime::types::type_of(x) == types().str {
                return Ok(x);
            }
            return Ok(new_str(s));
        }
    }
    let mut total = sep.len() * n.saturating_sub(1);
    for i in 0..n {
        let x = item(i);
        match x.as_str() {
            Some(s) => total += s.len(),
            None => return Err((i, x)),
        }
    }
    let parts = (0..n).map(|i| item(i).as_str().expect("checked"));
    // A short result is built on the stack and copied into the object.
    let mut small = [0u8; crate::objects::str::text::INLINE];
    if total <= small.len() {
        let mut at = 0;
        for (i, p) in parts.enumerate() {
            if i > 0 {
                small[at..at + sep.len()].copy_from_slice(sep.as_bytes());
                at += sep.len();
            }
            small[at..at + p.len()].copy_from_slice(p.as_bytes());
            at += p.len();
        }
        // Whole strs side by side are valid UTF-8.
        return Ok(new_str(std::str::from_utf8(&small[..at]).expect("utf-8")));
    }
    let mut out = String::with_capacity(total);
    for (i, p) in parts.enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(p);
    }
    Ok(new_str(out))
}

fn join(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (_, sep) = this_str(args, "join")?;
    let it = one_arg("str", "join", args, kw)?;
    join_values(ts, sep, it)
}
