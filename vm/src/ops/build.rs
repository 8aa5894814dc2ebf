//! Building and unpacking containers.

use crate::objects::dict::{new_dict, DictObj};
use crate::objects::list::{new_list, ListObj};
use crate::objects::set::{new_set, SetObj};
use crate::protocol::dict::{dict_contains, dict_items, dict_set};
use crate::protocol::iter::collect;
use crate::protocol::set::set_add;
use crate::runtime::errors::{type_error, value_error};
use crate::runtime::thread::Thread;
use crate::runtime::types::type_name;
use crate::runtime::PyResult;
use crate::value::Value;

pub fn build_map(ts: &mut Thread, items: &[Value]) -> PyResult<Value> {
    let d = new_dict();
    for kv in items.chunks(2) {
        dict_set(ts, d, kv[0], kv[1])?;
    }
    Ok(d.value())
}

pub fn build_set(ts: &mut Thread, items: &[Value]) -> PyResult<Value> {
    let s = new_set(false);
    for &x in items {
        set_add(ts, s, x)?;
    }
    Ok(s.value())
}

/// `UNPACK_SEQUENCE n`: the items, first last (so it ends on top).
pub fn unpack_sequence(ts: &mut Thread, seq: Value, n: usize) -> PyResult<Vec<Value>> {
    let items = match seq.as_tuple() {
        Some(t) => t.to_vec(),
        None => match seq.downcast::<ListObj>() {
            Some(l) => l.snapshot(),
            None => {
                let it = crate::protocol::iter(ts, seq).map_err(|e| {
                    if e.matches(crate::runtime::types::types().type_error) {
                        type_error(format!(
                            "cannot unpack non-iterable {} object",
                            type_name(seq)
                        ))
                    } else {
                        e
                    }
                })?;
                let mut out = Vec::with_capacity(n);
                while let Some(v) = crate::protocol::next(ts, it)? {
                    if out.len() == n {
                        return Err(value_error(format!(
                            "too many values to unpack (expected {n})"
                        )));
                    }
                    out.push(v);
                }
                out
            }
        },
    };
    if items.len() != n {
        if items.len() > n {
            return Err(value_error(format!(
                "too many values to unpack (expected {n})"
            )));
        }
        return Err(value_error(format!(
            "not enough values to unpack (expected {}, got {})",
            n,
            items.len()
        )));
    }
    Ok(items.into_iter().rev().collect())
}

/// `UNPACK_EX before|after<<8`: reversed so the first item ends on top.
pub fn unpack_ex(ts: &mut Thread, seq: Value, before: usize, after: usize) -> PyResult<Vec<Value>> {
    let items = collect(ts, seq).map_err(|e| {
        if e.matches(crate::runtime::types::types().type_error)
            && !crate::protocol::iter::is_iterator(seq)
        {
            type_error(format!(
                "cannot unpack non-iterable {} object",
                type_name(seq)
            ))
        } else {
            e
        }
    })?;
    if items.len() < before + after {
        return Err(value_error(format!(
            "not enough values to unpack (expected at least {}, got {})",
            before + after,
            items.len()
        )));
    }
    let mut out = Vec::with_capacity(before + after + 1);
    out.extend_from_slice(&items[..before]);
    out.push(new_list(items[before..items.len() - after].to_vec()));
    out.extend_from_slice(&items[items.len() - after..]);
    out.reverse();
    Ok(out)
}

pub fn list_extend(ts: &mut Thread, list: Value, iterable: Value) -> PyResult<()> {
    let items = collect(ts, iterable).map_err(|e| {
        if e.matches(crate::runtime::types::types().type_error) && !iterable.is_ptr() {
            type_error(format!(
                "Value after * must be an iterable, not {}",
                type_name(iterable)
            ))
        } else {
            e
        }
    })?;
    list.downcast::<ListObj>()
        .expect("list")
        .items
        .lock()
        .extend(items);
    Ok(())
}

pub fn set_update(ts: &mut Thread, set: Value, iterable: Value) -> PyResult<()> {
    let s = set.downcast::<SetObj>().expect("set");
    for x in collect(ts, iterable)? {
        set_add(ts, s, x)?;
    }
    Ok(())
}

/// `DICT_UPDATE` (`{**m}`) and `DICT_MERGE` (`f(**m)`, duplicates rejected).
pub fn dict_update(
    ts: &mut Thread,
    dict: Value,
    other: Value,
    merge: Option<Value>,
) -> PyResult<()> {
    let d = dict.downcast::<DictObj>().expect("dict");
    let pairs: Vec<(Value, Value)> = match other.downcast::<DictObj>() {
        Some(o) => dict_items(o),
        None => {
            let keys_fn = crate::protocol::attr::getattr_opt(
                ts,
                other,
                crate::runtime::intern::intern("keys"),
            )?;
            let Some(keys_fn) = keys_fn else {
                return Err(match merge {
                    Some(f) => type_error(format!(
                        "{} argument after ** must be a mapping, not {}",
                        func_desc(ts, f),
                        type_name(other)
                    )),
                    None => type_error(format!("'{}' object is not a mapping", type_name(other))),
                });
            };
            let keys = crate::protocol::call(ts, keys_fn, &[], &[])?;
            let mut out = Vec::new();
            for k in collect(ts, keys)? {
                let v = crate::protocol::container::getitem(ts, other, k)?;
                out.push((k, v));
            }
            out
        }
    };
    for (k, v) in pairs {
        if let Some(f) = merge {
            if k.as_str().is_none() {
                // As CPython's call binding (the merge itself accepts any key).
                let _ = f;
                return Err(type_error("keywords must be strings"));
            }
            if dict_contains(ts, d, k)? {
                return Err(type_error(format!(
                    "{} got multiple values for keyword argument '{}'",
                    func_desc(ts, f),
                    k.as_str().unwrap_or("?")
                )));
            }
        }
        dict_set(ts, d, k, v)?;
    }
    Ok(())
}

/// `_PyObject_FunctionStr`: `module.qualname()` (no module for builtins).
fn func_desc(ts: &mut Thread, f: Value) -> String {
    use crate::protocol::attr::getattr_opt;
    use crate::runtime::intern::intern;
    let qualname = match getattr_opt(ts, f, intern("__qualname__")) {
        Ok(Some(n)) if n.as_str().is_some() => n.as_str().unwrap_or("?").to_string(),
        _ => return format!("{} object", type_name(f)),
    };
    match getattr_opt(ts, f, intern("__module__")) {
        Ok(Some(m)) if m.as_str().is_some_and(|m| m != "builtins") => {
            format!("{}.{}()", m.as_str().unwrap_or("?"), qualname)
        }
        _ => format!("{qualname}()"),
    }
}
