//! Argument checking for native functions, with CPython's messages.

use crate::objects::builtin_fn::KwArgs;
use crate::runtime::errors::type_error;
use crate::runtime::PyResult;
use crate::value::Value;

/// Checks a positional count in `min..=max` for `name()` (no keywords).
pub fn check(name: &str, args: &[Value], kw: KwArgs, min: usize, max: usize) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(type_error(format!("{name}() takes no keyword arguments")));
    }
    count(name, args.len(), min, max)
}

/// Positional count check only.
pub fn count(name: &str, n: usize, min: usize, max: usize) -> PyResult<()> {
    if n >= min && n <= max {
        return Ok(());
    }
    if min == max {
        return Err(type_error(match min {
            0 => format!("{name}() takes no arguments ({n} given)"),
            1 => format!("{name}() takes exactly one argument ({n} given)"),
            _ => format!("{name}() takes exactly {min} arguments ({n} given)"),
        }));
    }
    if n < min {
        return Err(type_error(format!(
            "{name} expected at least {min} argument{}, got {n}",
            if min == 1 { "" } else { "s" }
        )));
    }
    Err(type_error(format!(
        "{name} expected at most {max} argument{}, got {n}",
        if max == 1 { "" } else { "s" }
    )))
}

/// A keyword argument by name.
pub fn kwarg(kw: KwArgs, name: &str) -> Option<Value> {
    kw.iter()
        .find(|(k, _)| k.as_str() == Some(name))
        .map(|&(_, v)| v)
}

/// Rejects keywords other than `allowed`.
pub fn only_kwargs(fname: &str, kw: KwArgs, allowed: &[&str]) -> PyResult<()> {
    for (k, _) in kw {
        let k = k.as_str().unwrap_or("?");
        if !allowed.contains(&k) {
            return Err(type_error(format!(
                "{fname}() got an unexpected keyword argument '{k}'"
            )));
        }
    }
    Ok(())
}

/// Positional arg `i`, or keyword `name`, or None.
pub fn arg_or_kw(args: &[Value], kw: KwArgs, i: usize, name: &str) -> Option<Value> {
    args.get(i).copied().or_else(|| kwarg(kw, name))
}
