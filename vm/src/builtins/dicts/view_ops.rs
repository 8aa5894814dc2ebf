//! The set-like behaviour of `dict_keys` and `dict_items` views: the
//! `& | - ^` operators (results are sets) and comparisons with sets and
//! other set-like views, as CPython's `dictviews_*` slots define them.

use crate::builtins::dict_views::{elements, setlike, this, view_len, view_of};
use crate::builtins::lists::arity::{with_roots, wrapper_arg};
use crate::objects::builtin_fn::{KwArgs, NativeFn};
use crate::objects::set::{new_set, SetObj};
use crate::protocol::compare::{EQ, GE, GT, LE, LT, NE};
use crate::protocol::number::{AND, OR, SUBTRACT, XOR};
use crate::runtime::thread::Thread;
use crate::runtime::PyResult;
use crate::value::Value;

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
        /// The operator and comparison dunders of keys and items views.
        pub const SETLIKE_DUNDERS: &[(&str, NativeFn)] = &[$(($name, $f)),*];
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
