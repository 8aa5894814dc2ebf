//! Helpers shared by the `str` and `bytes` methods: receiver checks,
//! CPython's argument-count messages, and start/end index adjustment.

use crate::object::Gc;
use crate::objects::builtin_fn::KwArgs;
use crate::objects::str::{new_str, StrObj};
use crate::objects::typeobj::TypeObj;
use crate::runtime::errors::type_error;
use crate::runtime::thread::Thread;
use crate::runtime::types::{type_name, type_of, types};
use crate::runtime::PyResult;
use crate::value::Value;

/// The receiver of a method descriptor of `owner`, checked with CPython's
/// messages (`str.upper(5)`, `str.upper()`).
pub(crate) fn recv(args: &[Value], owner: Gc<TypeObj>, name: &str) -> PyResult<Value> {
    let Some(&v) = args.first() else {
        return Err(type_error(format!(
            "unbound method {}.{}() needs an argument",
            owner.name_str(),
            name
        )));
    };
    if !type_of(v).is_subtype(owner) {
        return Err(type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            name,
            owner.name_str(),
            type_name(v)
        )));
    }
    Ok(v)
}

/// The receiver of a slot wrapper (`str.__len__(1)`).
pub(crate) fn recv_slot(args: &[Value], owner: Gc<TypeObj>, name: &str) -> PyResult<Value> {
    let Some(&v) = args.first() else {
        return Err(type_error(format!(
            "descriptor '{}' of '{}' object needs an argument",
            name,
            owner.name_str()
        )));
    };
    if !type_of(v).is_subtype(owner) {
        return Err(type_error(format!(
            "descriptor '{}' requires a '{}' object but received a '{}'",
            name,
            owner.name_str(),
            type_name(v)
        )));
    }
    Ok(v)
}

/// A `str` method's receiver and its text.
pub(crate) fn this_str<'a>(args: &[Value], name: &str) -> PyResult<(Gc<StrObj>, &'a str)> {
    let v = recv(args, types().str, name)?;
    let g = v.downcast::<StrObj>().expect("str layout");
    Ok((g, g.get().as_str()))
}

/// Receiver of a str slot wrapper (`__len__`, `__add__`, ...).
pub(crate) fn this_str_slot<'a>(args: &[Value], name: &str) -> PyResult<(Gc<StrObj>, &'a str)> {
    let v = recv_slot(args, types().str, name)?;
    let g = v.downcast::<StrObj>().expect("str layout");
    Ok((g, g.get().as_str()))
}

/// `v` itself when it is an exact `str` whose text is `s`, else a new str.
pub(crate) fn same_or_new(v: Gc<StrObj>, s: &str) -> Value {
    if v.cls() == types().str && v.as_str().len() == s.len() {
        v.value()
    } else {
        new_str(s)
    }
}

fn no_kwargs(owner: &str, name: &str, kw: KwArgs) -> PyResult<()> {
    if kw.is_empty() {
        Ok(())
    } else {
        Err(type_error(format!(
            "{owner}.{name}() takes no keyword arguments"
        )))
    }
}

/// METH_NOARGS: `str.upper() takes no arguments (1 given)`.
pub(crate) fn noargs(owner: &str, name: &str, args: &[Value], kw: KwArgs) -> PyResult<()> {
    no_kwargs(owner, name, kw)?;
    let n = args.len().saturating_sub(1);
    if n != 0 {
        return Err(type_error(format!(
            "{owner}.{name}() takes no arguments ({n} given)"
        )));
    }
    Ok(())
}

/// METH_O: `str.join() takes exactly one argument (0 given)`.
pub(crate) fn one_arg(owner: &str, name: &str, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kwargs(owner, name, kw)?;
    let n = args.len().saturating_sub(1);
    if n != 1 {
        return Err(type_error(format!(
            "{owner}.{name}() takes exactly one argument ({n} given)"
        )));
    }
    Ok(args[1])
}

/// Argument-Clinic positional-only: `replace expected at least 2 arguments, got 0`.
pub(crate) fn positional<'a>(
    owner: &str,
    name: &str,
    args: &'a [Value],
    kw: KwArgs,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    no_kwargs(owner, name, kw)?;
    let rest = &args[1.min(args.len())..];
    let n = rest.len();
    if n < min || n > max {
        if min == max {
            return Err(type_error(format!(
                "{name} expected {min} argument{}, got {n}",
                plural(min)
            )));
        }
        if n < min {
            return Err(type_error(format!(
                "{name} expected at least {min} argument{}, got {n}",
                plural(min)
            )));
        }
        return Err(type_error(format!(
            "{name} expected at most {max} argument{}, got {n}",
            plural(max)
        )));
    }
    Ok(rest)
}

/// `PyArg_ParseTuple` style: `find() takes at least 1 argument (0 given)`.
pub(crate) fn old_style<'a>(
    owner: &str,
    name: &str,
    args: &'a [Value],
    kw: KwArgs,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    no_kwargs(owner, name, kw)?;
    let rest = &args[1.min(args.len())..];
    let n = rest.len();
    if n < min {
        return Err(type_error(format!(
            "{name}() takes at least {min} argument{} ({n} given)",
            plural(min)
        )));
    }
    if n > max {
        return Err(type_error(format!(
            "{name}() takes at most {max} argument{} ({n} given)",
            plural(max)
        )));
    }
    Ok(rest)
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// Argument Clinic with keywords: fills `out` from positional arguments
/// (after the receiver) and keywords named in `names`.
pub(crate) fn with_kwargs<const N: usize>(
    name: &str,
    args: &[Value],
    kw: KwArgs,
    names: [&str; N],
    min: usize,
) -> PyResult<[Option<Value>; N]> {
    let rest = &args[1.min(args.len())..];
    let mut out = [None; N];
    let total = rest.len() + kw.len();
    if total > N {
        return Err(type_error(if N == 0 {
            format!("{name}() takes no arguments ({total} given)")
        } else {
            format!(
                "{name}() takes at most {N} {}argument{} ({total} given)",
                if rest.is_empty() { "keyword " } else { "" },
                plural(N)
            )
        }));
    }
    for (i, &v) in rest.iter().enumerate() {
        out[i] = Some(v);
    }
    for &(k, v) in kw {
        let key = k.as_str().unwrap_or("?");
        match names.iter().position(|&n| n == key) {
            Some(i) if out[i].is_some() => {
                return Err(type_error(format!(
                    "argument for {name}() given by name ('{key}') and position ({})",
                    i + 1
                )));
            }
            Some(i) => out[i] = Some(v),
            None => {
                return Err(type_error(format!(
                    "'{key}' is an invalid keyword argument for {name}()"
                )))
            }
        }
    }
    for (i, slot) in out.iter().enumerate().take(min) {
        if slot.is_none() {
            return Err(type_error(format!(
                "{name}() missing required argument '{}' (pos {})",
                names[i],
                i + 1
            )));
        }
    }
    Ok(out)
}

/// A `str` argument: `must be str, not int`.
pub(crate) fn str_arg<'a>(v: Value) -> PyResult<&'a str> {
    v.as_str()
        .ok_or_else(|| type_error(format!("must be str, not {}", type_name(v))))
}

/// An integer argument (`__index__` honoured); `'str' object cannot be
/// interpreted as an integer` otherwise. Huge values saturate.
pub(crate) fn int_arg(ts: &mut Thread, v: Value) -> PyResult<i64> {
    if let Some(i) = v.as_small_int() {
        return Ok(i);
    }
    if v.is_int() {
        return Ok(saturate(v));
    }
    if !v.is_float() && v.is_ptr() {
        if let Some(r) = crate::protocol::dunder::call_user_dunder(ts, v, "__index__", &[])? {
            if r.is_int() {
                return Ok(saturate(r));
            }
            return Err(type_error(format!(
                "__index__ returned non-int (type {})",
                type_name(r)
            )));
        }
    }
    Err(type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        type_name(v)
    )))
}

fn saturate(v: Value) -> i64 {
    match v.as_i64() {
        Some(i) => i,
        None => {
            let b = v.as_bigint().expect("int");
            if b.sign() == num_bigint::Sign::Minus {
                i64::MIN
            } else {
                i64::MAX
            }
        }
    }
}

/// A start/end argument of find/count/...: None or an index.
pub(crate) fn slice_index(ts: &mut Thread, v: Option<Value>) -> PyResult<Option<i64>> {
    match v {
        None => Ok(None),
        Some(v) if v.is_none() => Ok(None),
        Some(v) => {
            if v.is_int() {
                return Ok(Some(saturate(v)));
            }
            if v.is_ptr() && !v.is_float() {
                if let Some(r) = crate::protocol::dunder::call_user_dunder(ts, v, "__index__", &[])?
                {
                    if r.is_int() {
                        return Ok(Some(saturate(r)));
                    }
                }
            }
            Err(type_error(
                "slice indices must be integers or None or have an __index__ method",
            ))
        }
    }
}

/// CPython's `ADJUST_INDICES`: clamps `start`/`end` into `0..=len`
/// (the result may have start > end).
pub(crate) fn adjust_indices(start: Option<i64>, end: Option<i64>, len: usize) -> (usize, usize) {
    let len = len as i64;
    let mut end = end.unwrap_or(len);
    let mut start = start.unwrap_or(0);
    if end > len {
        end = len;
    } else if end < 0 {
        end = (end + len).max(0);
    }
    if start < 0 {
        start = (start + len).max(0);
    }
    (start.max(0) as usize, end as usize)
}

/// Code-point index of byte offset `b` in `s`.
#[inline]
pub(crate) fn cp_at(s: &str, ascii: bool, b: usize) -> usize {
    if ascii {
        b
    } else {
        s[..b].chars().count()
    }
}
