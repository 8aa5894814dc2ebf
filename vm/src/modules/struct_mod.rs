//! `struct`: packing Python values into bytes (CPython's `_struct`).
//!
//! `format.rs` parses format strings into a `Layout` (offsets, sizes,
//! native alignment); `codec.rs` packs and unpacks single items. A
//! `Struct` object is a native payload holding its immutable `Layout`, so
//! it needs no lock. `unpack_iterator` keeps its position in a mutex.

mod api;
mod codec;
pub mod format;
mod iter;
mod packing;

use crate::builtins::lists::arity::parse;
use crate::object::{Gc, Kind};
use crate::objects::builtin_fn::KwArgs;
use crate::objects::bytes::{new_bytes, ByteArrayObj};
use crate::objects::int::int_from_i64;
use crate::objects::native::{new_native, NativeData};
use crate::objects::str::new_str;
use crate::objects::tuple::new_tuple;
use crate::objects::typeobj::TypeObj;
use crate::protocol::dict::dict_set_str;
use crate::runtime::errors::{stop_iteration, type_error, PyErr};
use crate::runtime::intern::intern;
use crate::runtime::thread::Thread;
use crate::runtime::types::{type_name, types};
use crate::runtime::PyResult;
use crate::value::Value;
use api::*;
use format::Layout;
use parking_lot::Mutex;
use std::sync::OnceLock;

static ERROR: OnceLock<Gc<TypeObj>> = OnceLock::new();
static STRUCT_TYPE: OnceLock<Gc<TypeObj>> = OnceLock::new();

/// A `struct.error` with `msg`.
pub fn error(msg: impl Into<String>) -> PyErr {
    PyErr::new(*ERROR.get().expect("struct module initialised"), msg)
}

struct StructData {
    layout: Layout,
    format: String,
}
impl NativeData for StructData {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

pub fn create(ts: &mut Thread) -> PyResult<Value> {
    let (m, d) = crate::runtime::import::new_registered_module("struct", None);
    let err = match ERROR.get() {
        Some(e) => *e,
        None => {
            let ns = crate::objects::dict::new_dict();
            dict_set_str(ns, intern("__module__"), intern("struct"));
            let args = [
                intern("error"),
                new_tuple([types().exception.value()]),
                ns.value(),
            ];
            let cls = crate::protocol::call::type_call(ts, types().type_, &args, &[])?;
            crate::runtime::globals::add_permanent(cls);
            *ERROR.get_or_init(|| cls.as_type().expect("type"))
        }
    };
    dict_set_str(d, intern("error"), err.value());
    dict_set_str(d, intern("Struct"), struct_type().value());
    crate::modules::add_functions(
        d,
        "struct",
        &[
            ("pack", mod_pack),
            ("unpack", mod_unpack),
            ("calcsize", mod_calcsize),
            ("pack_into", mod_pack_into),
            ("unpack_from", mod_unpack_from),
            ("iter_unpack", mod_iter_unpack),
        ],
    );
    Ok(m.value())
}

fn struct_type() -> Gc<TypeObj> {
    *STRUCT_TYPE.get_or_init(|| {
        let ty = crate::builtins::new_builtin_type(
            "Struct",
            "_struct",
            Kind::Native,
            types().object,
            &[
                ("pack", st_pack),
                ("unpack", st_unpack),
                ("pack_into", st_pack_into),
                ("unpack_from", st_unpack_from),
                ("iter_unpack", st_iter_unpack),
            ],
        );
        crate::builtins::add_getters(ty, &[("format", st_format), ("size", st_size)]);
        let _ = ty.native_new.set(struct_new);
        crate::builtins::add_bound(
            ty,
            crate::builtins::Bind::Static,
            &[("__new__", struct_new)],
        );
        crate::builtins::add_methods(ty, &[("__init__", struct_init)]);
        ty.flags.fetch_or(
            crate::objects::typeobj::TF_BASETYPE,
            std::sync::atomic::Ordering::Relaxed,
        );
        ty
    })
}

/// A new Struct object for format `f` (str or bytes).
fn compile(f: Value) -> PyResult<Value> {
    compile_as(struct_type(), f)
}

/// A new Struct object of class `cls` (Struct or a subclass).
fn compile_as(cls: Gc<TypeObj>, f: Value) -> PyResult<Value> {
    let text = match (f.as_str(), f.as_bytes()) {
        (Some(s), _) => s.to_string(),
        (None, Some(b)) => b.iter().map(|&c| c as char).collect(),
        _ => {
            return Err(type_error(format!(
                "Struct() argument 1 must be a str or bytes object, not {}",
                type_name(f)
            )))
        }
    };
    if f.as_str().is_some() {
        check_ascii(&text)?;
    }
    let bytes: Vec<u8> = text.chars().map(|c| c as u32 as u8).collect();
    let layout = format::parse(&bytes).map_err(error)?;
    Ok(new_native(
        cls,
        StructData {
            layout,
            format: text,
        },
    ))
}

fn this(v: Value) -> PyResult<&'static StructData> {
    v.as_native::<StructData>().ok_or_else(|| {
        type_error(format!(
            "descriptor requires a '_struct.Struct' object but received '{}'",
            type_name(v)
        ))
    })
}

/// The bytes of a bytes-like object (a copy), or the CPython TypeError.
pub fn buffer_bytes(v: Value) -> PyResult<Vec<u8>> {
    if let Some(b) = v.as_bytes() {
        return Ok(b.to_vec());
    }
    if let Some(ba) = v.downcast::<ByteArrayObj>() {
        return Ok(ba.data.lock().clone());
    }
    if let Some(b) = crate::modules::array::array_bytes(v) {
        return Ok(b);
    }
    Err(type_error(format!(
        "a bytes-like object is required, not '{}'",
        type_name(v)
    )))
}

/// A str format must encode as ASCII (CPython encodes it first).
fn check_ascii(text: &str) -> PyResult<()> {
    let chars: Vec<char> = text.chars().collect();
    let Some(start) = chars.iter().position(|&c| !c.is_ascii()) else {
        return Ok(());
    };
    let end = start + chars[start..].iter().take_while(|c| !c.is_ascii()).count();
    let msg = if end - start == 1 {
        let c = chars[start] as u32;
        let esc = if c < 0x100 {
            format!("\\x{c:02x}")
        } else if c < 0x10000 {
            format!("\\u{c:04x}")
        } else {
            format!("\\U{c:08x}")
        };
        format!("'ascii' codec can't encode character '{esc}' in position {start}: ordinal not in range(128)")
    } else {
        format!(
            "'ascii' codec can't encode characters in position {start}-{}: ordinal not in range(128)",
            end - 1
        )
    };
    Err(PyErr::new(types().unicode_encode_error, msg))
}
