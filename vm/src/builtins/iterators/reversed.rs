//! `reversed(seq)`: `__reversed__`, the builtin sequences and mappings,
//! or the sequence protocol (`__len__` + `__getitem__`).

use crate::builtins::lists::arity::{arity, new_cls};
use crate::builtins::{add_bound, Bind};
use crate::object::{Gc, Kind};
use crate::objects::builtin_fn::KwArgs;
use crate::objects::dict::DictObj;
use crate::objects::iter::{new_iter, IterState};
use crate::objects::list::ListObj;
use crate::objects::range::RangeObj;
use crate::objects::typeobj::TypeObj;
use crate::protocol::dunder::{call_user_dunder, user_dunder};
use crate::runtime::errors::type_error;
use crate::runtime::thread::Thread;
use crate::runtime::types::{type_name, type_of, types};
use crate::runtime::PyResult;
use crate::value::Value;

pub fn register() {
    let t = types();
    let _ = t.reversed.native_new.set(reversed_new);
    add_bound(t.reversed, Bind::Static, &[("__new__", reversed_new)]);
}

fn not_reversible(v: Value) -> crate::runtime::PyErr {
    type_error(format!("'{}' object is not reversible", type_name(v)))
}

/// `reversed(seq)` building a `cls` iterator for the sequence protocol.
pub fn reversed_of(ts: &mut Thread, cls: Gc<TypeObj>, seq: Value) -> PyResult<Value> {
    let ty = type_of(seq);
    if let Some(f) = user_dunder(ty, "__reversed__") {
        if f.is_none() {
            return Err(not_reversible(seq));
        }
        return Ok(call_user_dunder(ts, seq, "__reversed__", &[])?.expect("defined"));
    }
    match seq.kind() {
        Some(Kind::List) => {
            let n = seq.downcast::<ListObj>().expect("list").len();
            return Ok(new_iter(
                types().list_reverseiterator,
                IterState::Reversed { seq, idx: n },
            ));
        }
        Some(Kind::Range) => {
            return Ok(crate::builtins::range::range_reversed(
                &seq.downcast::<RangeObj>().expect("range"),
            ));
        }
        Some(Kind::Dict) => {
            return Ok(crate::builtins::dicts::dict_reversed(
                &seq.downcast::<DictObj>().expect("dict"),
                0,
            ));
        }
        Some(Kind::Native) => {
            if let Some(view) = seq.as_native::<crate::builtins::dict_views::DictView>() {
                let d = view.dict.downcast::<DictObj>().expect("dict");
                return Ok(crate::builtins::dict_views::view_reversed(&d, view.kind));
            }
        }
        Some(Kind::Tuple | Kind::Str | Kind::Bytes | Kind::ByteArray) => {}
        _ => {}
    }
    let builtin_seq = matches!(
        seq.kind(),
        Some(Kind::Tuple | Kind::Str | Kind::Bytes | Kind::ByteArray)
    );
    if !builtin_seq && user_dunder(ty, "__getitem__").is_none() {
        return Err(not_reversible(seq));
    }
    let n = crate::protocol::container::len(ts, seq)?;
    Ok(new_iter(cls, IterState::Reversed { seq, idx: n }))
}

fn reversed_new(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let cls = new_cls(args, types().reversed)?;
    if !kw.is_empty() && cls == types().reversed {
        return Err(type_error("reversed() takes no keyword arguments"));
    }
    arity("reversed", args.len() - 1, 1, 1)?;
    reversed_of(ts, cls, args[1])
}
