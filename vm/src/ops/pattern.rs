//! Structural pattern matching opcodes: MATCH_SEQUENCE, MATCH_MAPPING,
//! MATCH_KEYS, MATCH_CLASS and GET_LEN (CPython's `match_keys` and
//! `match_class` in `Python/ceval.c`).

use crate::object::Gc;
use crate::objects::dict::DictObj;
use crate::objects::str::new_str;
use crate::objects::tuple::new_tuple;
use crate::objects::typeobj::TypeObj;
use crate::protocol::{self, dict::dict_get};
use crate::runtime::errors::{type_error, value_error};
use crate::runtime::thread::Thread;
use crate::runtime::types::{type_name, type_of, types};
use crate::runtime::PyResult;
use crate::value::Value;

/// Whether any class in `ty`'s MRO is named one of `names` (the ABCs and
/// Python-level containers that CPython flags with `Py_TPFLAGS_SEQUENCE` /
/// `Py_TPFLAGS_MAPPING`).
fn mro_has(ty: Gc<TypeObj>, names: &[&str]) -> bool {
    ty.mro_slice()
        .iter()
        .filter_map(|c| c.as_type())
        .any(|c| names.contains(&c.name_str()))
}

/// `MATCH_SEQUENCE`: list, tuple, range, deque and Sequence subclasses; not
/// str, bytes or bytearray.
pub fn is_sequence(v: Value) -> bool {
    let t = types();
    let ty = type_of(v);
    if ty.is_subtype(t.str) || ty.is_subtype(t.bytes) || ty.is_subtype(t.bytearray) {
        return false;
    }
    ty.is_subtype(t.list)
        || ty.is_subtype(t.tuple)
        || ty.is_subtype(t.range)
        || mro_has(ty, &["deque", "Sequence", "MutableSequence", "memoryview"])
}

/// `MATCH_MAPPING`: dict and Mapping subclasses.
pub fn is_mapping(v: Value) -> bool {
    let ty = type_of(v);
    ty.is_subtype(types().dict)
        || mro_has(
            ty,
            &["Mapping", "MutableMapping", "ChainMap", "mappingproxy"],
        )
}

/// `GET_LEN`: `len(v)` as an int.
pub fn get_len(ts: &mut Thread, v: Value) -> PyResult<Value> {
    Ok(protocol::container::int_len(protocol::container::len(
        ts, v,
    )?))
}

/// `MATCH_KEYS`: the tuple of `subject[k]` for every key, or None when one
/// is missing.
pub fn match_keys(ts: &mut Thread, subject: Value, keys: Value) -> PyResult<Value> {
    let keys: Vec<Value> = keys.as_tuple().unwrap_or(&[]).to_vec();
    if keys.is_empty() {
        return Ok(types().empty_tuple);
    }
    let exact = subject
        .downcast::<DictObj>()
        .filter(|_| type_of(subject) == types().dict);
    let get = match exact {
        Some(_) => Value::NONE,
        None => protocol::attr::getattr(ts, subject, new_str("get"))?,
    };
    let mark = ts.temp_roots.len();
    let r = collect_keys(ts, exact, get, &keys);
    let values = ts.temp_roots.split_off(mark);
    Ok(match r? {
        true => new_tuple(values),
        false => Value::NONE,
    })
}

/// Pushes each key's value onto `ts.temp_roots` (rooted while `get` runs);
/// false when a key is missing.
fn collect_keys(
    ts: &mut Thread,
    exact: Option<Gc<DictObj>>,
    get: Value,
    keys: &[Value],
) -> PyResult<bool> {
    let dummy = new_tuple(Vec::new());
    for (i, &k) in keys.iter().enumerate() {
        for &prev in &keys[..i] {
            if protocol::compare::eq(ts, prev, k)? {
                let r = protocol::repr::repr_string(ts, k)?;
                return Err(value_error(format!(
                    "mapping pattern checks duplicate key ({r})"
                )));
            }
        }
        let v = match exact {
            Some(d) => dict_get(ts, d, k)?,
            None => {
                let v = protocol::call::call(ts, get, &[k, dummy], &[])?;
                (v != dummy).then_some(v)
            }
        };
        match v {
            Some(v) => ts.temp_roots.push(v),
            None => return Ok(false),
        }
    }
    Ok(true)
}

/// Builtins whose instances match themselves as the single positional
/// sub-pattern (`_Py_TPFLAGS_MATCH_SELF`).
fn matches_self(cls: Gc<TypeObj>) -> bool {
    let t = types();
    [
        t.bool_,
        t.bytearray,
        t.bytes,
        t.dict,
        t.float,
        t.frozenset,
        t.int,
        t.list,
        t.set,
        t.str,
        t.tuple,
    ]
    .iter()
    .any(|&b| cls.is_subtype(b))
}

fn class_attr(
    ts: &mut Thread,
    subject: Value,
    cls: Gc<TypeObj>,
    name: Value,
    seen: &mut Vec<String>,
) -> PyResult<Option<Value>> {
    let s = name.as_str().unwrap_or_default().to_string();
    if seen.contains(&s) {
        let r = protocol::repr::repr_string(ts, name)?;
        return Err(type_error(format!(
            "{}() got multiple sub-patterns for attribute {r}",
            cls.name_str()
        )));
    }
    seen.push(s);
    protocol::attr::getattr_opt(ts, subject, name)
}

/// `MATCH_CLASS`: the tuple of positional then keyword attributes, or None
/// when the subject is not an instance or lacks an attribute.
pub fn match_class(
    ts: &mut Thread,
    subject: Value,
    cls: Value,
    kwnames: Value,
    nargs: usize,
) -> PyResult<Value> {
    let Some(ty) = cls.as_type() else {
        return Err(type_error("called match pattern must be a type"));
    };
    if !crate::builtins::functions::is_instance(ts, subject, cls)? {
        return Ok(Value::NONE);
    }
    let mark = ts.temp_roots.len();
    let r = class_attrs(ts, subject, ty, kwnames, nargs);
    let attrs = ts.temp_roots.split_off(mark);
    Ok(match r? {
        true => new_tuple(attrs),
        false => Value::NONE,
    })
}

/// Pushes the positional then keyword attributes onto `ts.temp_roots`;
/// false when one is missing.
fn class_attrs(
    ts: &mut Thread,
    subject: Value,
    ty: Gc<TypeObj>,
    kwnames: Value,
    nargs: usize,
) -> PyResult<bool> {
    let cls = ty.value();
    let mut seen = Vec::new();
    if nargs > 0 {
        let margs = protocol::attr::getattr_opt(ts, cls, new_str("__match_args__"))?;
        let (names, match_self) = match margs {
            Some(m) => match m.as_tuple() {
                Some(items) if type_of(m) == types().tuple => (items.to_vec(), false),
                _ => {
                    return Err(type_error(format!(
                        "{}.__match_args__ must be a tuple (got {})",
                        ty.name_str(),
                        type_name(m)
                    )))
                }
            },
            None => (Vec::new(), matches_self(ty)),
        };
        let allowed = if match_self { 1 } else { names.len() };
        if allowed < nargs {
            let plural = if allowed == 1 { "" } else { "s" };
            return Err(type_error(format!(
                "{}() accepts {allowed} positional sub-pattern{plural} ({nargs} given)",
                ty.name_str()
            )));
        }
        if match_self {
            ts.temp_roots.push(subject);
        } else {
            for &name in &names[..nargs] {
                if type_of(name) != types().str {
                    return Err(type_error(format!(
                        "__match_args__ elements must be strings (got {})",
                        type_name(name)
                    )));
                }
                match class_attr(ts, subject, ty, name, &mut seen)? {
                    Some(v) => ts.temp_roots.push(v),
                    None => return Ok(false),
                }
            }
        }
    }
    for &name in kwnames.as_tuple().unwrap_or(&[]) {
        match class_attr(ts, subject, ty, name, &mut seen)? {
            Some(v) => ts.temp_roots.push(v),
            None => return Ok(false),
        }
    }
    Ok(true)
}
