//! `range`: constructor, indexing and slicing, membership, `index`,
//! `count`, equality, hashing and reversal. Bounds and the precomputed
//! length are ints of any size; small ranges take i64/i128 fast paths.

use super::add_methods;
use super::lists::arity::{arity, descr_error, needs_receiver, new_cls, noargs, one_arg};
use super::numbers::{exact_int, index};
use crate::builtins::lists::arity::wrapper_arg;
use crate::object::Gc;
use crate::objects::builtin_fn::{KwArgs, NativeFn};
use crate::objects::int::{int_from_big, int_from_i64};
use crate::objects::iter::{new_iter, IterState};
use crate::objects::range::{new_range, RangeObj};
use crate::objects::slice::SliceObj;
use crate::objects::str::new_str;
use crate::protocol::compare::{eq, EQ, NE};
use crate::runtime::errors::{index_error, type_error, value_error};
use crate::runtime::thread::Thread;
use crate::runtime::types::{type_name, type_of, types};
use crate::runtime::PyResult;
use crate::value::Value;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

pub fn register() {
    let t = types();
    let _ = t.range.native_new.set(range_new);
    super::add_bound(t.range, super::Bind::Static, &[("__new__", range_new)]);
    let methods: &[(&str, NativeFn)] = &[
        ("index", range_index),
        ("count", range_count),
        ("__getitem__", dunder_getitem),
        ("__contains__", dunder_contains),
        ("__len__", dunder_len),
        ("__iter__", dunder_iter),
        ("__reversed__", dunder_reversed),
        ("__eq__", dunder_eq),
        ("__ne__", dunder_ne),
        ("__hash__", dunder_hash),
        ("__bool__", dunder_bool),
        ("__repr__", dunder_repr),
    ];
    add_methods(t.range, methods);
}

fn big(v: Value) -> BigInt {
    v.as_bigint().expect("int").into_owned()
}

/// The number of ints in range(start, stop, step) (step != 0).
fn length(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    if step.is_positive() {
        if start < stop {
            (stop - start - 1u32) / step + 1u32
        } else {
            BigInt::zero()
        }
    } else if start > stop {
        (start - stop - 1u32) / (-step) + 1u32
    } else {
        BigInt::zero()
    }
}

fn length_value(start: Value, stop: Value, step: Value) -> Value {
    if let (Some(a), Some(b), Some(s)) = (start.as_i64(), stop.as_i64(), step.as_i64()) {
        let (a, b, s) = (a as i128, b as i128, s as i128);
        let n = if s > 0 {
            if a < b {
                (b - a - 1) / s + 1
            } else {
                0
            }
        } else if a > b {
            (a - b - 1) / (-s) + 1
        } else {
            0
        };
        if let Ok(n) = i64::try_from(n) {
            return int_from_i64(n);
        }
    }
    int_from_big(length(&big(start), &big(stop), &big(step)))
}

/// A new range; `len` is computed here.
pub fn make_range(start: Value, stop: Value, step: Value) -> Value {
    new_range(start, stop, step, length_value(start, stop, step))
}

fn range_new(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    new_cls(args, types().range)?;
    if !kw.is_empty() {
        return Err(type_error("range() takes no keyword arguments"));
    }
    let a = &args[1..];
    arity("range", a.len(), 1, 3)?;
    let mut v = Vec::with_capacity(3);
    for &x in a {
        v.push(exact_int(index(ts, x)?));
    }
    let (start, stop, step) = match v.len() {
        1 => (Value::small_int(0), v[0], Value::small_int(1)),
        2 => (v[0], v[1], Value::small_int(1)),
        _ => (v[0], v[1], v[2]),
    };
    if step == Value::small_int(0) {
        return Err(value_error("range() arg 3 must not be zero"));
    }
    Ok(make_range(start, stop, step))
}

fn this(args: &[Value], method: &str) -> PyResult<Gc<RangeObj>> {
    match args.first() {
        Some(&v) => v
            .downcast::<RangeObj>()
            .ok_or_else(|| descr_error(method, "range", v)),
        None => Err(needs_receiver(method, "range")),
    }
}

/// `r[i]` for an in-range i (as an int value).
fn item_at(r: &RangeObj, i: &BigInt) -> Value {
    if let (Some(a), Some(s), Some(i)) = (r.start.as_i64(), r.step.as_i64(), i.to_i64()) {
        if let Some(v) = (i as i128)
            .checked_mul(s as i128)
            .and_then(|p| p.checked_add(a as i128))
        {
            if let Ok(v) = i64::try_from(v) {
                return int_from_i64(v);
            }
        }
    }
    int_from_big(big(r.start) + i * big(r.step))
}

/// One bound of `_PySlice_GetLongIndices`.
fn slice_bound(
    ts: &mut Thread,
    v: Value,
    len: &BigInt,
    lower: &BigInt,
    upper: &BigInt,
    default: &BigInt,
) -> PyResult<BigInt> {
    if v.is_none() {
        return Ok(default.clone());
    }
    let mut i = big(slice_index(ts, v)?);
    if i.is_negative() {
        i += len;
        if &i < lower {
            i = lower.clone();
        }
    } else if &i > upper {
        i = upper.clone();
    }
    Ok(i)
}

fn slice_index(ts: &mut Thread, v: Value) -> PyResult<Value> {
    if !v.is_int() && crate::protocol::dunder::user_dunder(type_of(v), "__index__").is_none() {
        return Err(type_error(
            "slice indices must be integers or None or have an __index__ method",
        ));
    }
    index(ts, v)
}

fn range_slice(ts: &mut Thread, r: &RangeObj, s: &SliceObj) -> PyResult<Value> {
    let len = big(r.len);
    let step = if s.step.is_none() {
        BigInt::one()
    } else {
        big(slice_index(ts, s.step)?)
    };
    if step.is_zero() {
        return Err(value_error("slice step cannot be zero"));
    }
    let (lower, upper) = if step.is_negative() {
        (BigInt::from(-1), &len - 1u32)
    } else {
        (BigInt::zero(), len.clone())
    };
    let (dstart, dstop) = if step.is_negative() {
        (upper.clone(), lower.clone())
    } else {
        (lower.clone(), upper.clone())
    };
    let start = slice_bound(ts, s.start, &len, &lower, &upper, &dstart)?;
    let stop = slice_bound(ts, s.stop, &len, &lower, &upper, &dstop)?;
    let (rs, rstep) = (big(r.start), big(r.step));
    let substart = &rs + &start * &rstep;
    let substop = &rs + &stop * &rstep;
    let substep = &rstep * &step;
    Ok(make_range(
        int_from_big(substart),
        int_from_big(substop),
        int_from_big(substep),
    ))
}

/// `r[key]`: an int index or a slice (giving a range).
pub fn range_getitem(ts: &mut Thread, r: Value, key: Value) -> PyResult<Value> {
    let rg = r.downcast::<RangeObj>().expect("range");
    if let Some(s) = key.downcast::<SliceObj>() {
        return range_slice(ts, &rg, &s);
    }
    if !key.is_int() && crate::protocol::dunder::user_dunder(type_of(key), "__index__").is_none() {
        return Err(type_error(format!(
            "range indices must be integers or slices, not {}",
            type_name(key)
        )));
    }
    let mut i = big(index(ts, key)?);
    let len = big(rg.len);
    if i.is_negative() {
        i += &len;
    }
    if i.is_negative() || i >= len {
        return Err(index_error("range object index out of range"));
    }
    Ok(item_at(&rg, &i))
}

/// The position of int `x` in the range, if it is there.
fn int_position(r: &RangeObj, x: Value) -> Option<BigInt> {
    if let (Some(a), Some(b), Some(s), Some(v)) = (
        r.start.as_i64(),
        r.stop.as_i64(),
        r.step.as_i64(),
        x.as_i64(),
    ) {
        let inside = if s > 0 {
            a <= v && v < b
        } else {
            b < v && v <= a
        };
        let d = v as i128 - a as i128;
        return (inside && d % s as i128 == 0).then(|| BigInt::from(d / s as i128));
    }
    let (a, b, s, v) = (big(r.start), big(r.stop), big(r.step), big(x));
    let inside = if s.is_positive() {
        a <= v && v < b
    } else {
        b < v && v <= a
    };
    if !inside {
        return None;
    }
    let (q, rem) = (&v - &a).div_rem(&s);
    rem.is_zero().then_some(q)
}

/// Whether `x` takes the arithmetic membership test (exact int or bool).
fn arithmetic(x: Value) -> bool {
    x.is_small_int() || x.is_bool() || (x.is_int() && type_of(x) == types().int)
}

/// Iterates the range comparing with `==`: (first position, count).
fn search(
    ts: &mut Thread,
    r: Value,
    x: Value,
    first_only: bool,
) -> PyResult<(Option<usize>, usize)> {
    let it = crate::protocol::iter(ts, r)?;
    let (mut pos, mut n, mut i) = (None, 0, 0);
    while let Some(v) = crate::protocol::next(ts, it)? {
        if eq(ts, v, x)? {
            pos.get_or_insert(i);
            n += 1;
            if first_only {
                break;
            }
        }
        i += 1;
    }
    Ok((pos, n))
}

pub fn range_contains(ts: &mut Thread, r: Value, item: Value) -> PyResult<bool> {
    let rg = r.downcast::<RangeObj>().expect("range");
    if arithmetic(item) {
        return Ok(int_position(&rg, item).is_some());
    }
    Ok(search(ts, r, item, true)?.0.is_some())
}

fn range_index(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let r = this(args, "index")?;
    let x = one_arg("range.index", args, kw)?;
    if arithmetic(x) {
        return match int_position(&r, x) {
            Some(p) => Ok(int_from_big(p)),
            None => Err(value_error(format!(
                "{} is not in range",
                crate::protocol::repr::repr_string(ts, x)?
            ))),
        };
    }
    match search(ts, args[0], x, true)?.0 {
        Some(p) => Ok(int_from_i64(p as i64)),
        None => Err(value_error("sequence.index(x): x not in sequence")),
    }
}

fn range_count(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let r = this(args, "count")?;
    let x = one_arg("range.count", args, kw)?;
    if arithmetic(x) {
        return Ok(Value::small_int(int_position(&r, x).is_some() as i64));
    }
    Ok(int_from_i64(search(ts, args[0], x, false)?.1 as i64))
}

/// Range equality: equal as sequences (same length, first item and step).
pub fn range_eq(a: &RangeObj, b: &RangeObj) -> bool {
    let (la, lb) = (big(a.len), big(b.len));
    if la != lb {
        return false;
    }
    if la.is_zero() {
        return true;
    }
    if big(a.start) != big(b.start) {
        return false;
    }
    la.is_one() || big(a.step) == big(b.step)
}

/// `==`/`!=` between ranges for the comparison protocol; None when either
/// operand is not a range or `op` is an ordering.
pub fn range_richcompare(a: Value, b: Value, op: u32) -> Option<Value> {
    let (x, y) = (a.downcast::<RangeObj>()?, b.downcast::<RangeObj>()?);
    match op {
        EQ => Some(Value::from_bool(range_eq(&x, &y))),
        NE => Some(Value::from_bool(!range_eq(&x, &y))),
        _ => None,
    }
}

/// CPython's range hash: the hash of (len, start, step), with start and
/// step replaced by None where they don't affect the sequence.
pub fn range_hash(ts: &mut Thread, r: &RangeObj) -> PyResult<i64> {
    let len = big(r.len);
    let t = if len.is_zero() {
        vec![r.len, Value::NONE, Value::NONE]
    } else if len.is_one() {
        vec![r.len, r.start, Value::NONE]
    } else {
        vec![r.len, r.start, r.step]
    };
    crate::protocol::hash(ts, crate::objects::tuple::new_tuple(t))
}

/// `reversed(range)`: a range iterator running backwards.
pub fn range_reversed(r: &RangeObj) -> Value {
    let cls = types().range_iterator;
    let (a, s, n) = (big(r.start), big(r.step), big(r.len));
    let first = &a + (&n - 1u32) * &s;
    let stop = &a - &s;
    let step = -&s;
    if n.is_zero() {
        return new_iter(
            cls,
            IterState::Range {
                next: 0,
                stop: 0,
                step: 1,
            },
        );
    }
    match (first.to_i64(), stop.to_i64(), step.to_i64()) {
        (Some(next), Some(stop), Some(step)) if next.checked_add(step).is_some() => {
            new_iter(cls, IterState::Range { next, stop, step })
        }
        _ => new_iter(
            cls,
            IterState::BigRange {
                next: int_from_big(first),
                stop: int_from_big(stop),
                step: int_from_big(step),
            },
        ),
    }
}

fn dunder_getitem(ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    this(args, "__getitem__")?;
    let key = wrapper_arg(args)?;
    range_getitem(ts, args[0], key)
}

fn dunder_contains(ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    this(args, "__contains__")?;
    let x = wrapper_arg(args)?;
    Ok(Value::from_bool(range_contains(ts, args[0], x)?))
}

fn dunder_len(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    this(args, "__len__")?;
    noargs("range.__len__", args, kw)?;
    Ok(int_from_i64(
        crate::protocol::container::len(ts, args[0])? as i64
    ))
}

fn dunder_iter(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    this(args, "__iter__")?;
    noargs("range.__iter__", args, kw)?;
    crate::protocol::iter(ts, args[0])
}

fn dunder_reversed(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let r = this(args, "__reversed__")?;
    noargs("range.__reversed__", args, kw)?;
    Ok(range_reversed(&r))
}

fn compare(args: &[Value], name: &str, op: u32) -> PyResult<Value> {
    this(args, name)?;
    let other = wrapper_arg(args)?;
    Ok(range_richcompare(args[0], other, op).unwrap_or(Value::NOT_IMPLEMENTED))
}

fn dunder_eq(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    compare(args, "__eq__", EQ)
}

fn dunder_ne(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    compare(args, "__ne__", NE)
}

fn dunder_hash(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let r = this(args, "__hash__")?;
    noargs("range.__hash__", args, kw)?;
    Ok(int_from_i64(range_hash(ts, &r)?))
}

fn dunder_bool(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let r = this(args, "__bool__")?;
    noargs("range.__bool__", args, kw)?;
    Ok(Value::from_bool(r.len != Value::small_int(0)))
}

fn dunder_repr(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    this(args, "__repr__")?;
    noargs("range.__repr__", args, kw)?;
    Ok(new_str(crate::protocol::repr::repr_string(ts, args[0])?))
}
