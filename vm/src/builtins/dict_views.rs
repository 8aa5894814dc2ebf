//! `dict.keys()` / `values()` / `items()` view objects: live views of the
//! dict with `len`, iteration, `in`, repr, reversal, and (for keys and
//! items) the set operations and set comparisons.

use super::add_methods;
use super::lists::arity::{descr_error, needs_receiver, noargs, one_arg, with_roots};
use crate::builtins::lists::arity::wrapper_arg;
use crate::objects::builtin_fn::{KwArgs, NativeFn};
use crate::objects::dict::DictObj;
use crate::objects::native::NativeData;
use crate::objects::str::new_str;
use crate::protocol::compare::eq;
use crate::protocol::dict::{dict_contains, dict_get};
use crate::runtime::thread::Thread;
use crate::runtime::types::types;
use crate::runtime::PyResult;
use crate::value::Value;

pub struct DictView {
    pub dict: Value,
    /// 0 keys, 1 values, 2 items.
    pub kind: u8,
}

impl NativeData for DictView {
    fn trace(&self, t: &mut crate::heap::Tracer) {
        t.value(self.dict)
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

pub use super::dicts::view_ops::{view_binary, view_richcompare};

const NAMES: [&str; 3] = ["dict_keys", "dict_values", "dict_items"];

pub fn register() {
    let t = types();
    let common: &[(&str, NativeFn)] = &[
        ("__len__", dunder_len),
        ("__iter__", dunder_iter),
        ("__contains__", dunder_contains),
        ("__repr__", dunder_repr),
        ("__reversed__", dunder_reversed),
    ];
    let setlike: &[(&str, NativeFn)] = &[("isdisjoint", isdisjoint)];
    for ty in [t.dict_keys, t.dict_values, t.dict_items] {
        add_methods(ty, common);
    }
    for ty in [t.dict_keys, t.dict_items] {
        add_methods(ty, setlike);
        add_methods(ty, super::dicts::view_ops::SETLIKE_DUNDERS);
        crate::protocol::dict::dict_set_str(
            ty.dict,
            crate::runtime::intern::intern("__hash__"),
            Value::NONE,
        );
    }
}

pub(crate) fn view_of(v: Value) -> Option<(crate::object::Gc<DictObj>, u8)> {
    let view = v.as_native::<DictView>()?;
    Some((view.dict.downcast::<DictObj>()?, view.kind))
}

/// A keys or items view (the set-like ones).
pub(crate) fn setlike(v: Value) -> bool {
    v.as_native::<DictView>().is_some_and(|d| d.kind != 1)
}

pub fn view_len(v: Value) -> Option<usize> {
    let view = v.as_native::<DictView>()?;
    Some(view.dict.downcast::<DictObj>()?.table.lock().len())
}

pub fn view_iter(v: Value) -> Option<Value> {
    let view = v.as_native::<DictView>()?;
    Some(crate::protocol::iter::dict_iter(view.dict, view.kind))
}

/// `item in view`; None when `v` is not a dict view.
pub fn view_contains(ts: &mut Thread, v: Value, item: Value) -> PyResult<Option<bool>> {
    let Some((d, kind)) = view_of(v) else {
        return Ok(None);
    };
    match kind {
        0 => dict_contains(ts, d, item).map(Some),
        2 => {
            let (k, val) = match item.as_tuple() {
                Some(t) if t.len() == 2 => (t[0], t[1]),
                _ => return Ok(Some(false)),
            };
            match dict_get(ts, d, k)? {
                Some(found) => eq(ts, found, val).map(Some),
                None => Ok(Some(false)),
            }
        }
        _ => {
            let vals: Vec<Value> = d.table.lock().iter().map(|e| e.value).collect();
            with_roots(ts, &vals, |ts| {
                for &x in &vals {
                    if eq(ts, x, item)? {
                        return Ok(Some(true));
                    }
                }
                Ok(Some(false))
            })
        }
    }
}

/// The view's current elements (keys, values or (key, value) tuples).
pub(crate) fn elements(d: &DictObj, kind: u8) -> Vec<Value> {
    d.table
        .lock()
        .iter()
        .map(|e| match kind {
            0 => e.key,
            1 => e.value,
            _ => crate::objects::tuple::new_tuple([e.key, e.value]),
        })
        .collect()
}

/// `dict_keys(['a', 'b'])`; None when `v` is not a dict view.
pub fn view_repr(ts: &mut Thread, v: Value) -> PyResult<Option<String>> {
    let Some((d, kind)) = view_of(v) else {
        return Ok(None);
    };
    let items = elements(&d, kind);
    let s = super::lists::seq_repr::guarded(ts, v, "...", |ts| {
        Ok(format!(
            "{}([{}])",
            NAMES[kind as usize],
            super::lists::seq_repr::join(ts, &items)?
        ))
    })?;
    Ok(Some(s))
}

pub(crate) fn this(args: &[Value], method: &str) -> PyResult<Value> {
    match args.first() {
        Some(&v) if v.as_native::<DictView>().is_some() => Ok(v),
        Some(&v) => Err(descr_error(method, "dict_keys", v)),
        None => Err(needs_receiver(method, "dict_keys")),
    }
}

fn dunder_len(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let v = this(args, "__len__")?;
    noargs("__len__", args, kw)?;
    Ok(crate::objects::int::int_from_i64(
        view_len(v).unwrap_or(0) as i64
    ))
}

fn dunder_iter(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let v = this(args, "__iter__")?;
    noargs("__iter__", args, kw)?;
    Ok(view_iter(v).expect("view"))
}

fn dunder_contains(ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = this(args, "__contains__")?;
    let x = wrapper_arg(args)?;
    Ok(Value::from_bool(view_contains(ts, v, x)?.unwrap_or(false)))
}

fn dunder_repr(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let v = this(args, "__repr__")?;
    noargs("__repr__", args, kw)?;
    Ok(new_str(view_repr(ts, v)?.unwrap_or_default()))
}

fn dunder_reversed(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let v = this(args, "__reversed__")?;
    noargs("__reversed__", args, kw)?;
    let (d, kind) = view_of(v).expect("view");
    Ok(view_reversed(&d, kind))
}

/// `reversed(view)`.
pub fn view_reversed(d: &DictObj, kind: u8) -> Value {
    let items = elements(d, kind);
    let n = items.len();
    crate::objects::iter::new_iter(
        types().reversed,
        crate::objects::iter::IterState::Reversed {
            seq: crate::objects::list::new_list(items),
            idx: n,
        },
    )
}

fn isdisjoint(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let v = this(args, "isdisjoint")?;
    let other = one_arg("isdisjoint", args, kw)?;
    let it = crate::protocol::iter(ts, other)?;
    while let Some(x) = crate::protocol::next(ts, it)? {
        if view_contains(ts, v, x)?.unwrap_or(false) {
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::TRUE)
}
