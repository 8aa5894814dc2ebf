//! Iteration: `iter(v)` and `next(it)` (None when exhausted).

use crate::object::Kind;
use crate::objects::bytes::ByteArrayObj;
use crate::objects::dict::DictObj;
use crate::objects::generator::GeneratorObj;
use crate::objects::int::int_from_i64;
use crate::objects::iter::{new_iter, IterObj, IterState};
use crate::objects::list::ListObj;
use crate::objects::range::RangeObj;
use crate::objects::set::SetObj;
use crate::objects::str::StrObj;
use crate::objects::tuple::new_tuple;
use crate::protocol::call::call;
use crate::protocol::dunder::{call_user_dunder, user_dunder};
use crate::runtime::errors::{runtime_error, type_error};
use crate::runtime::thread::Thread;
use crate::runtime::types::{type_name, type_of, types};
use crate::runtime::PyResult;
use crate::value::Value;

pub fn iter(ts: &mut Thread, v: Value) -> PyResult<Value> {
    let t = types();
    if user_dunder(type_of(v), "__iter__").is_some() {
        let it = call_user_dunder(ts, v, "__iter__", &[])?.expect("defined");
        if !is_iterator(it) {
            return Err(type_error(format!(
                "iter() returned non-iterator of type '{}'",
                type_name(it)
            )));
        }
        return Ok(it);
    }
    let seq = |cls| Ok(new_iter(cls, IterState::Seq { seq: v, idx: 0 }));
    match v.kind() {
        Some(Kind::List) => seq(t.list_iterator),
        Some(Kind::Tuple) => seq(t.tuple_iterator),
        Some(Kind::Str) => seq(t.str_iterator),
        Some(Kind::Bytes) | Some(Kind::ByteArray) => seq(t.bytes_iterator),
        Some(Kind::Dict) => Ok(dict_iter(v, 0)),
        Some(Kind::Set) => {
            let len = v.downcast::<SetObj>().expect("set").table.lock().raw_len();
            Ok(new_iter(
                t.set_iterator,
                IterState::Set {
                    set: v,
                    pos: 0,
                    len,
                },
            ))
        }
        Some(Kind::Range) => {
            let r = v.downcast::<RangeObj>().expect("range");
            match (r.start.as_i64(), r.stop.as_i64(), r.step.as_i64()) {
                (Some(start), Some(stop), Some(step)) => Ok(new_iter(
                    t.range_iterator,
                    IterState::Range {
                        next: start,
                        stop,
                        step,
                    },
                )),
                _ => Ok(new_iter(
                    t.range_iterator,
                    IterState::BigRange {
                        next: r.start,
                        stop: r.stop,
                        step: r.step,
                    },
                )),
            }
        }
        Some(Kind::Iter) => Ok(v),
        Some(Kind::Generator) if type_of(v) == t.generator => Ok(v),
        Some(Kind::Native) if crate::builtins::iterators::awaitables::is_native_awaitable(v) => {
            Ok(v)
        }
        Some(Kind::Native) => match crate::builtins::dict_views::view_iter(v) {
            Some(it) => Ok(it),
            None => not_iterable(ts, v),
        },
        _ => not_iterable(ts, v),
    }
}

fn not_iterable(_ts: &mut Thread, v: Value) -> PyResult<Value> {
    if user_dunder(type_of(v), "__getitem__").is_some() {
        return Ok(new_iter(
            types().seq_iterator,
            IterState::Seq { seq: v, idx: 0 },
        ));
    }
    if user_dunder(type_of(v), "__next__").is_some() {
        return Err(type_error(format!(
            "'{}' object is not iterable",
            type_name(v)
        )));
    }
    Err(type_error(format!(
        "'{}' object is not iterable",
        type_name(v)
    )))
}

/// An iterator over a dict's keys (0), values (1) or items (2).
pub fn dict_iter(d: Value, kind: u8) -> Value {
    let t = types();
    let cls = [
        t.dict_keyiterator,
        t.dict_valueiterator,
        t.dict_itemiterator,
    ][kind as usize];
    let len = d.downcast::<DictObj>().expect("dict").table.lock().len();
    new_iter(
        cls,
        IterState::Dict {
            dict: d,
            pos: 0,
            kind,
            len,
        },
    )
}

/// Whether `iter(v)` can succeed (without calling it).
pub fn is_iterable(v: Value) -> bool {
    matches!(
        v.kind(),
        Some(
            Kind::List
                | Kind::Tuple
                | Kind::Str
                | Kind::Bytes
                | Kind::ByteArray
                | Kind::Dict
                | Kind::Set
                | Kind::Range
                | Kind::Iter
        )
    ) || type_of(v) == types().generator
        || user_dunder(type_of(v), "__iter__").is_some()
        || user_dunder(type_of(v), "__getitem__").is_some()
        || crate::builtins::dict_views::view_len(v).is_some()
}

pub fn is_iterator(v: Value) -> bool {
    v.kind() == Some(Kind::Iter)
        || type_of(v) == types().generator
        || crate::builtins::iterators::awaitables::is_native_awaitable(v)
        || user_dunder(type_of(v), "__next__").is_some()
}

/// Advances `it`; Ok(None) when exhausted.
pub fn next(ts: &mut Thread, it: Value) -> PyResult<Option<Value>> {
    if let Some(io) = it.downcast::<IterObj>() {
        return iter_next(ts, io.get());
    }
    if it.is::<GeneratorObj>() {
        return crate::eval::generator::gen_next(ts, it);
    }
    if let Some(r) = crate::builtins::iterators::awaitables::native_send(ts, it, Value::NONE) {
        return match r {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.matches(types().stop_iteration) => Ok(None),
            Err(e) => Err(e),
        };
    }
    if user_dunder(type_of(it), "__next__").is_some() {
        return match call_user_dunder(ts, it, "__next__", &[]) {
            Ok(v) => Ok(v),
            Err(e) if e.matches(types().stop_iteration) => Ok(None),
            Err(e) => Err(e),
        };
    }
    Err(type_error(format!(
        "'{}' object is not an iterator",
        type_name(it)
    )))
}

fn iter_next(ts: &mut Thread, io: &IterObj) -> PyResult<Option<Value>> {
    let mut st = io.state.lock();
    match &mut *st {
        IterState::Range { next, stop, step } => {
            let cur = *next;
            if (*step > 0 && cur < *stop) || (*step < 0 && cur > *stop) {
                // Past i64 the range is over: park `next` on `stop`.
                *next = cur.checked_add(*step).unwrap_or(*stop);
                return Ok(Some(int_from_i64(cur)));
            }
            Ok(None)
        }
        IterState::Seq { seq, idx } => {
            let (seq, i) = (*seq, *idx);
            let item = match seq.kind() {
                Some(Kind::List) => seq.downcast::<ListObj>().expect("list").item(i),
                Some(Kind::Tuple) => seq.as_tuple().expect("tuple").get(i).copied(),
                Some(Kind::Str) => {
                    let s = seq.downcast::<StrObj>().expect("str");
                    if s.is_ascii() {
                        s.as_str()
                            .as_bytes()
                            .get(i)
                            .map(|&b| crate::builtins::strings::char_str(b as char))
                    } else {
                        // Non-ASCII: `idx` holds a byte offset.
                        s.get().as_str()[i..].chars().next().map(|c| {
                            *idx += c.len_utf8() - 1;
                            crate::builtins::strings::char_str(c)
                        })
                    }
                }
                Some(Kind::Bytes) => seq
                    .as_bytes()
                    .expect("bytes")
                    .get(i)
                    .map(|&b| Value::small_int(b as i64)),
                Some(Kind::ByteArray) => seq
                    .downcast::<ByteArrayObj>()
                    .expect("bytearray")
                    .data
                    .lock()
                    .get(i)
                    .map(|&b| Value::small_int(b as i64)),
                _ => {
                    drop(st);
                    return match crate::protocol::container::getitem(
                        ts,
                        seq,
                        int_from_i64(i as i64),
                    ) {
                        Ok(v) => {
                            if let IterState::Seq { idx, .. } = &mut *io.state.lock() {
                                *idx += 1;
                            }
                            Ok(Some(v))
                        }
                        Err(e)
                            if e.matches(types().index_error)
                                || e.matches(types().stop_iteration) =>
                        {
                            *io.state.lock() = IterState::Exhausted;
                            Ok(None)
                        }
                        Err(e) => Err(e),
                    };
                }
            };
            match item {
                Some(v) => {
                    if let IterState::Seq { idx, .. } = &mut *st {
                        *idx += 1;
                    }
                    Ok(Some(v))
                }
                None => {
                    *st = IterState::Exhausted;
                    Ok(None)
                }
            }
        }
        IterState::Reversed { seq, idx } => {
            if *idx == 0 {
                return Ok(None);
            }
            *idx -= 1;
            let (seq, i) = (*seq, *idx);
            drop(st);
            match seq.kind() {
                Some(Kind::List) => Ok(seq.downcast::<ListObj>().expect("list").item(i)),
                _ => match crate::protocol::container::getitem(ts, seq, int_from_i64(i as i64)) {
                    Ok(v) => Ok(Some(v)),
                    Err(e)
                        if e.matches(types().index_error) || e.matches(types().stop_iteration) =>
                    {
                        *io.state.lock() = IterState::Exhausted;
                        Ok(None)
                    }
                    Err(e) => Err(e),
                },
            }
        }
        IterState::Dict {
            dict,
            pos,
            kind,
            len,
        } => {
            let d = dict.downcast::<DictObj>().expect("dict");
            let t = d.table.lock();
            if t.len() != *len {
                *len = usize::MAX;
                return Err(runtime_error("dictionary changed size during iteration"));
            }
            match t.next_from(*pos) {
                Some((i, e)) => {
                    *pos = i + 1;
                    Ok(Some(match kind {
                        0 => e.key,
                        1 => e.value,
                        _ => new_tuple([e.key, e.value]),
                    }))
                }
                None => {
                    *pos = t.raw_len();
                    Ok(None)
                }
            }
        }
        IterState::Set { set, pos, len } => {
            let s = set.downcast::<SetObj>().expect("set");
            let t = s.table.lock();
            if t.raw_len() < *len && *pos < *len {
                return Err(runtime_error("Set changed size during iteration"));
            }
            match t.next_from(*pos) {
                Some((i, e)) => {
                    *pos = i + 1;
                    Ok(Some(e.key))
                }
                None => Ok(None),
            }
        }
        IterState::BigRange { next, stop, step } => {
            let (n, s, st_) = (*next, *stop, *step);
            let up = st_
                .as_bigint()
                .is_some_and(|b| b.sign() == num_bigint::Sign::Plus);
            let more = crate::protocol::compare::num_cmp(n, s).flatten()
                == Some(if up {
                    std::cmp::Ordering::Less
                } else {
                    std::cmp::Ordering::Greater
                });
            if !more {
                return Ok(None);
            }
            *next = crate::objects::int::int_from_big(
                &*n.as_bigint().expect("int") + &*st_.as_bigint().expect("int"),
            );
            Ok(Some(n))
        }
        IterState::Enumerate { it, count } => {
            let (inner, c) = (*it, *count);
            drop(st);
            match next(ts, inner)? {
                Some(v) => {
                    let nc = crate::protocol::number::add_ints(c, Value::small_int(1));
                    if let IterState::Enumerate { count, .. } = &mut *io.state.lock() {
                        *count = nc;
                    }
                    Ok(Some(new_tuple([c, v])))
                }
                None => Ok(None),
            }
        }
        IterState::Zip { its, strict } => {
            let (its, strict) = (its.clone(), *strict);
            drop(st);
            let mut out = Vec::with_capacity(its.len());
            for (k, &i) in its.iter().enumerate() {
                match next(ts, i)? {
                    Some(v) => out.push(v),
                    None => {
                        if strict && (k > 0 || its[1..].iter().any(|_| true)) {
                            return crate::builtins::iterators::zip_strict_error(ts, &its, k);
                        }
                        *io.state.lock() = IterState::Exhausted;
                        return Ok(None);
                    }
                }
            }
            if its.is_empty() {
                return Ok(None);
            }
            Ok(Some(new_tuple(out)))
        }
        IterState::Map { func, its } => {
            let (f, its) = (*func, its.clone());
            drop(st);
            let mut args = Vec::with_capacity(its.len());
            for &i in &its {
                match next(ts, i)? {
                    Some(v) => args.push(v),
                    None => return Ok(None),
                }
            }
            call(ts, f, &args, &[]).map(Some)
        }
        IterState::Filter { func, it } => {
            let (f, inner) = (*func, *it);
            drop(st);
            while let Some(v) = next(ts, inner)? {
                let keep = if f.is_none() {
                    crate::protocol::truthy(ts, v)?
                } else {
                    let r = call(ts, f, &[v], &[])?;
                    crate::protocol::truthy(ts, r)?
                };
                if keep {
                    return Ok(Some(v));
                }
            }
            Ok(None)
        }
        IterState::Callable { func, sentinel } => {
            let (f, s) = (*func, *sentinel);
            drop(st);
            let v = call(ts, f, &[], &[])?;
            if crate::protocol::eq(ts, v, s)? {
                *io.state.lock() = IterState::Exhausted;
                return Ok(None);
            }
            Ok(Some(v))
        }
        IterState::Exhausted => Ok(None),
    }
}

/// Drains an iterable into a Vec (kept rooted while Python code runs).
pub fn collect(ts: &mut Thread, iterable: Value) -> PyResult<Vec<Value>> {
    match iterable.kind() {
        Some(Kind::List) if !type_of(iterable).has_flag(crate::objects::typeobj::TF_HEAPTYPE) => {
            return Ok(iterable.downcast::<ListObj>().expect("list").snapshot())
        }
        Some(Kind::Tuple) if !type_of(iterable).has_flag(crate::objects::typeobj::TF_HEAPTYPE) => {
            return Ok(iterable.as_tuple().expect("tuple").to_vec())
        }
        _ => {}
    }
    let it = iter(ts, iterable)?;
    // Accumulate in a list object so the items stay reachable.
    let acc = crate::objects::list::new_list_gc(Vec::new());
    while let Some(v) = next(ts, it)? {
        acc.push(v);
    }
    let out = acc.snapshot();
    Ok(out)
}

pub fn set_contains(ts: &mut Thread, set: Value, item: Value) -> PyResult<bool> {
    let s = set.downcast::<SetObj>().expect("set");
    match crate::protocol::set::set_contains_gc(ts, s, item) {
        Err(e) if e.matches(types().type_error) && item.is::<SetObj>() => {
            // A set looks up as the equal frozenset, as CPython does.
            let items = crate::protocol::set::set_items(item.downcast::<SetObj>().expect("set"));
            let fs = crate::builtins::sets::frozenset_from(ts, &items)?;
            crate::protocol::set::set_contains_gc(ts, s, fs)
        }
        r => r,
    }
}

/// `next(it)` for `SEND`: Ok(Ok(v)) for a value, Ok(Err(ret)) when the
/// iterator finished with return value `ret` (StopIteration.value).
pub fn iter_next_with_value(ts: &mut Thread, it: Value) -> PyResult<Result<Value, Value>> {
    if it.downcast::<IterObj>().is_some() {
        return Ok(match next(ts, it)? {
            Some(v) => Ok(v),
            None => Err(Value::NONE),
        });
    }
    match call_user_dunder(ts, it, "__next__", &[]) {
        Ok(Some(v)) => Ok(Ok(v)),
        Ok(None) => Err(type_error(format!(
            "'{}' object is not an iterator",
            type_name(it)
        ))),
        Err(e) if e.matches(types().stop_iteration) => Ok(Err(e
            .0
            .args
            .get()
            .as_tuple()
            .and_then(|a| a.first().copied())
            .unwrap_or(Value::NONE))),
        Err(e) => Err(e),
    }
}

/// What `FOR_ITER_RANGE` / `_LIST` / `_TUPLE` step.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum FastIter {
    Range,
    List,
    Tuple,
}

impl FastIter {
    /// The specializable kind of iterator `it`, if any.
    pub fn of(it: Value) -> Option<FastIter> {
        let io = it.downcast::<IterObj>()?;
        let st = io.state.lock();
        match &*st {
            IterState::Range { .. } => Some(FastIter::Range),
            IterState::Seq { seq, .. } => match seq.kind() {
                Some(Kind::List) => Some(FastIter::List),
                Some(Kind::Tuple) => Some(FastIter::Tuple),
                _ => None,
            },
            _ => None,
        }
    }
}

/// One step of a range, list or tuple iterator without the generic
/// protocol: `None` when `it` is not that kind of iterator (a guard miss,
/// nothing changed), else the item or exhaustion.
#[inline]
pub fn next_fast(it: Value, kind: FastIter) -> Option<Option<Value>> {
    let io = it.downcast::<IterObj>()?;
    let mut st = io.state.lock();
    match (&mut *st, kind) {
        (IterState::Range { next, stop, step }, FastIter::Range) => {
            let cur = *next;
            if (*step > 0 && cur < *stop) || (*step < 0 && cur > *stop) {
                *next = cur.checked_add(*step).unwrap_or(*stop);
                return Some(Some(int_from_i64(cur)));
            }
            Some(None)
        }
        (IterState::Seq { seq, idx }, FastIter::List | FastIter::Tuple) => {
            let item = match (seq.kind(), kind) {
                (Some(Kind::List), FastIter::List) => {
                    seq.downcast::<ListObj>().expect("list").item(*idx)
                }
                (Some(Kind::Tuple), FastIter::Tuple) => {
                    seq.as_tuple().expect("tuple").get(*idx).copied()
                }
                _ => return None,
            };
            match item {
                Some(v) => {
                    *idx += 1;
                    Some(Some(v))
                }
                None => {
                    *st = IterState::Exhausted;
                    Some(None)
                }
            }
        }
        _ => None,
    }
}
