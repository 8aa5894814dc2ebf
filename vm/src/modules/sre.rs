//! `_sre`: Weft's own regular-expression engine behind `re`.
//!
//! The `regex` crate cannot do backreferences, look-behind or conditionals,
//! so, like CPython, Weft has a backtracking engine of its own:
//! `parser` (pattern text → [`ast::Node`] tree, CPython's messages and
//! positions) → `compile` (tree → flat [`program::Program`], flags resolved)
//! → `matcher` (a backtracking VM with an explicit heap stack, so matching
//! never recurses on the native stack). A compiled program is immutable and
//! every match call builds its own matcher state, so any number of threads
//! can use one pattern at once.
//!
//! The Python API (`Pattern`, `Match`, sub/split/findall, templates, the
//! cache) is `modules/python/re.py` over three functions:
//! `compile(pattern, flags)`, `match(prog, string, pos, endpos, mode)` and
//! `scan(prog, string, pos, endpos, limit)`; a match is returned as the
//! tuple `(lastindex, start0, end0, start1, end1, ...)` with -1 for groups
//! that did not participate.

pub mod ast;
pub mod charset;
pub mod compile;
pub mod matcher;
pub mod parser;
pub mod program;
mod subject;
#[cfg(test)]
mod tests;

use crate::builtins::args::check;
use crate::object::{Gc, Kind};
use crate::objects::builtin_fn::KwArgs;
use crate::objects::int::int_from_i64;
use crate::objects::list::new_list;
use crate::objects::native::{new_native, NativeData};
use crate::objects::str::new_str;
use crate::objects::tuple::new_tuple;
use crate::objects::typeobj::TypeObj;
use crate::protocol::dict::dict_set_str;
use crate::runtime::errors::{overflow_error, recursion_error, type_error, value_error};
use crate::runtime::intern::intern;
use crate::runtime::thread::Thread;
use crate::runtime::types::{type_name, types};
use crate::runtime::PyResult;
use crate::value::Value;
use matcher::{Anchor, Found, Matcher, Unit};
use parser::ParseError;
use program::Program;
use std::sync::OnceLock;
use subject::{subject, Subject};

static PROGRAM_TYPE: OnceLock<Gc<TypeObj>> = OnceLock::new();

/// A compiled pattern (`_sre.Program`).
pub struct CompiledProgram {
    prog: Program,
    istext: bool,
}

impl NativeData for CompiledProgram {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

pub fn create(_ts: &mut Thread) -> PyResult<Value> {
    let (m, d) = crate::runtime::import::new_registered_module("_sre", None);
    dict_set_str(
        d,
        intern("MAXREPEAT"),
        int_from_i64(i64::from(ast::MAXREPEAT)),
    );
    dict_set_str(d, intern("MAXGROUPS"), int_from_i64(i64::from(i32::MAX)));
    super::add_functions(
        d,
        "_sre",
        &[
            ("compile", sre_compile),
            ("match", sre_match),
            ("scan", sre_scan),
        ],
    );
    Ok(m.value())
}

fn program_type() -> Gc<TypeObj> {
    *PROGRAM_TYPE.get_or_init(|| {
        crate::builtins::new_builtin_type("Program", "_sre", Kind::Native, types().object, &[])
    })
}

fn int_arg(v: Value) -> PyResult<i64> {
    v.as_i64().ok_or_else(|| {
        type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(v)
        ))
    })
}

/// `compile(pattern, flags)` → `(program, flags, groups, [(name, index)])`,
/// or `(None, msg, pos)` for a `re.error`.
fn sre_compile(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check("compile", args, kw, 2, 2)?;
    let flags = int_arg(args[1])? as u32;
    let (chars, istext): (Vec<char>, bool) = if let Some(s) = args[0].as_str() {
        (s.chars().collect(), true)
    } else if let Some(b) = args[0].as_bytes() {
        (b.iter().map(|&x| x as char).collect(), false)
    } else {
        return Err(type_error(
            "first argument must be string or compiled pattern",
        ));
    };
    let result = parser::parse(&chars, istext, flags)
        .and_then(|parsed| compile::compile(&parsed, istext).map(|prog| (parsed, prog)));
    match result {
        Ok((parsed, prog)) => {
            let names: Vec<Value> = parsed
                .names
                .iter()
                .map(|(n, g)| new_tuple([new_str(n.as_str()), int_from_i64(*g as i64)]))
                .collect();
            let obj = new_native(program_type(), CompiledProgram { prog, istext });
            Ok(new_tuple([
                obj,
                int_from_i64(i64::from(parsed.flags)),
                int_from_i64(parsed.groups as i64 - 1),
                new_list(names),
            ]))
        }
        Err(ParseError::Re { msg, pos }) => Ok(new_tuple([
            Value::NONE,
            new_str(msg),
            pos.map_or(Value::NONE, |p| int_from_i64(p as i64)),
        ])),
        Err(ParseError::Overflow(m)) => Err(overflow_error(m)),
        Err(ParseError::Value(m)) => Err(value_error(m)),
        Err(ParseError::Recursion) => Err(recursion_error("maximum recursion depth exceeded")),
    }
}

fn program(v: Value) -> PyResult<&'static CompiledProgram> {
    v.as_native::<CompiledProgram>()
        .ok_or_else(|| type_error("expected an _sre.Program"))
}

/// Clamps `pos`/`endpos` as CPython does.
fn bounds(len: usize, pos: Value, endpos: Value) -> PyResult<(usize, usize)> {
    let clamp = |v: i64| v.clamp(0, len as i64) as usize;
    let p = clamp(int_arg(pos)?);
    let e = if endpos.is_none() {
        len
    } else {
        clamp(int_arg(endpos)?)
    };
    Ok((p, e))
}

fn found_tuple(f: &Found) -> Value {
    let mut items = Vec::with_capacity(f.slots.len() + 1);
    items.push(int_from_i64(f.lastindex as i64));
    for &s in &f.slots {
        items.push(int_from_i64(if s == usize::MAX { -1 } else { s as i64 }));
    }
    new_tuple(items)
}

/// One `findall()` item: the whole match, the only group, or a tuple.
fn findall_item(subj: &Subject<'_>, f: &Found, groups: usize) -> Value {
    match groups {
        1 => subj.group(f, 0),
        2 => subj.group(f, 1),
        _ => new_tuple((1..groups).map(|g| subj.group(f, g)).collect::<Vec<_>>()),
    }
}

type RunFn<'r> = &'r mut dyn FnMut(usize, Anchor, bool) -> Option<Found>;

/// Runs `f` with a matcher over the subject cut at `endpos`. The matcher
/// polls the VM's safepoint every so often, so a long match neither holds
/// up a stop-the-world collection nor ignores Ctrl-C (whose
/// KeyboardInterrupt is returned). Nothing may allocate Python objects
/// inside `f`: a collection can run at a poll.
fn with_matcher<R>(
    ts: &mut Thread,
    cp: &CompiledProgram,
    subj: &Subject<'_>,
    endpos: usize,
    f: impl FnOnce(RunFn<'_>) -> R,
) -> PyResult<R> {
    fn go<T: Unit, R>(
        prog: &Program,
        text: &[T],
        poll: &mut dyn FnMut() -> bool,
        f: impl FnOnce(RunFn<'_>) -> R,
    ) -> R {
        let mut m = Matcher::new(prog, text).with_poll(poll);
        f(&mut |pos, anchor, adv| m.run(pos, anchor, adv))
    }
    let mut err = None;
    let r = {
        let mut poll = || match crate::runtime::pending::handle_pending(ts) {
            Ok(()) => true,
            Err(e) => {
                err = Some(e);
                false
            }
        };
        match subj {
            Subject::Narrow(b, _) => go(&cp.prog, &b[..endpos.min(b.len())], &mut poll, f),
            Subject::Wide(c) => go(&cp.prog, &c[..endpos.min(c.len())], &mut poll, f),
        }
    };
    match err {
        Some(e) => Err(e),
        None => Ok(r),
    }
}

/// `match(prog, string, pos, endpos, mode)`: mode 0 match, 1 fullmatch,
/// 2 search.
fn sre_match(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check("match", args, kw, 5, 5)?;
    let cp = program(args[0])?;
    let subj = subject(cp, args[1])?;
    let (pos, endpos) = bounds(subj.len(), args[2], args[3])?;
    let anchor = match int_arg(args[4])? {
        0 => Anchor::Match,
        1 => Anchor::Full,
        _ => Anchor::Search,
    };
    if pos > endpos {
        return Ok(Value::NONE);
    }
    let found = with_matcher(ts, cp, &subj, endpos, |run| run(pos, anchor, false))?;
    Ok(found.as_ref().map_or(Value::NONE, found_tuple))
}

/// `scan(prog, string, pos, endpos, limit, findall)`: the successive
/// matches of a search (findall/finditer/sub/split), at most `limit` (0: no
/// limit); as match tuples, or with `findall` true as `findall()` items.
fn sre_scan(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check("scan", args, kw, 6, 6)?;
    let findall = args[5] == Value::TRUE;
    let cp = program(args[0])?;
    let subj = subject(cp, args[1])?;
    let (pos, endpos) = bounds(subj.len(), args[2], args[3])?;
    let limit = int_arg(args[4])?;
    let mut found: Vec<Found> = Vec::new();
    if pos <= endpos {
        with_matcher(ts, cp, &subj, endpos, |run| {
            let mut at = pos;
            let mut advance = false;
            while limit == 0 || (found.len() as i64) < limit {
                let Some(f) = run(at, Anchor::Search, advance) else {
                    break;
                };
                let (s, e) = (f.slots[0], f.slots[1]);
                found.push(f);
                advance = s == e;
                at = e;
                if at > endpos {
                    break;
                }
            }
        })?;
    }
    // Objects are made only now that no poll (and so no collection) can
    // run while they sit in an untraced Vec.
    let out = found
        .iter()
        .map(|f| {
            if findall {
                findall_item(&subj, f, cp.prog.groups)
            } else {
                found_tuple(f)
            }
        })
        .collect();
    Ok(new_list(out))
}
