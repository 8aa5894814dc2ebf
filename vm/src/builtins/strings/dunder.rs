//! `str`'s slot wrappers (`__len__`, `__getitem__`, `__add__`, `__eq__`,
//! ...). They compute natively rather than through the protocol so that
//! `super().__eq__(other)` in a subclass does not recurse into itself.

use super::util::*;
use crate::object::Gc;
use crate::objects::builtin_fn::{KwArgs, NativeFn};
use crate::objects::int::int_from_i64;
use crate::objects::iter::{new_iter, IterState};
use crate::objects::slice::SliceObj;
use crate::objects::str::{new_str, StrObj};
use crate::protocol::compare;
use crate::protocol::container::{index_value, slice_indices};
use crate::runtime::errors::{index_error, type_error};
use crate::runtime::thread::Thread;
use crate::runtime::types::{type_name, types};
use crate::runtime::PyResult;
use crate::value::Value;

pub(super) const METHODS: &[(&str, NativeFn)] = &[
    ("__len__", len),
    ("__getitem__", getitem),
    ("__contains__", contains),
    ("__add__", add),
    ("__mul__", mul),
    ("__rmul__", mul),
    ("__mod__", rem),
    ("__rmod__", rmod),
    ("__eq__", eq),
    ("__ne__", ne),
    ("__lt__", lt),
    ("__le__", le),
    ("__gt__", gt),
    ("__ge__", ge),
    ("__hash__", hash),
    ("__str__", to_str),
    ("__repr__", repr),
    ("__format__", format),
    ("__iter__", iter),
    ("__getnewargs__", getnewargs),
    ("__sizeof__", sizeof),
];

fn one(args: &[Value], name: &str) -> PyResult<Value> {
    let n = args.len().saturating_sub(1);
    if n != 1 {
        return Err(type_error(format!("expected 1 argument, got {n}")));
    }
    let _ = name;
    Ok(args[1])
}

fn len(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (g, _) = this_str_slot(args, "__len__")?;
    Ok(int_from_i64(g.len() as i64))
}

/// `s[key]` for a str (or subclass) without consulting Python overrides.
pub fn str_getitem(ts: &mut Thread, g: Gc<StrObj>, key: Value) -> PyResult<Value> {
    let s = g.get().as_str();
    let ascii = g.is_ascii();
    if let Some(sl) = key.downcast::<SliceObj>() {
        let (start, stop, step, n) = slice_indices(ts, &sl, g.len() as i64)?;
        if step == 1 {
            if n == g.len() {
                return Ok(same_or_new(g, s));
            }
            let stop = stop.max(start) as usize;
            let (a, b) = if ascii {
                (start as usize, stop)
            } else {
                let mut it = s
                    .char_indices()
                    .map(|(b, _)| b)
                    .chain(std::iter::once(s.len()));
                let a = it.nth(start as usize).unwrap_or(s.len());
                let b = if stop > start as usize {
                    it.nth(stop - start as usize - 1).unwrap_or(s.len())
                } else {
                    a
                };
                (a, b)
            };
            if b - a == 1 {
                return Ok(super::char_str(s.as_bytes()[a] as char));
            }
            return Ok(new_str(&s[a..b]));
        }
        let pos = (0..n as i64).map(|k| (start + k * step) as usize);
        if ascii {
            let bytes = s.as_bytes();
            let out: Vec<u8> = pos.map(|i| bytes[i]).collect();
            return Ok(new_str(String::from_utf8(out).expect("ascii")));
        }
        let chars: Vec<char> = s.chars().collect();
        return Ok(new_str(pos.map(|i| chars[i]).collect::<String>()));
    }
    let Some(mut i) = index_value(ts, key)? else {
        return Err(type_error(format!(
            "string indices must be integers, not '{}'",
            type_name(key)
        )));
    };
    let len = g.len() as i64;
    if i < 0 {
        i += len;
    }
    if i < 0 || i >= len {
        return Err(index_error("string index out of range"));
    }
    Ok(super::char_str(g.char_at(i as usize)))
}

fn getitem(ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (g, _) = this_str_slot(args, "__getitem__")?;
    let key = one(args, "__getitem__")?;
    str_getitem(ts, g, key)
}

fn contains(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (_, s) = this_str_slot(args, "__contains__")?;
    let item = one(args, "__contains__")?;
    let Some(needle) = item.as_str() else {
        return Err(type_error(format!(
            "'in <string>' requires string as left operand, not {}",
            type_name(item)
        )));
    };
    Ok(Value::from_bool(s.contains(needle)))
}

fn add(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (_, a) = this_str_slot(args, "__add__")?;
    let other = one(args, "__add__")?;
    let Some(b) = other.as_str() else {
        return Err(type_error(format!(
            "can only concatenate str (not \"{}\") to str",
            type_name(other)
        )));
    };
    let mut s = String::with_capacity(a.len() + b.len());
    s.push_str(a);
    s.push_str(b);
    Ok(new_str(s))
}

fn mul(ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (g, s) = this_str_slot(args, "__mul__")?;
    let n = int_arg(ts, one(args, "__mul__")?)?;
    if n <= 0 {
        return Ok(crate::runtime::intern::intern(""));
    }
    if n == 1 {
        return Ok(same_or_new(g, s));
    }
    if (s.len() as u128) * (n as u128) > isize::MAX as u128 {
        return Err(crate::runtime::errors::overflow_error(
            "repeated string is too long",
        ));
    }
    Ok(new_str(s.repeat(n as usize)))
}

fn rem(ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (g, _) = this_str_slot(args, "__mod__")?;
    let other = one(args, "__mod__")?;
    super::percent_format(ts, g.value(), other)
}

fn rmod(ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (g, _) = this_str_slot(args, "__rmod__")?;
    let other = one(args, "__rmod__")?;
    if other.as_str().is_none() {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    super::percent_format(ts, other, g.value())
}

fn cmp(args: &[Value], name: &str, op: u32) -> PyResult<Value> {
    let (_, a) = this_str_slot(args, name)?;
    let other = one(args, name)?;
    match other.as_str() {
        Some(b) => Ok(Value::from_bool(compare::ordering_matches(
            Some(a.cmp(b)),
            op,
        ))),
        None => Ok(Value::NOT_IMPLEMENTED),
    }
}

fn eq(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    cmp(args, "__eq__", compare::EQ)
}

fn ne(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    cmp(args, "__ne__", compare::NE)
}

fn lt(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    cmp(args, "__lt__", compare::LT)
}

fn le(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    cmp(args, "__le__", compare::LE)
}

fn gt(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    cmp(args, "__gt__", compare::GT)
}

fn ge(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    cmp(args, "__ge__", compare::GE)
}

fn hash(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (g, _) = this_str_slot(args, "__hash__")?;
    Ok(int_from_i64(g.hash()))
}

fn to_str(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (g, s) = this_str_slot(args, "__str__")?;
    Ok(same_or_new(g, s))
}

fn repr(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (_, s) = this_str_slot(args, "__repr__")?;
    Ok(new_str(crate::protocol::repr::quote_str(s)))
}

fn format(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (g, s) = this_str(args, "__format__")?;
    let spec_v = one_arg("str", "__format__", args, kw)?;
    let Some(spec) = spec_v.as_str() else {
        return Err(type_error(format!(
            "__format__() argument must be str, not {}",
            type_name(spec_v)
        )));
    };
    if spec.is_empty() {
        return Ok(same_or_new(g, s));
    }
    super::format_value::format_str_value(g.value(), spec)
}

fn iter(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (g, _) = this_str_slot(args, "__iter__")?;
    Ok(new_iter(
        types().str_iterator,
        IterState::Seq {
            seq: g.value(),
            idx: 0,
        },
    ))
}

fn getnewargs(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (_, s) = this_str(args, "__getnewargs__")?;
    noargs("str", "__getnewargs__", args, kw)?;
    Ok(crate::objects::tuple::new_tuple([new_str(s)]))
}

fn sizeof(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (g, s) = this_str(args, "__sizeof__")?;
    noargs("str", "__sizeof__", args, kw)?;
    let per = if g.is_ascii() {
        1
    } else {
        s.chars()
            .map(|c| {
                if (c as u32) < 0x100 {
                    1
                } else if (c as u32) < 0x10000 {
                    2
                } else {
                    4
                }
            })
            .max()
            .unwrap_or(1)
    };
    let base = if g.is_ascii() { 49 } else { 73 };
    Ok(int_from_i64((base + per * g.len()) as i64))
}
