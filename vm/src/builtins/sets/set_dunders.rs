//! The dunders of `set` and `frozenset` as method descriptors: `len`,
//! `in`, iteration, comparisons, the `| & - ^` operators (and in-place
//! forms on `set`), hashing of frozensets, and repr.

use super::algebra::{apply_in_place, combine, contains, is_subset, set_len};
use super::set_methods::any_set;
use crate::builtins::add_methods;
use crate::builtins::lists::arity::wrapper_arg;
use crate::builtins::lists::arity::{noargs, one_arg};
use crate::builtins::lists::seq_repr::{guarded, join};
use crate::objects::builtin_fn::{KwArgs, NativeFn};
use crate::objects::int::int_from_i64;
use crate::objects::iter::{new_iter, IterState};
use crate::objects::set::SetObj;
use crate::objects::str::new_str;
use crate::protocol::compare::{EQ, GE, GT, LE, LT, NE};
use crate::protocol::dict::dict_set_str;
use crate::protocol::number::{AND, OR, SUBTRACT, XOR};
use crate::runtime::intern::intern;
use crate::runtime::thread::Thread;
use crate::runtime::types::{type_of, types};
use crate::runtime::PyResult;
use crate::value::Value;

pub fn register() {
    let t = types();
    let shared: &[(&str, NativeFn)] = &[
        ("__len__", len),
        ("__contains__", contains_m),
        ("__iter__", iter),
        ("__repr__", repr),
        ("__or__", or),
        ("__ror__", ror),
        ("__and__", and),
        ("__rand__", rand),
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
    add_methods(t.set, shared);
    add_methods(t.frozenset, shared);
    add_methods(
        t.set,
        &[
            ("__ior__", ior),
            ("__iand__", iand),
            ("__isub__", isub),
            ("__ixor__", ixor),
        ],
    );
    add_methods(t.frozenset, &[("__hash__", hash)]);
    dict_set_str(t.set.dict, intern("__hash__"), Value::NONE);
}

fn len(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let s = any_set(args, "__len__")?;
    noargs("set.__len__", args, kw)?;
    let n = s.table.lock().len();
    Ok(int_from_i64(n as i64))
}

fn contains_m(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let s = any_set(args, "__contains__")?;
    let x = one_arg("set.__contains__", args, kw)?;
    Ok(Value::from_bool(contains(ts, s, x)?))
}

fn iter(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let s = any_set(args, "__iter__")?;
    noargs("set.__iter__", args, kw)?;
    let len = s.table.lock().raw_len();
    Ok(new_iter(
        types().set_iterator,
        IterState::Set {
            set: args[0],
            pos: 0,
            len,
        },
    ))
}

/// `{1, 2}`, `frozenset({1})`, `set()`, `Sub({1})`.
pub fn set_repr(ts: &mut Thread, v: Value) -> PyResult<String> {
    let s = v.downcast::<SetObj>().expect("set");
    let items = crate::protocol::set::set_items(s);
    let ty = type_of(v);
    let name = ty.name_str().to_string();
    if items.is_empty() {
        return Ok(format!("{name}()"));
    }
    let exact_set = ty == types().set;
    guarded(ts, v, &format!("{name}(...)"), |ts| {
        let inner = join(ts, &items)?;
        Ok(if exact_set {
            format!("{{{inner}}}")
        } else {
            format!("{name}({{{inner}}})")
        })
    })
}

fn repr(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    any_set(args, "__repr__")?;
    noargs("set.__repr__", args, kw)?;
    Ok(new_str(set_repr(ts, args[0])?))
}

/// The frozenset hash (the same function `hash()` uses for frozensets).
pub fn frozenset_hash(s: &SetObj) -> i64 {
    let mut acc: u64 = 0;
    for e in s.table.lock().iter() {
        let h = e.hash as u64;
        acc ^= (h ^ (h << 16) ^ 89869747).wrapping_mul(3644798167);
    }
    (acc.wrapping_mul(69069).wrapping_add(907133923)) as i64
}

fn hash(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let s = any_set(args, "__hash__")?;
    noargs("frozenset.__hash__", args, kw)?;
    Ok(int_from_i64(frozenset_hash(&s)))
}

fn binary(
    ts: &mut Thread,
    args: &[Value],
    name: &str,
    op: u32,
    reflected: bool,
) -> PyResult<Value> {
    let s = any_set(args, name)?;
    let other = wrapper_arg(args)?;
    let Some(o) = other.downcast::<SetObj>() else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    let (a, b) = if reflected { (o, args[0]) } else { (s, other) };
    Ok(combine(ts, a, b, op, a.frozen)?.value())
}

fn inplace(ts: &mut Thread, args: &[Value], name: &str, op: u32) -> PyResult<Value> {
    let s = any_set(args, name)?;
    let other = wrapper_arg(args)?;
    if !other.is::<SetObj>() || s.frozen {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    apply_in_place(ts, s, other, op)?;
    Ok(args[0])
}

fn compare(ts: &mut Thread, args: &[Value], name: &str, op: u32) -> PyResult<Value> {
    let s = any_set(args, name)?;
    let other = wrapper_arg(args)?;
    let Some(o) = other.downcast::<SetObj>() else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    let (la, lb) = (set_len(s), set_len(o));
    let r = match op {
        EQ => la == lb && is_subset(ts, s, o)?,
        NE => !(la == lb && is_subset(ts, s, o)?),
        LE => is_subset(ts, s, o)?,
        LT => la < lb && is_subset(ts, s, o)?,
        GE => is_subset(ts, o, s)?,
        _ => la > lb && is_subset(ts, o, s)?,
    };
    Ok(Value::from_bool(r))
}

macro_rules! wrappers {
    ($($f:ident = $imp:ident($name:literal, $($arg:expr),*);)*) => {
        $(fn $f(ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
            $imp(ts, args, $name, $($arg),*)
        })*
    };
}

wrappers! {
    or = binary("__or__", OR, false); ror = binary("__ror__", OR, true);
    and = binary("__and__", AND, false); rand = binary("__rand__", AND, true);
    sub = binary("__sub__", SUBTRACT, false); rsub = binary("__rsub__", SUBTRACT, true);
    xor = binary("__xor__", XOR, false); rxor = binary("__rxor__", XOR, true);
    ior = inplace("__ior__", OR); iand = inplace("__iand__", AND);
    isub = inplace("__isub__", SUBTRACT); ixor = inplace("__ixor__", XOR);
    cmp_eq = compare("__eq__", EQ); cmp_ne = compare("__ne__", NE);
    cmp_lt = compare("__lt__", LT); cmp_le = compare("__le__", LE);
    cmp_gt = compare("__gt__", GT); cmp_ge = compare("__ge__", GE);
}
