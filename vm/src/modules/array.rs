//! `array`: compact arrays of numbers or characters (CPython's
//! `Modules/arraymodule.c`).
//!
//! Layout: an `array.array` is a native payload `ArrayData { tc, data }`
//! whose `data` holds the items as native (little-endian) bytes,
//! `itemsize(tc)` bytes each, behind a per-object mutex. Every single
//! operation takes the lock once; values are converted (which may run
//! Python `__index__`/`__float__`) before the lock is taken and never
//! while it is held. Its protocols are native dunder methods on a
//! dunder-dispatched type (`builtins::new_dunder_type`).

mod codec;
mod convert;
mod dunders;
mod iter;
mod methods;
mod slicing;

use crate::atomics::obj_lock::Mutex;
use crate::object::Gc;
use crate::objects::builtin_fn::KwArgs;
use crate::objects::native::{new_native, NativeData};
use crate::objects::typeobj::TypeObj;
use crate::protocol::dict::dict_set_str;
use crate::runtime::errors::{type_error, value_error};
use crate::runtime::intern::intern;
use crate::runtime::thread::Thread;
use crate::runtime::types::type_name;
use crate::runtime::PyResult;
use crate::value::Value;
use codec::itemsize;
use std::sync::OnceLock;

static ARRAY_TYPE: OnceLock<Gc<TypeObj>> = OnceLock::new();
static ITER_TYPE: OnceLock<Gc<TypeObj>> = OnceLock::new();

pub struct ArrayData {
    tc: u8,
    data: Mutex<Vec<u8>>,
}

impl NativeData for ArrayData {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

impl ArrayData {
    fn isz(&self) -> usize {
        itemsize(self.tc)
    }
    /// The number of items.
    fn len(&self) -> usize {
        self.data.lock().len() / self.isz()
    }
    /// All items as Python values (a snapshot).
    fn values(&self) -> Vec<Value> {
        let isz = self.isz();
        let bytes = self.data.lock().clone();
        bytes
            .chunks_exact(isz)
            .map(|c| codec::from_item(self.tc, c))
            .collect()
    }
    /// Item bytes of `v`, converted for this array's typecode.
    fn convert(&self, ts: &mut Thread, v: Value) -> PyResult<Vec<u8>> {
        Ok(codec::to_item(ts, self.tc, v)?[..self.isz()].to_vec())
    }
}

/// The raw bytes of an `array.array` (for struct's buffer arguments).
pub fn array_bytes(v: Value) -> Option<Vec<u8>> {
    v.as_native::<ArrayData>().map(|a| a.data.lock().clone())
}

/// The byte length of an `array.array`'s buffer.
pub fn array_byte_len(v: Value) -> Option<usize> {
    v.as_native::<ArrayData>().map(|a| a.data.lock().len())
}

/// Writes `bytes` at byte offset `off` of an array (if it still fits).
pub fn array_write(v: Value, off: usize, bytes: &[u8]) {
    if let Some(a) = v.as_native::<ArrayData>() {
        let mut data = a.data.lock();
        if data.len() >= off + bytes.len() {
            data[off..off + bytes.len()].copy_from_slice(bytes);
        }
    }
}

pub fn create(_ts: &mut Thread) -> PyResult<Value> {
    let (m, d) = crate::runtime::import::new_registered_module("array", None);
    let ty = array_type();
    dict_set_str(d, intern("array"), ty.value());
    dict_set_str(d, intern("ArrayType"), ty.value());
    dict_set_str(
        d,
        intern("typecodes"),
        crate::objects::str::new_str(codec::TYPECODES),
    );
    Ok(m.value())
}

fn array_type() -> Gc<TypeObj> {
    *ARRAY_TYPE.get_or_init(|| {
        let mut defs = methods::METHODS.to_vec();
        defs.extend_from_slice(dunders::DUNDERS);
        let ty = crate::builtins::new_dunder_type("array", "array", &defs);
        crate::builtins::add_getters(
            ty,
            &[
                ("typecode", methods::typecode),
                ("itemsize", methods::itemsize_attr),
            ],
        );
        dict_set_str(ty.dict, intern("__hash__"), Value::NONE);
        let _ = ty.native_new.set(array_new);
        crate::builtins::add_bound(ty, crate::builtins::Bind::Static, &[("__new__", array_new)]);
        ty.flags.fetch_or(
            crate::objects::typeobj::TF_BASETYPE,
            std::sync::atomic::Ordering::Relaxed,
        );
        ty
    })
}

fn iter_type() -> Gc<TypeObj> {
    *ITER_TYPE.get_or_init(|| {
        crate::builtins::new_dunder_type("arrayiterator", "array", iter::ITER_DUNDERS)
    })
}

/// A new array of typecode `tc` holding `data`.
fn new_array(tc: u8, data: Vec<u8>) -> Value {
    crate::heap::note_external(data.len());
    new_native(
        array_type(),
        ArrayData {
            tc,
            data: Mutex::new(data),
        },
    )
}

/// The array behind `v` (the receiver of a method).
fn this(v: Value) -> PyResult<&'static ArrayData> {
    v.as_native::<ArrayData>().ok_or_else(|| {
        type_error(format!(
            "descriptor requires a 'array.array' object but received '{}'",
            type_name(v)
        ))
    })
}

fn array_new(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(type_error("array.array() takes no keyword arguments"));
    }
    let a = &args[1..];
    if a.is_empty() {
        return Err(type_error("array() takes at least 1 argument (0 given)"));
    }
    if a.len() > 2 {
        return Err(type_error(format!(
            "array() takes at most 2 arguments ({} given)",
            a.len()
        )));
    }
    let tc = match a[0].as_str() {
        Some(s) if s.chars().count() == 1 => s.chars().next().expect("one"),
        _ => {
            return Err(type_error(format!(
                "array() argument 1 must be a unicode character, not {}",
                type_name(a[0])
            )))
        }
    };
    if !codec::TYPECODES.contains(tc) {
        return Err(value_error(
            "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)",
        ));
    }
    let tc = tc as u8;
    let cls = args[0].as_type().unwrap_or_else(array_type);
    let arr = new_native(
        cls,
        ArrayData {
            tc,
            data: Mutex::new(Vec::new()),
        },
    );
    let Some(&init) = a.get(1) else {
        return Ok(arr);
    };
    let me = this(arr)?;
    if init.as_str().is_some() {
        if tc != b'u' {
            return Err(type_error(format!(
                "cannot use a str to initialize an array with typecode '{}'",
                tc as char
            )));
        }
        methods::extend_unicode(me, init)?;
    } else if init.as_bytes().is_some() || init.is::<crate::objects::bytes::ByteArrayObj>() {
        methods::from_bytes(me, init)?;
    } else if let Some(other) = init.as_native::<ArrayData>() {
        if other.tc == b'u' && tc != b'u' {
            return Err(type_error(format!(
                "cannot use a unicode array to initialize an array with typecode '{}'",
                tc as char
            )));
        }
        methods::extend_values(ts, me, &other.values())?;
    } else {
        let items = crate::protocol::iter::collect(ts, init)?;
        methods::extend_values(ts, me, &items)?;
    }
    Ok(arr)
}
