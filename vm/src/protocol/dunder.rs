//! Finding and calling dunder methods defined in Python classes.

use crate::object::Gc;
use crate::objects::typeobj::{TypeObj, TF_HEAPTYPE};
use crate::protocol::call::call;
use crate::protocol::dict::dict_get_str;
use crate::runtime::intern::intern_static;
use crate::runtime::thread::Thread;
use crate::runtime::types::type_of;
use crate::runtime::PyResult;
use crate::value::Value;
use std::cell::Cell;
use std::sync::atomic::Ordering;

/// A per-thread cache of type attribute lookups, as CPython's method cache:
/// (type address, name, type version) → result. A type's version changes on
/// every mutation of it or its bases, and versions are never reused, so an
/// entry of a freed type whose address is reused can never match.
#[derive(Clone, Copy)]
struct CacheEntry {
    ty: u64,
    name: u64,
    version: u32,
    /// Result bits; NULL (0) caches "not found".
    value: u64,
}

const CACHE_SIZE: usize = 4096;

thread_local! {
    static LOOKUP_CACHE: [Cell<CacheEntry>; CACHE_SIZE] =
        const { [const { Cell::new(CacheEntry { ty: 0, name: 0, version: 0, value: 0 }) }; CACHE_SIZE] };
}

/// Cached `find(ty, name)`; `tag` separates lookup kinds sharing the cache.
#[inline]
fn cached(
    ty: Gc<TypeObj>,
    name: Value,
    tag: u64,
    find: impl FnOnce() -> Option<Value>,
) -> Option<Value> {
    let version = ty.version.load(Ordering::Acquire);
    if version == 0 {
        return find();
    }
    let t = ty.as_ptr() as u64;
    let key = name.bits() | tag;
    let idx = ((t >> 4) ^ (key >> 3) ^ (key >> 13)) as usize & (CACHE_SIZE - 1);
    LOOKUP_CACHE.with(|c| {
        let e = c[idx].get();
        if e.ty == t && e.name == key && e.version == version {
            return Value::from_bits(e.value).is_ptr_or_immediate();
        }
        let r = find();
        c[idx].set(CacheEntry {
            ty: t,
            name: key,
            version,
            value: r.map_or(0, |v| v.bits()),
        });
        r
    })
}

impl Value {
    /// `Some(self)` unless NULL (cache encoding of "absent").
    #[inline]
    fn is_ptr_or_immediate(self) -> Option<Value> {
        (!self.is_null()).then_some(self)
    }
}

/// Looks `name` up along `ty`'s MRO (any class, builtin or not).
pub fn type_lookup(ty: Gc<TypeObj>, name: Value) -> Option<Value> {
    cached(ty, name, 0, || {
        for &t in ty.mro_slice() {
            let t = t.as_type().expect("mro holds types");
            if let Some(v) = dict_get_str(t.dict, name) {
                return Some(v);
            }
        }
        None
    })
}

/// A dunder defined by a Python class in `ty`'s MRO (builtin types are
/// skipped: their behaviour is the native fast path).
pub fn user_dunder(ty: Gc<TypeObj>, name: &'static str) -> Option<Value> {
    if !ty.has_flag(TF_HEAPTYPE) {
        return None;
    }
    let key = intern_static(name);
    cached(ty, key, 1, || {
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
    })
}

/// Calls `obj.name(*args)` for a Python-defined dunder; None if undefined.
pub fn call_user_dunder(
    ts: &mut Thread,
    obj: Value,
    name: &'static str,
    args: &[Value],
) -> PyResult<Option<Value>> {
    let Some(f) = user_dunder(type_of(obj), name) else {
        return Ok(None);
    };
    let f = crate::protocol::attr::bind_descriptor(ts, f, obj, type_of(obj).value())?;
    call(ts, f, args, &[]).map(Some)
}
