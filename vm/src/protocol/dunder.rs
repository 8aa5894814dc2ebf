//! Finding and calling dunder methods defined in Python classes.

use crate::object::Gc;
use crate::objects::typeobj::{TypeObj, TF_HEAPTYPE};
use crate::protocol::call::call;
use crate::protocol::dict::dict_get_str;
use crate::runtime::intern::intern;
use crate::runtime::thread::Thread;
use crate::runtime::types::type_of;
use crate::runtime::PyResult;
use crate::value::Value;

/// Looks `name` up along `ty`'s MRO (any class, builtin or not).
pub fn type_lookup(ty: Gc<TypeObj>, name: Value) -> Option<Value> {
    for &t in ty.mro_slice() {
        let t = t.as_type().expect("mro holds types");
        if let Some(v) = dict_get_str(t.dict, name) {
            return Some(v);
        }
    }
    None
}

/// A dunder defined by a Python class in `ty`'s MRO (builtin types are
/// skipped: their behaviour is the native fast path).
pub fn user_dunder(ty: Gc<TypeObj>, name: &str) -> Option<Value> {
    if !ty.has_flag(TF_HEAPTYPE) {
        return None;
    }
    let key = intern(name);
    for &t in ty.mro_slice() {
        let t = t.as_type().expect("mro holds types");
        if !t.has_flag(TF_HEAPTYPE) {
            continue;
        }
        if let Some(v) = dict_get_str(t.dict, key) {
            return Some(v);
        }
    }
    None
}

/// Calls `obj.name(*args)` for a Python-defined dunder; None if undefined.
pub fn call_user_dunder(
    ts: &mut Thread,
    obj: Value,
    name: &str,
    args: &[Value],
) -> PyResult<Option<Value>> {
    let Some(f) = user_dunder(type_of(obj), name) else {
        return Ok(None);
    };
    let f = crate::protocol::attr::bind_descriptor(ts, f, obj, type_of(obj).value())?;
    call(ts, f, args, &[]).map(Some)
}
