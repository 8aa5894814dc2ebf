//! Searching `str`: find/rfind/index/rindex/count, startswith/endswith,
//! replace, removeprefix/removesuffix.

use super::util::*;
use crate::object::Gc;
use crate::objects::builtin_fn::{KwArgs, NativeFn};
use crate::objects::int::int_from_i64;
use crate::objects::str::{new_str, StrObj};
use crate::runtime::errors::{type_error, value_error};
use crate::runtime::thread::Thread;
use crate::runtime::types::type_name;
use crate::runtime::PyResult;
use crate::value::Value;

pub(super) const METHODS: &[(&str, NativeFn)] = &[
    ("find", find),
    ("rfind", rfind),
    ("index", index),
    ("rindex", rindex),
    ("count", count),
    ("startswith", startswith),
    ("endswith", endswith),
    ("replace", replace),
    ("removeprefix", removeprefix),
    ("removesuffix", removesuffix),
];

/// The receiver's text restricted to `[start:end]` (code points), with the
/// code-point index of its first character; None when start > end.
pub(crate) struct Window<'a> {
    pub hay: &'a str,
    pub start: usize,
    pub ascii: bool,
}

pub(crate) fn window<'a>(
    ts: &mut Thread,
    g: Gc<StrObj>,
    start: Option<Value>,
    end: Option<Value>,
) -> PyResult<Option<Window<'a>>> {
    let s: &'a str = g.get().as_str();
    let ascii = g.is_ascii();
    let (st, en) = (slice_index(ts, start)?, slice_index(ts, end)?);
    let (st, en) = adjust_indices(st, en, g.len());
    if st > en {
        return Ok(None);
    }
    if st == 0 && en == g.len() {
        return Ok(Some(Window {
            hay: s,
            start: 0,
            ascii,
        }));
    }
    let (a, b) = if ascii {
        (st, en)
    } else {
        let mut it = s
            .char_indices()
            .map(|(b, _)| b)
            .chain(std::iter::once(s.len()));
        let a = it.nth(st).unwrap_or(s.len());
        let b = if en > st {
            it.nth(en - st - 1).unwrap_or(s.len())
        } else {
            a
        };
        (a, b)
    };
    Ok(Some(Window {
        hay: &s[a..b],
        start: st,
        ascii,
    }))
}

impl Window<'_> {
    fn index_of(&self, byte: usize) -> i64 {
        (self.start + cp_at(self.hay, self.ascii, byte)) as i64
    }
}

fn find_impl(
    ts: &mut Thread,
    args: &[Value],
    kw: KwArgs,
    name: &'static str,
    rev: bool,
) -> PyResult<i64> {
    let (g, _) = this_str(args, name)?;
    let a = old_style("str", name, args, kw, 1, 3)?;
    let sub = str_arg(a[0])?;
    let Some(w) = window(ts, g, a.get(1).copied(), a.get(2).copied())? else {
        return Ok(-1);
    };
    let pos = if rev {
        w.hay.rfind(sub)
    } else {
        w.hay.find(sub)
    };
    Ok(pos.map_or(-1, |b| w.index_of(b)))
}

fn find(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    Ok(int_from_i64(find_impl(ts, args, kw, "find", false)?))
}

fn rfind(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    Ok(int_from_i64(find_impl(ts, args, kw, "rfind", true)?))
}

fn index(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    match find_impl(ts, args, kw, "index", false)? {
        -1 => Err(value_error("substring not found")),
        i => Ok(int_from_i64(i)),
    }
}

fn rindex(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    match find_impl(ts, args, kw, "rindex", true)? {
        -1 => Err(value_error("substring not found")),
        i => Ok(int_from_i64(i)),
    }
}

fn count(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (g, _) = this_str(args, "count")?;
    let a = old_style("str", "count", args, kw, 1, 3)?;
    let sub = str_arg(a[0])?;
    let Some(w) = window(ts, g, a.get(1).copied(), a.get(2).copied())? else {
        return Ok(Value::small_int(0));
    };
    let n = if sub.is_empty() {
        (if w.ascii {
            w.hay.len()
        } else {
            w.hay.chars().count()
        }) + 1
    } else if sub.len() == 1 {
        let b = sub.as_bytes()[0];
        w.hay.bytes().filter(|&c| c == b).count()
    } else {
        w.hay.matches(sub).count()
    };
    Ok(int_from_i64(n as i64))
}

fn tail_match(
    ts: &mut Thread,
    args: &[Value],
    kw: KwArgs,
    name: &'static str,
    at_end: bool,
) -> PyResult<Value> {
    let (g, _) = this_str(args, name)?;
    let a = old_style("str", name, args, kw, 1, 3)?;
    let w = window(ts, g, a.get(1).copied(), a.get(2).copied())?;
    let test = |w: &Option<Window>, p: &str| match w {
        None => false,
        Some(w) if at_end => w.hay.ends_with(p),
        Some(w) => w.hay.starts_with(p),
    };
    if let Some(items) = a[0].as_tuple() {
        for &p in items {
            let Some(p) = p.as_str() else {
                return Err(type_error(format!(
                    "tuple for {name} must only contain str, not {}",
                    type_name(p)
                )));
            };
            if test(&w, p) {
                return Ok(Value::TRUE);
            }
        }
        return Ok(Value::FALSE);
    }
    let Some(p) = a[0].as_str() else {
        return Err(type_error(format!(
            "{name} first arg must be str or a tuple of str, not {}",
            type_name(a[0])
        )));
    };
    Ok(Value::from_bool(test(&w, p)))
}

fn startswith(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    tail_match(ts, args, kw, "startswith", false)
}

fn endswith(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    tail_match(ts, args, kw, "endswith", true)
}

fn replace(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (g, s) = this_str(args, "replace")?;
    let a = positional("str", "replace", args, kw, 2, 3)?;
    let old = a[0].as_str().ok_or_else(|| {
        type_error(format!(
            "replace() argument 1 must be str, not {}",
            type_name(a[0])
        ))
    })?;
    let new = a[1].as_str().ok_or_else(|| {
        type_error(format!(
            "replace() argument 2 must be str, not {}",
            type_name(a[1])
        ))
    })?;
    let count = match a.get(2) {
        Some(&c) => int_arg(ts, c)?,
        None => -1,
    };
    if count == 0 || (!old.is_empty() && !s.contains(old)) {
        return Ok(same_or_new(g, s));
    }
    if count < 0 {
        return Ok(new_str(s.replace(old, new)));
    }
    Ok(new_str(s.replacen(old, new, count as usize)))
}

fn affix_arg<'a>(
    args: &[Value],
    kw: KwArgs,
    name: &'static str,
) -> PyResult<(Gc<StrObj>, &'a str, &'a str)> {
    let (g, s) = this_str(args, name)?;
    let a = one_arg("str", name, args, kw)?;
    let p = a.as_str().ok_or_else(|| {
        type_error(format!(
            "{name}() argument must be str, not {}",
            type_name(a)
        ))
    })?;
    Ok((g, s, p))
}

fn removeprefix(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (g, s, p) = affix_arg(args, kw, "removeprefix")?;
    match s.strip_prefix(p) {
        Some(rest) if !p.is_empty() => Ok(new_str(rest)),
        _ => Ok(same_or_new(g, s)),
    }
}

fn removesuffix(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (g, s, p) = affix_arg(args, kw, "removesuffix")?;
    match s.strip_suffix(p) {
        Some(rest) if !p.is_empty() => Ok(new_str(rest)),
        _ => Ok(same_or_new(g, s)),
    }
}
