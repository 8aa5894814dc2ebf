//! `dict.keys()` / `values()` / `items()` view objects: live views of the
//! dict with `len`, iteration, `in`, repr, reversal, and (for keys and
//! items) the set operations and set comparisons.

use crate::builtins::lists::arity::wrapper_arg;
use super::add_methods;
use super::lists::arity::{descr_error, needs_receiver, noargs, one_arg, with_roots};
use crate::objects::builtin_fn::{KwArgs, NativeFn};
use crate::objects::dict::DictObj;
use crate::objects::native::NativeData;
use crate::objects::set::{new_set, SetObj};
use crate::objects::str::new_str;
use crate::protocol::compare::{eq, EQ, GE, GT, LE, LT, NE};
use crate::protocol::dict::{dict_contains, dict_get};
use crate::protocol::number::{AND, OR, SUBTRACT, XOR};
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
    let setlike: &[(&str, NativeFn)] = &[
        ("isdisjoint", isdisjoint),
        ("__and__", and),
        ("__rand__", rand),
        ("__or__", or),
        ("__ror__", ror),
        ("__sub__", sub),
        ("__rsub__", rsub),
        ("__xor__", xor),
        ("__rxor__", rxor),
        ("__eq__", cmp_eq),
        ("__ne__", cmp_ne),
        ("__lt__", cmp_lt),
        ("__le__", cmp_le),
        ("__gt__", cmp_gt),
        ("__ge__", cmp_ge),
    ];
    for ty in [t.dict_keys, t.dict_values, t.dict_items] {
        add_methods(ty, common);
    }
    for ty in [t.dict_keys, t.dict_items] {
        add_methods(ty, setlike);
        crate::protocol::dict::dict_set_str(
            ty.dict,
            crate::runtime::intern::intern("__hash__"),
            Value::NONE,
        );
    }
}

fn view_of(v: Value) -> Option<(crate::object::Gc<DictObj>, u8)> {
    let view = v.as_native::<DictView>()?;
    Some((view.dict.downcast::<DictObj>()?, view.kind))
}

/// A keys or items view (the set-like ones).
fn setlike(v: Value) -> bool {
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
fn elements(d: &DictObj, kind: u8) -> Vec<Value> {
    d.table
        .lock()
        .iter()
        .map(|e| match kind {
            0 => e.key,
            1 => e.value,
            _ => crate::objects::tuple::new_tuple(vec![e.key, e.value]),
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

/// A new exact set holding the elements of any iterable (views included).
fn set_of(ts: &mut Thread, v: Value) -> PyResult<crate::object::Gc<SetObj>> {
    let items = match view_of(v) {
        Some((d, kind)) => elements(&d, kind),
        None => crate::protocol::iter::collect(ts, v)?,
    };
    let s = new_set(false);
    with_roots(ts, &items, |ts| {
        for &x in &items {
            crate::protocol::set::set_add(ts, s, x)?;
        }
        Ok(())
    })?;
    Ok(s)
}

/// `a <op> b` for `& | - ^` when either operand is a keys or items view
/// (CPython's `dictviews_*` number slots); None otherwise.
pub fn view_binary(ts: &mut Thread, a: Value, b: Value, op: u32) -> PyResult<Option<Value>> {
    if !setlike(a) && !setlike(b) {
        return Ok(None);
    }
    if !matches!(op, AND | OR | SUBTRACT | XOR) {
        return Ok(None);
    }
    let result = set_of(ts, a)?;
    let other = set_of(ts, b)?;
    let ours = crate::protocol::set::set_items(result);
    let theirs = crate::protocol::set::set_items(other);
    let out = new_set(false);
    let keep = |ts: &mut Thread, x: Value, want_in: bool, s| -> PyResult<bool> {
        Ok(crate::protocol::set::set_contains_gc(ts, s, x)? == want_in)
    };
    match op {
        AND => {
            for &x in &theirs {
                if keep(ts, x, true, result)? {
                    crate::protocol::set::set_add(ts, out, x)?;
                }
            }
        }
        OR => {
            for &x in ours.iter().chain(&theirs) {
                crate::protocol::set::set_add(ts, out, x)?;
            }
        }
        SUBTRACT => {
            for &x in &ours {
                if keep(ts, x, false, other)? {
                    crate::protocol::set::set_add(ts, out, x)?;
                }
            }
        }
        _ => {
            for &x in &ours {
                if keep(ts, x, false, other)? {
                    crate::protocol::set::set_add(ts, out, x)?;
                }
            }
            for &x in &theirs {
                if keep(ts, x, false, result)? {
                    crate::protocol::set::set_add(ts, out, x)?;
                }
            }
        }
    }
    crate::heap::keep_alive(&(result, other));
    Ok(Some(out.value()))
}

/// Whether every element of `a` is in `b` (`in` protocol).
fn all_in(ts: &mut Thread, a: Value, b: Value) -> PyResult<bool> {
    let items = match view_of(a) {
        Some((d, kind)) => elements(&d, kind),
        None => crate::protocol::iter::collect(ts, a)?,
    };
    with_roots(ts, &items, |ts| {
        for &x in &items {
            if !crate::protocol::container::contains(ts, b, x)? {
                return Ok(false);
            }
        }
        Ok(true)
    })
}

/// Rich comparison of a keys/items view with a set or another set-like
/// view (CPython's `dictview_richcompare`); None when neither operand is a
/// set-like view or the other operand is not set-like.
pub fn view_richcompare(ts: &mut Thread, a: Value, b: Value, op: u32) -> PyResult<Option<Value>> {
    let (me, other, op) = if setlike(a) {
        (a, b, op)
    } else if setlike(b) {
        (b, a, [GT, GE, EQ, NE, LT, LE][op as usize])
    } else {
        return Ok(None);
    };
    if !(other.is::<SetObj>() || setlike(other)) {
        return Ok(None);
    }
    let la = view_len(me).unwrap_or(0);
    let lb = crate::protocol::container::len(ts, other)?;
    let ok = match op {
        EQ | NE => {
            let same = la == lb && all_in(ts, me, other)?;
            if op == EQ {
                same
            } else {
                !same
            }
        }
        LT => la < lb && all_in(ts, me, other)?,
        LE => la <= lb && all_in(ts, me, other)?,
        GT => la > lb && all_in(ts, other, me)?,
        _ => la >= lb && all_in(ts, other, me)?,
    };
    Ok(Some(Value::from_bool(ok)))
}

fn this(args: &[Value], method: &str) -> PyResult<Value> {
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

fn binary(
    ts: &mut Thread,
    args: &[Value],
    name: &str,
    op: u32,
    reflected: bool,
) -> PyResult<Value> {
    let v = this(args, name)?;
    let other = wrapper_arg(args)?;
    let (a, b) = if reflected { (other, v) } else { (v, other) };
    Ok(view_binary(ts, a, b, op)?.unwrap_or(Value::NOT_IMPLEMENTED))
}

fn compare(ts: &mut Thread, args: &[Value], name: &str, op: u32) -> PyResult<Value> {
    let v = this(args, name)?;
    let other = wrapper_arg(args)?;
    Ok(view_richcompare(ts, v, other, op)?.unwrap_or(Value::NOT_IMPLEMENTED))
}

macro_rules! wrappers {
    ($($f:ident = $imp:ident($name:literal, $($arg:expr),*);)*) => {
        $(fn $f(ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
            $imp(ts, args, $name, $($arg),*)
        })*
    };
}

wrappers! {
    and = binary("__and__", AND, false); rand = binary("__rand__", AND, true);
    or = binary("__or__", OR, false); ror = binary("__ror__", OR, true);
    sub = binary("__sub__", SUBTRACT, false); rsub = binary("__rsub__", SUBTRACT, true);
    xor = binary("__xor__", XOR, false); rxor = binary("__rxor__", XOR, true);
    cmp_eq = compare("__eq__", EQ); cmp_ne = compare("__ne__", NE);
    cmp_lt = compare("__lt__", LT); cmp_le = compare("__le__", LE);
    cmp_gt = compare("__gt__", GT); cmp_ge = compare("__ge__", GE);
}
