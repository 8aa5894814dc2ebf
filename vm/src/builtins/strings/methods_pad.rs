//! Stripping and padding `str`: strip/lstrip/rstrip, center/ljust/rjust,
//! zfill, expandtabs.

use super::unicode::is_space;
use super::util::*;
use crate::object::Gc;
use crate::objects::builtin_fn::{KwArgs, NativeFn};
use crate::objects::str::{new_str, StrObj};
use crate::runtime::errors::type_error;
use crate::runtime::thread::Thread;
use crate::runtime::types::type_name;
use crate::runtime::PyResult;
use crate::value::Value;

pub(super) const METHODS: &[(&str, NativeFn)] = &[
    ("strip", strip),
    ("lstrip", lstrip),
    ("rstrip", rstrip),
    ("center", center),
    ("ljust", ljust),
    ("rjust", rjust),
    ("zfill", zfill),
    ("expandtabs", expandtabs),
];

const LEFT: u8 = 1;
const RIGHT: u8 = 2;

fn strip_impl(args: &[Value], kw: KwArgs, name: &'static str, sides: u8) -> PyResult<Value> {
    let (g, s) = this_str(args, name)?;
    let a = positional("str", name, args, kw, 0, 1)?;
    let chars = match a.first() {
        None => None,
        Some(v) if v.is_none() => None,
        Some(v) => Some(
            v.as_str()
                .ok_or_else(|| type_error(format!("{name} arg must be None or str")))?,
        ),
    };
    let out = match chars {
        None => {
            let mut t = s;
            if sides & LEFT != 0 {
                t = t.trim_start_matches(is_space);
            }
            if sides & RIGHT != 0 {
                t = t.trim_end_matches(is_space);
            }
            t
        }
        Some(set) => {
            let mut t = s;
            if set.is_ascii() {
                let bytes = set.as_bytes();
                let m = |c: char| c.is_ascii() && bytes.contains(&(c as u8));
                if sides & LEFT != 0 {
                    t = t.trim_start_matches(m);
                }
                if sides & RIGHT != 0 {
                    t = t.trim_end_matches(m);
                }
            } else {
                let m = |c: char| set.contains(c);
                if sides & LEFT != 0 {
                    t = t.trim_start_matches(m);
                }
                if sides & RIGHT != 0 {
                    t = t.trim_end_matches(m);
                }
            }
            t
        }
    };
    Ok(same_or_new(g, out))
}

fn strip(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    strip_impl(args, kw, "strip", LEFT | RIGHT)
}

fn lstrip(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    strip_impl(args, kw, "lstrip", LEFT)
}

fn rstrip(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    strip_impl(args, kw, "rstrip", RIGHT)
}

/// (receiver, text, width, fill) of center/ljust/rjust.
fn pad_args<'a>(
    ts: &mut Thread,
    args: &[Value],
    kw: KwArgs,
    name: &'static str,
) -> PyResult<(Gc<StrObj>, &'a str, i64, char)> {
    let (g, s) = this_str(args, name)?;
    let a = positional("str", name, args, kw, 1, 2)?;
    let width = int_arg(ts, a[0])?;
    let fill = match a.get(1) {
        None => ' ',
        Some(&f) => {
            let Some(fs) = f.as_str() else {
                return Err(type_error(format!(
                    "The fill character must be a unicode character, not {}",
                    type_name(f)
                )));
            };
            let mut it = fs.chars();
            match (it.next(), it.next()) {
                (Some(c), None) => c,
                _ => {
                    return Err(type_error(
                        "The fill character must be exactly one character long",
                    ))
                }
            }
        }
    };
    Ok((g, s, width, fill))
}

/// `s` padded with `left` and `right` fill characters.
pub(crate) fn pad(s: &str, left: usize, right: usize, fill: char) -> String {
    let mut out = String::with_capacity(s.len() + (left + right) * fill.len_utf8());
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, right));
    out
}

fn justify(ts: &mut Thread, args: &[Value], kw: KwArgs, name: &'static str) -> PyResult<Value> {
    let (g, s, width, fill) = pad_args(ts, args, kw, name)?;
    let len = g.len() as i64;
    if width <= len {
        return Ok(same_or_new(g, s));
    }
    let marg = (width - len) as usize;
    let (left, right) = match name {
        "ljust" => (0, marg),
        "rjust" => (marg, 0),
        _ => {
            let left = marg / 2 + (marg & (width as usize) & 1);
            (left, marg - left)
        }
    };
    Ok(new_str(pad(s, left, right, fill)))
}

fn center(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    justify(ts, args, kw, "center")
}

fn ljust(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    justify(ts, args, kw, "ljust")
}

fn rjust(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    justify(ts, args, kw, "rjust")
}

fn zfill(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (g, s) = this_str(args, "zfill")?;
    let w = one_arg("str", "zfill", args, kw)?;
    let width = int_arg(ts, w)?;
    let len = g.len() as i64;
    if width <= len {
        return Ok(same_or_new(g, s));
    }
    let fill = (width - len) as usize;
    let mut out = String::with_capacity(s.len() + fill);
    let rest = match s.as_bytes().first() {
        Some(&c @ (b'+' | b'-')) => {
            out.push(c as char);
            &s[1..]
        }
        _ => s,
    };
    out.extend(std::iter::repeat_n('0', fill));
    out.push_str(rest);
    Ok(new_str(out))
}

/// `s.expandtabs(tabsize)`.
pub(crate) fn expand_tabs(s: &str, tabsize: i64) -> String {
    let mut out = String::with_capacity(s.len());
    let mut col: i64 = 0;
    for c in s.chars() {
        match c {
            '\t' => {
                if tabsize > 0 {
                    let n = tabsize - col % tabsize;
                    col += n;
                    out.extend(std::iter::repeat_n(' ', n as usize));
                }
            }
            '\n' | '\r' => {
                col = 0;
                out.push(c);
            }
            _ => {
                col += 1;
                out.push(c);
            }
        }
    }
    out
}

fn expandtabs(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (g, s) = this_str(args, "expandtabs")?;
    let [tab] = with_kwargs("expandtabs", args, kw, ["tabsize"], 0)?;
    let tabsize = match tab {
        Some(t) => int_arg(ts, t)?,
        None => 8,
    };
    if !s.contains('\t') {
        return Ok(same_or_new(g, s));
    }
    Ok(new_str(expand_tabs(s, tabsize)))
}
