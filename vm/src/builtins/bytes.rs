//! `bytes` and `bytearray`: constructors, methods, and the helpers the
//! object protocols can call for them (`setitem`, `delitem`, `contains`,
//! `binary_op`, `compare`, `getitem`).
//!
//! Methods shared by both types are generic over `const BA: bool` (true for
//! bytearray) so each type's descriptors report their own type name.

mod constructor;
mod dunder;
mod methods_case;
mod methods_misc;
mod methods_pad;
mod methods_search;
mod methods_split;
mod mutate;

use super::add_methods;
use crate::object::Gc;
use crate::objects::builtin_fn::NativeFn;
use crate::objects::bytes::{new_bytearray, new_bytes, ByteArrayObj};
use crate::objects::typeobj::TypeObj;
use crate::runtime::errors::type_error;
use crate::runtime::types::{type_name, types};
use crate::runtime::PyResult;
use crate::value::Value;
use std::borrow::Cow;

pub use dunder::{binary_op, compare, contains, getitem};
pub use mutate::{delitem, setitem};

pub fn register() {
    let t = types();
    let _ = t.bytes.native_new.set(constructor::bytes_new);
    let _ = t.bytearray.native_new.set(constructor::bytearray_new);
    register_common::<false>(t.bytes);
    register_common::<true>(t.bytearray);
    add_methods(t.bytes, dunder::BYTES_ONLY);
    add_methods(t.bytearray, mutate::METHODS);
    super::add_bound(
        t.bytes,
        super::Bind::Static,
        &[("__new__", constructor::bytes_new)],
    );
    super::add_bound(
        t.bytearray,
        super::Bind::Static,
        &[("__new__", constructor::bytearray_new)],
    );
    crate::protocol::dict::dict_set_str(
        t.bytearray.dict,
        crate::runtime::intern::intern("__hash__"),
        Value::NONE,
    );
}

fn register_common<const BA: bool>(ty: Gc<TypeObj>) {
    for table in [
        methods_case::methods::<BA>(),
        methods_search::methods::<BA>(),
        methods_misc::methods::<BA>(),
        methods_split::methods::<BA>(),
        methods_pad::methods::<BA>(),
        dunder::methods::<BA>(),
    ] {
        add_methods(ty, &table);
    }
    super::add_bound(
        ty,
        super::Bind::Class,
        &[("fromhex", constructor::fromhex::<BA> as NativeFn)],
    );
    super::add_bound(
        ty,
        super::Bind::Static,
        &[("maketrans", methods_misc::maketrans as NativeFn)],
    );
}

/// `"bytes"` or `"bytearray"`.
#[inline]
pub(crate) fn tname<const BA: bool>() -> &'static str {
    if BA {
        "bytearray"
    } else {
        "bytes"
    }
}

#[inline]
pub(crate) fn owner<const BA: bool>() -> Gc<TypeObj> {
    if BA {
        types().bytearray
    } else {
        types().bytes
    }
}

/// The contents of a bytes-like value (bytes, bytearray or subclasses).
pub(crate) fn bytes_like<'a>(v: Value) -> Option<Cow<'a, [u8]>> {
    if let Some(b) = v.as_bytes() {
        return Some(Cow::Borrowed(b));
    }
    v.downcast::<ByteArrayObj>()
        .map(|b| Cow::Owned(b.data.lock().clone()))
}

/// A bytes-like argument: `a bytes-like object is required, not 'str'`.
pub(crate) fn need_bytes<'a>(v: Value) -> PyResult<Cow<'a, [u8]>> {
    bytes_like(v).ok_or_else(|| {
        type_error(format!(
            "a bytes-like object is required, not '{}'",
            type_name(v)
        ))
    })
}

/// The receiver of a bytes/bytearray method and its contents.
pub(crate) fn this<'a, const BA: bool>(
    args: &[Value],
    name: &str,
) -> PyResult<(Value, Cow<'a, [u8]>)> {
    let v = super::strings::util::recv(args, owner::<BA>(), name)?;
    Ok((v, bytes_like(v).expect("bytes layout")))
}

/// The receiver of a slot wrapper (`__len__`, `__add__`, ...).
pub(crate) fn this_slot<'a, const BA: bool>(
    args: &[Value],
    name: &str,
) -> PyResult<(Value, Cow<'a, [u8]>)> {
    let v = super::strings::util::recv_slot(args, owner::<BA>(), name)?;
    Ok((v, bytes_like(v).expect("bytes layout")))
}

/// A new bytes or bytearray.
#[inline]
pub(crate) fn make<const BA: bool>(data: Vec<u8>) -> Value {
    if BA {
        new_bytearray(data)
    } else {
        new_bytes(data)
    }
}

/// C's `isspace` (`bytes.split()`, `bytes.strip()`).
#[inline]
pub(crate) fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// Converts each of `items` with `f` (which may run Python code, e.g. a
/// user `__index__`), keeping the items rooted meanwhile.
pub(crate) fn map_rooted<T>(
    ts: &mut crate::runtime::thread::Thread,
    items: &[Value],
    mut f: impl FnMut(&mut crate::runtime::thread::Thread, Value) -> PyResult<T>,
) -> PyResult<Vec<T>> {
    let mark = ts.temp_roots.len();
    ts.temp_roots.extend_from_slice(items);
    let mut out = Vec::with_capacity(items.len());
    let mut result = Ok(());
    for &v in items {
        match f(ts, v) {
            Ok(x) => out.push(x),
            Err(e) => {
                result = Err(e);
                break;
            }
        }
    }
    ts.temp_roots.truncate(mark);
    result.map(|()| out)
}
