//! Argument checks with the messages CPython's calling conventions produce
//! (`METH_O`, `METH_NOARGS`, Argument Clinic's `_PyArg_CheckPositional`),
//! and small receiver/argument helpers shared by the container modules.

use crate::objects::builtin_fn::KwArgs;
use crate::runtime::errors::type_error;
use crate::runtime::types::type_name;
use crate::runtime::PyResult;
use crate::value::Value;

/// `METH_NOARGS`: `list.copy() takes no arguments (1 given)`.
pub fn noargs(qualname: &str, args: &[Value], kw: KwArgs) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(type_error(format!(
            "{qualname}() takes no keyword arguments"
        )));
    }
    if args.len() > 1 {
        return Err(type_error(format!(
            "{qualname}() takes no arguments ({} given)",
            args.len() - 1
        )));
    }
    Ok(())
}

/// `METH_O`: `list.append() takes exactly one argument (0 given)`.
pub fn one_arg(qualname: &str, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(type_error(format!(
            "{qualname}() takes no keyword arguments"
        )));
    }
    if args.len() != 2 {
        return Err(type_error(format!(
            "{qualname}() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        )));
    }
    Ok(args[1])
}

/// Argument Clinic positional-only: `insert expected 2 arguments, got 1`.
/// `args` excludes the receiver.
pub fn positional(name: &str, args: &[Value], kw: KwArgs, min: usize, max: usize) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(type_error(format!("{name}() takes no keyword arguments")));
    }
    arity(name, args.len(), min, max)
}

/// The count part of `_PyArg_CheckPositional`.
pub fn arity(name: &str, n: usize, min: usize, max: usize) -> PyResult<()> {
    if n < min {
        return Err(type_error(format!(
            "{name} expected {}{min} argument{}, got {n}",
            if min == max { "" } else { "at least " },
            if min == 1 { "" } else { "s" }
        )));
    }
    if n > max {
        return Err(type_error(format!(
            "{name} expected {}{max} argument{}, got {n}",
            if min == max { "" } else { "at most " },
            if max == 1 { "" } else { "s" }
        )));
    }
    Ok(())
}

/// Keyword-only parameters of an Argument Clinic function:
/// `'x' is an invalid keyword argument for sort()`.
pub fn kw_only(fname: &str, kw: KwArgs, allowed: &[&str]) -> PyResult<()> {
    for (k, _) in kw {
        let k = k.as_str().unwrap_or("?");
        if !allowed.contains(&k) {
            return Err(type_error(format!(
                "'{k}' is an invalid keyword argument for {fname}()"
            )));
        }
    }
    Ok(())
}

/// Dunders that CPython defines as methods (`method_descriptor`) rather
/// than slot wrappers; they share the methods' receiver-check message.
const METHOD_DUNDERS: &[&str] = &[
    "__reversed__",
    "__round__",
    "__trunc__",
    "__floor__",
    "__ceil__",
    "__getnewargs__",
    "__sizeof__",
    "__format__",
    "__reduce__",
    "__reduce_ex__",
    "__length_hint__",
    "__getstate__",
];

/// The receiver check of a method descriptor or slot wrapper.
pub fn descr_error(method: &str, owner: &str, got: Value) -> crate::runtime::PyErr {
    let coexist = matches!(
        (owner, method),
        ("list" | "dict", "__getitem__") | ("dict" | "set" | "frozenset", "__contains__")
    );
    if method.starts_with("__") && !coexist && !METHOD_DUNDERS.contains(&method) {
        return type_error(format!(
            "descriptor '{method}' requires a '{owner}' object but received a '{}'",
            type_name(got)
        ));
    }
    type_error(format!(
        "descriptor '{method}' for '{owner}' objects doesn't apply to a '{}' object",
        type_name(got)
    ))
}

/// A missing receiver (`list.append()` called with no arguments at all).
pub fn needs_receiver(method: &str, owner: &str) -> crate::runtime::PyErr {
    type_error(format!(
        "unbound method {owner}.{method}() needs an argument"
    ))
}

/// The class argument of a builtin constructor (`args[0]` of `native_new`
/// or of an explicit `T.__new__(cls, ...)` call), checked against `base`.
pub fn new_cls(
    args: &[Value],
    base: crate::object::Gc<crate::objects::typeobj::TypeObj>,
) -> PyResult<crate::object::Gc<crate::objects::typeobj::TypeObj>> {
    let name = base.name_str();
    match args.first() {
        Some(c) => match c.as_type() {
            Some(t) if t.is_subtype(base) => Ok(t),
            Some(t) => Err(type_error(format!(
                "{name}.__new__({0}): {0} is not a subtype of {name}",
                t.name_str()
            ))),
            None => Err(type_error(format!(
                "{name}.__new__(X): X is not a type object ({})",
                type_name(*c)
            ))),
        },
        None => Err(type_error(format!(
            "{name}.__new__(): not enough arguments"
        ))),
    }
}

/// Parsed parameters, one slot per name: on the stack for the usual few
/// (no heap allocation per call of `enumerate`, `range`, ...).
pub type Params = smallvec::SmallVec<[Option<Value>; 4]>;

/// Argument Clinic's keyword parsing (`_PyArg_UnpackKeywords`): `names`
/// lists every parameter; the first `posonly` are positional-only, the
/// first `maxpos` may be passed by position, the first `required` must be
/// passed. `args` excludes the receiver. Returns one slot per name.
pub fn parse(
    fname: &str,
    args: &[Value],
    kw: KwArgs,
    names: &[&str],
    posonly: usize,
    maxpos: usize,
    required: usize,
) -> PyResult<Params> {
    let n = args.len();
    if n > maxpos {
        let has_kwonly = names.len() > maxpos;
        return Err(type_error(if maxpos == 0 {
            format!("{fname}() takes no positional arguments")
        } else {
            format!(
                "{fname}() takes {} {maxpos} {}argument{} ({n} given)",
                if required < maxpos {
                    "at most"
                } else {
                    "exactly"
                },
                if has_kwonly { "positional " } else { "" },
                if maxpos == 1 { "" } else { "s" }
            )
        }));
    }
    let mut out: Params = names
        .iter()
        .enumerate()
        .map(|(i, _)| args.get(i).copied())
        .collect();
    for &(k, v) in kw {
        let k = k.as_str().unwrap_or("?");
        match names.iter().position(|&nm| nm == k) {
            Some(i) if i >= posonly => {
                if out[i].is_some() {
                    return Err(type_error(format!(
                        "argument for {fname}() given by name ('{k}') and position ({})",
                        i + 1
                    )));
                }
                out[i] = Some(v);
            }
            _ => {
                return Err(type_error(format!(
                    "'{k}' is an invalid keyword argument for {fname}()"
                )))
            }
        }
    }
    for (i, slot) in out.iter().enumerate().take(required) {
        if slot.is_none() {
            if i < posonly {
                return Err(type_error(format!(
                    "{fname}() takes {} {required} positional argument{} ({n} given)",
                    if required < maxpos {
                        "at least"
                    } else {
                        "exactly"
                    },
                    if required == 1 { "" } else { "s" }
                )));
            }
            return Err(type_error(format!(
                "{fname}() missing required argument '{}' (pos {})",
                names[i],
                i + 1
            )));
        }
    }
    Ok(out)
}

/// Runs `f` with `vals` rooted in `ts.temp_roots` (for snapshots held in a
/// `Vec` while Python code runs).
pub fn with_roots<R>(
    ts: &mut crate::runtime::thread::Thread,
    vals: &[Value],
    f: impl FnOnce(&mut crate::runtime::thread::Thread) -> PyResult<R>,
) -> PyResult<R> {
    let mark = ts.temp_roots.len();
    ts.temp_roots.extend_from_slice(vals);
    let r = f(ts);
    ts.temp_roots.truncate(mark);
    r
}

/// A slot wrapper's single argument (`int.__add__`, `list.__contains__`):
/// `expected 1 argument, got 0`.
pub fn wrapper_arg(args: &[Value]) -> PyResult<Value> {
    let n = args.len().saturating_sub(1);
    if n != 1 {
        return Err(type_error(format!("expected 1 argument, got {n}")));
    }
    Ok(args[1])
}

/// The type name Argument Clinic's bad-argument errors show (`None` for None).
pub fn ac_type_name(v: Value) -> &'static str {
    if v.is_none() {
        "None"
    } else {
        type_name(v)
    }
}
