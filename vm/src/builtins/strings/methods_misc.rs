//! `str.encode`, `str.translate` and `str.maketrans`.

use super::codecs;
use super::util::*;
use crate::objects::builtin_fn::{KwArgs, NativeFn};
use crate::objects::bytes::new_bytes;
use crate::objects::dict::{new_dict, DictObj};
use crate::objects::str::new_str;
use crate::protocol::dict::{dict_items, dict_set};
use crate::runtime::errors::{type_error, value_error};
use crate::runtime::thread::Thread;
use crate::runtime::types::{type_name, types};
use crate::runtime::PyResult;
use crate::value::Value;
use std::collections::hash_map::Entry;
use std::collections::HashMap;

pub(super) const METHODS: &[(&str, NativeFn)] = &[("encode", encode), ("translate", translate)];

pub(super) const STATIC: &[(&str, NativeFn)] = &[("maketrans", maketrans)];

fn str_param<'a>(fname: &str, what: &str, v: Option<Value>, default: &'a str) -> PyResult<&'a str> {
    match v {
        None => Ok(default),
        Some(v) => v.as_str().ok_or_else(|| {
            type_error(format!(
                "{fname}() argument '{what}' must be str, not {}",
                type_name(v)
            ))
        }),
    }
}

fn encode(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (_, s) = this_str(args, "encode")?;
    let [enc, err] = with_kwargs("encode", args, kw, ["encoding", "errors"], 0)?;
    let encoding = str_param("encode", "encoding", enc, "utf-8")?;
    let errors = str_param("encode", "errors", err, "strict")?;
    let codec = codecs::lookup(encoding)?;
    Ok(new_bytes(codecs::encode(s, codec, errors)?))
}

/// What `table[ord(c)]` maps `c` to: Some(text), or None to delete it.
fn lookup_char(ts: &mut Thread, table: Value, c: char) -> PyResult<Option<String>> {
    let mapped = match crate::protocol::container::getitem(ts, table, Value::small_int(c as i64)) {
        Ok(v) => v,
        Err(e) if e.matches(types().lookup_error) => return Ok(Some(c.to_string())),
        Err(e) => return Err(e),
    };
    if mapped.is_none() {
        return Ok(None);
    }
    if mapped.is_int() {
        let i = mapped.as_i64().unwrap_or(-1);
        return match u32::try_from(i)
            .ok()
            .filter(|&u| u < 0x110000)
            .and_then(char::from_u32)
        {
            Some(ch) => Ok(Some(ch.to_string())),
            None => Err(value_error("character mapping must be in range(0x110000)")),
        };
    }
    match mapped.as_str() {
        Some(t) => Ok(Some(t.to_string())),
        None => Err(type_error(
            "character mapping must return integer, None or str",
        )),
    }
}

fn translate(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (g, s) = this_str(args, "translate")?;
    let table = one_arg("str", "translate", args, kw)?;
    let mut cache: HashMap<char, Option<String>> = HashMap::new();
    let mut out = String::with_capacity(s.len());
    let mut changed = false;
    for c in s.chars() {
        let m = match cache.entry(c) {
            Entry::Occupied(o) => o.into_mut(),
            Entry::Vacant(v) => v.insert(lookup_char(ts, table, c)?),
        };
        match m {
            Some(t) => {
                out.push_str(t);
                if t.len() != c.len_utf8() || !t.starts_with(c) {
                    changed = true;
                }
            }
            None => changed = true,
        }
    }
    if !changed {
        return Ok(same_or_new(g, s));
    }
    Ok(new_str(out))
}

fn maketrans(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(type_error("str.maketrans() takes no keyword arguments"));
    }
    match args.len() {
        0 => return Err(type_error("maketrans expected at least 1 argument, got 0")),
        1..=3 => {}
        n => {
            return Err(type_error(format!(
                "maketrans expected at most 3 arguments, got {n}"
            )))
        }
    }
    let d = new_dict();
    if args.len() == 1 {
        let Some(src) = args[0].downcast::<DictObj>() else {
            return Err(type_error(
                "if you give only one argument to maketrans it must be a dict",
            ));
        };
        for (k, v) in dict_items(src) {
            let key = if let Some(s) = k.as_str() {
                let mut it = s.chars();
                match (it.next(), it.next()) {
                    (Some(c), None) => Value::small_int(c as i64),
                    _ => {
                        return Err(value_error(
                            "string keys in translate table must be of length 1",
                        ))
                    }
                }
            } else if k.is_int() {
                k
            } else {
                return Err(type_error(
                    "keys in translate table must be strings or integers",
                ));
            };
            dict_set(ts, d, key, v)?;
        }
        return Ok(d.value());
    }
    let Some(x) = args[0].as_str() else {
        return Err(type_error(
            "first maketrans argument must be a string if there is a second argument",
        ));
    };
    let Some(y) = args[1].as_str() else {
        return Err(type_error(format!(
            "maketrans() argument 2 must be str, not {}",
            type_name(args[1])
        )));
    };
    let z = match args.get(2) {
        Some(&z) => Some(z.as_str().ok_or_else(|| {
            type_error(format!(
                "maketrans() argument 3 must be str, not {}",
                type_name(z)
            ))
        })?),
        None => None,
    };
    if x.chars().count() != y.chars().count() {
        return Err(value_error(
            "the first two maketrans arguments must have equal length",
        ));
    }
    for (a, b) in x.chars().zip(y.chars()) {
        dict_set(
            ts,
            d,
            Value::small_int(a as i64),
            Value::small_int(b as i64),
        )?;
    }
    if let Some(z) = z {
        for c in z.chars() {
            dict_set(ts, d, Value::small_int(c as i64), Value::NONE)?;
        }
    }
    Ok(d.value())
}
