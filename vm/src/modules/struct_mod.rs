//! `struct`: packing Python values into bytes (CPython's `_struct`).
//!
//! `format.rs` parses format strings into a `Layout` (offsets, sizes,
//! native alignment); `codec.rs` packs and unpacks single items. A
//! `Struct` object is a native payload holding its immutable `Layout`, so
//! it needs no lock. `unpack_iterator` keeps its position in a mutex.

mod codec;
pub mod format;

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
use format::Layout;
use parking_lot::Mutex;
use std::sync::OnceLock;

static ERROR: OnceLock<Gc<TypeObj>> = OnceLock::new();
static STRUCT_TYPE: OnceLock<Gc<TypeObj>> = OnceLock::new();
static ITER_TYPE: OnceLock<Gc<TypeObj>> = OnceLock::new();

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

struct UnpackIter {
    st: Value,
    data: Vec<u8>,
    pos: Mutex<usize>,
}
impl NativeData for UnpackIter {
    fn trace(&self, t: &mut crate::heap::Tracer) {
        t.value(self.st)
    }
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
                new_tuple(vec![types().exception.value()]),
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
        ty
    })
}

fn iter_type() -> Gc<TypeObj> {
    *ITER_TYPE.get_or_init(|| {
        crate::builtins::new_dunder_type(
            "unpack_iterator",
            "_struct",
            &[
                ("__iter__", it_iter),
                ("__next__", it_next),
                ("__length_hint__", it_length_hint),
            ],
        )
    })
}

/// A new Struct object for format `f` (str or bytes).
fn compile(f: Value) -> PyResult<Value> {
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
        struct_type(),
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

fn pack_items(ts: &mut Thread, s: &StructData, items: &[Value], out: &mut [u8]) -> PyResult<()> {
    let mut k = 0;
    for c in &s.layout.codes {
        match c.ch {
            b'x' => out[c.offset..c.offset + c.count].fill(0),
            b's' | b'p' => {
                let dst = &mut out[c.offset..c.offset + c.count];
                codec::pack_one(ts, c.ch, s.layout.order, items[k], dst)?;
                k += 1;
            }
            _ => {
                for j in 0..c.count {
                    let at = c.offset + j * c.size;
                    codec::pack_one(
                        ts,
                        c.ch,
                        s.layout.order,
                        items[k],
                        &mut out[at..at + c.size],
                    )?;
                    k += 1;
                }
            }
        }
    }
    Ok(())
}

fn check_count(s: &StructData, name: &str, n: usize) -> PyResult<()> {
    if n != s.layout.len {
        return Err(error(format!(
            "{name} expected {} items for packing (got {n})",
            s.layout.len
        )));
    }
    Ok(())
}

fn pack(ts: &mut Thread, s: &StructData, items: &[Value]) -> PyResult<Value> {
    check_count(s, "pack", items.len())?;
    let mut out = vec![0u8; s.layout.size];
    pack_items(ts, s, items, &mut out)?;
    Ok(new_bytes(out))
}

fn unpack_at(s: &StructData, data: &[u8]) -> Value {
    let mut items = Vec::with_capacity(s.layout.len);
    for c in &s.layout.codes {
        match c.ch {
            b'x' => {}
            b's' | b'p' => items.push(codec::unpack_one(
                c.ch,
                s.layout.order,
                &data[c.offset..c.offset + c.count],
            )),
            _ => {
                for j in 0..c.count {
                    let at = c.offset + j * c.size;
                    items.push(codec::unpack_one(
                        c.ch,
                        s.layout.order,
                        &data[at..at + c.size],
                    ));
                }
            }
        }
    }
    new_tuple(items)
}

fn unpack(s: &StructData, buf: Value) -> PyResult<Value> {
    let data = buffer_bytes(buf)?;
    if data.len() != s.layout.size {
        return Err(error(format!(
            "unpack requires a buffer of {} bytes",
            s.layout.size
        )));
    }
    Ok(unpack_at(s, &data))
}

/// Resolves a possibly negative offset for `*_from`/`*_into`.
fn offset_in(s: &StructData, len: usize, offset: i64, packing: bool) -> PyResult<usize> {
    let size = s.layout.size;
    let (verb, noun) = if packing {
        ("pack_into", "packing")
    } else {
        ("unpack_from", "unpacking")
    };
    let mut off = offset;
    if off < 0 {
        if off + (len as i64) < 0 {
            return Err(error(format!(
                "offset {offset} out of range for {len}-byte buffer"
            )));
        }
        off += len as i64;
        if (len as i64 - off) < size as i64 {
            return Err(error(if packing {
                format!("no space to pack {size} bytes at offset {offset}")
            } else {
                format!("not enough data to unpack {size} bytes at offset {offset}")
            }));
        }
    }
    let off = off as usize;
    if len < size || len - size < off {
        return Err(error(format!(
            "{verb} requires a buffer of at least {} bytes for {noun} {size} bytes at offset {off} (actual buffer size is {len})",
            size as u128 + off as u128
        )));
    }
    Ok(off)
}

fn unpack_from(
    ts: &mut Thread,
    s: &StructData,
    buf: Value,
    offset: Option<Value>,
) -> PyResult<Value> {
    let data = buffer_bytes(buf)?;
    let offset = match offset {
        Some(o) => crate::builtins::numbers::as_ssize(ts, o)?,
        None => 0,
    };
    let off = offset_in(s, data.len(), offset, false)?;
    Ok(unpack_at(s, &data[off..off + s.layout.size]))
}

fn pack_into(ts: &mut Thread, s: &StructData, args: &[Value]) -> PyResult<Value> {
    if args.is_empty() {
        return Err(error("pack_into expected buffer argument"));
    }
    if args.len() < 2 {
        return Err(error("pack_into expected offset argument"));
    }
    check_count(s, "pack_into", args.len() - 2)?;
    let Some(ba) = args[0].downcast::<ByteArrayObj>() else {
        return Err(type_error(format!(
            "argument must be read-write bytes-like object, not {}",
            type_name(args[0])
        )));
    };
    let offset = crate::builtins::numbers::as_ssize(ts, args[1])?;
    let len = ba.data.lock().len();
    let off = offset_in(s, len, offset, true)?;
    let mut out = vec![0u8; s.layout.size];
    pack_items(ts, s, &args[2..], &mut out)?;
    let mut data = ba.data.lock();
    if data.len() >= off + out.len() {
        data[off..off + out.len()].copy_from_slice(&out);
    }
    Ok(Value::NONE)
}

fn iter_unpack(st: Value, buf: Value) -> PyResult<Value> {
    let s = this(st)?;
    let data = buffer_bytes(buf)?;
    if s.layout.size == 0 {
        return Err(error("cannot iteratively unpack with a struct of length 0"));
    }
    if data.len() % s.layout.size != 0 {
        return Err(error(format!(
            "iterative unpacking requires a buffer of a multiple of {} bytes",
            s.layout.size
        )));
    }
    Ok(new_native(
        iter_type(),
        UnpackIter {
            st,
            data,
            pos: Mutex::new(0),
        },
    ))
}

fn struct_new(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let p = parse("Struct", &args[1..], kw, &["format"], 0, 1, 0)?;
    match p[0] {
        Some(f) => compile(f),
        None => Err(type_error(
            "Struct() missing required argument 'format' (pos 1)",
        )),
    }
}

fn st_pack(ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    pack(ts, this(args[0])?, &args[1..])
}
fn st_unpack(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    crate::builtins::args::check("unpack", &args[1..], kw, 1, 1)?;
    unpack(this(args[0])?, args[1])
}
fn st_pack_into(ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    pack_into(ts, this(args[0])?, &args[1..])
}
fn st_unpack_from(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let s = this(args[0])?;
    let p = parse(
        "unpack_from",
        &args[1..],
        kw,
        &["buffer", "offset"],
        0,
        2,
        1,
    )?;
    let Some(buf) = p[0] else {
        return Err(type_error(
            "unpack_from() missing required argument 'buffer' (pos 1)",
        ));
    };
    unpack_from(ts, s, buf, p[1])
}
fn st_iter_unpack(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    crate::builtins::args::check("iter_unpack", &args[1..], kw, 1, 1)?;
    iter_unpack(args[0], args[1])
}
fn st_format(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(new_str(this(args[0])?.format.as_str()))
}
fn st_size(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(int_from_i64(this(args[0])?.layout.size as i64))
}

fn mod_pack(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    crate::builtins::args::check("pack", &[], kw, 0, 0)?;
    let Some(&f) = args.first() else {
        return Err(type_error("missing format argument"));
    };
    let st = compile(f)?;
    pack(ts, this(st)?, &args[1..])
}
fn mod_unpack(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    crate::builtins::args::check("unpack", args, kw, 2, 2)
        .map_err(|_| type_error(format!("unpack expected 2 arguments, got {}", args.len())))?;
    let st = compile(args[0])?;
    unpack(this(st)?, args[1])
}
fn mod_calcsize(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    crate::builtins::args::check("_struct.calcsize", args, kw, 1, 1)?;
    let st = compile(args[0])?;
    Ok(int_from_i64(this(st)?.layout.size as i64))
}
fn mod_pack_into(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    crate::builtins::args::check("pack_into", &[], kw, 0, 0)?;
    let Some(&f) = args.first() else {
        return Err(type_error("missing format argument"));
    };
    let st = compile(f)?;
    pack_into(ts, this(st)?, &args[1..])
}
fn mod_unpack_from(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let p = parse(
        "unpack_from",
        args,
        kw,
        &["format", "buffer", "offset"],
        1,
        3,
        2,
    )?;
    let (Some(f), Some(buf)) = (p[0], p[1]) else {
        return Err(type_error(
            "unpack_from() missing required argument 'buffer' (pos 2)",
        ));
    };
    let st = compile(f)?;
    unpack_from(ts, this(st)?, buf, p[2])
}
fn mod_iter_unpack(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    crate::builtins::args::check("iter_unpack", args, kw, 2, 2).map_err(|_| {
        type_error(format!(
            "iter_unpack expected 2 arguments, got {}",
            args.len()
        ))
    })?;
    let st = compile(args[0])?;
    iter_unpack(st, args[1])
}

fn it_this(v: Value) -> PyResult<&'static UnpackIter> {
    v.as_native::<UnpackIter>()
        .ok_or_else(|| type_error("expected an unpack_iterator"))
}
fn it_iter(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    it_this(args[0])?;
    Ok(args[0])
}
fn it_next(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let it = it_this(args[0])?;
    let s = this(it.st)?;
    let size = s.layout.size;
    let at = {
        let mut pos = it.pos.lock();
        if *pos + size > it.data.len() {
            return Err(stop_iteration(Value::NONE));
        }
        let at = *pos;
        *pos += size;
        at
    };
    Ok(unpack_at(s, &it.data[at..at + size]))
}
fn it_length_hint(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let it = it_this(args[0])?;
    let size = this(it.st)?.layout.size;
    let left = (it.data.len() - *it.pos.lock()) / size;
    Ok(int_from_i64(left as i64))
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
