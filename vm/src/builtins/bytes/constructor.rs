//! `bytes(...)`, `bytearray(...)`, `bytearray.__init__` and `fromhex`.

use super::{bytes_like, make, tname};
use crate::atomics::obj_lock::Mutex;
use crate::builtins::strings::util::{one_arg, with_kwargs};
use crate::objects::builtin_fn::KwArgs;
use crate::objects::bytes::{ByteArrayObj, BytesObj};
use crate::protocol::dunder::{call_user_dunder, user_dunder};
use crate::runtime::errors::{type_error, value_error};
use crate::runtime::thread::Thread;
use crate::runtime::types::{type_name, type_of, types};
use crate::runtime::PyResult;
use crate::value::Value;

fn str_param<'a>(fname: &str, what: &str, v: Option<Value>) -> PyResult<Option<&'a str>> {
    match v {
        None => Ok(None),
        Some(v) => match v.as_str() {
            Some(s) => Ok(Some(s)),
            None => Err(type_error(format!(
                "{fname}() argument '{what}' must be str, not {}",
                type_name(v)
            ))),
        },
    }
}

/// One element of an iterable of ints.
fn byte_of(ts: &mut Thread, v: Value, ba: bool) -> PyResult<u8> {
    let i = crate::builtins::strings::util::int_arg(ts, v)?;
    if !(0..256).contains(&i) {
        return Err(value_error(if ba {
            "byte must be in range(0, 256)"
        } else {
            "bytes must be in range(0, 256)"
        }));
    }
    Ok(i as u8)
}

/// The contents described by the constructor arguments.
fn from_source(
    ts: &mut Thread,
    src: Option<Value>,
    enc: Option<Value>,
    err: Option<Value>,
    ba: bool,
) -> PyResult<Vec<u8>> {
    let fname = if ba { "bytearray" } else { "bytes" };
    let encoding = str_param(fname, "encoding", enc)?;
    let errors = str_param(fname, "errors", err)?;
    let Some(src) = src else {
        if encoding.is_some() {
            return Err(type_error("encoding without a string argument"));
        }
        if errors.is_some() {
            return Err(type_error("errors without a string argument"));
        }
        return Ok(Vec::new());
    };
    if let Some(s) = src.as_str() {
        let Some(encoding) = encoding else {
            return Err(type_error("string argument without an encoding"));
        };
        let codec = crate::builtins::strings::lookup_codec(encoding)?;
        return crate::builtins::strings::encode_str(s, codec, errors.unwrap_or("strict"));
    }
    if encoding.is_some() {
        return Err(type_error("encoding without a string argument"));
    }
    if errors.is_some() {
        return Err(type_error("errors without a string argument"));
    }
    if !ba && src.is_ptr() && user_dunder(type_of(src), "__bytes__").is_some() {
        let r = call_user_dunder(ts, src, "__bytes__", &[])?.expect("defined");
        return match r.as_bytes() {
            Some(b) => Ok(b.to_vec()),
            None => Err(type_error(format!(
                "__bytes__ returned non-bytes (type {})",
                type_name(r)
            ))),
        };
    }
    if let Some(b) = bytes_like(src) {
        return Ok(b.into_owned());
    }
    let count = if src.is_int() {
        Some(src)
    } else if src.is_ptr() && user_dunder(type_of(src), "__index__").is_some() {
        call_user_dunder(ts, src, "__index__", &[])?
    } else {
        None
    };
    if let Some(n) = count {
        let Some(n) = n.as_i64() else {
            return Err(crate::runtime::errors::overflow_error(
                "cannot fit 'int' into an index-sized integer",
            ));
        };
        if n < 0 {
            return Err(value_error("negative count"));
        }
        if n > (1 << 40) {
            return Err(crate::runtime::errors::memory_error(""));
        }
        return Ok(vec![0; n as usize]);
    }
    let items: Option<Vec<Value>> = match src.as_tuple() {
        Some(t) => Some(t.to_vec()),
        None => src
            .downcast::<crate::objects::list::ListObj>()
            .filter(|_| !type_of(src).has_flag(crate::objects::typeobj::TF_HEAPTYPE))
            .map(|l| l.snapshot()),
    };
    if let Some(items) = items {
        return super::map_rooted(ts, &items, |ts, v| byte_of(ts, v, ba));
    }
    let it = match crate::protocol::iter(ts, src) {
        Ok(it) => it,
        Err(e) if e.matches(types().type_error) => {
            return Err(type_error(format!(
                "cannot convert '{}' object to {fname}",
                type_name(src)
            )));
        }
        Err(e) => return Err(e),
    };
    let mut out = Vec::new();
    while let Some(v) = crate::protocol::next(ts, it)? {
        out.push(byte_of(ts, v, ba)?);
    }
    Ok(out)
}

/// `bytes.__new__(cls, source=b'', encoding=..., errors=...)`.
pub(super) fn bytes_new(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let cls = args
        .first()
        .and_then(|c| c.as_type())
        .ok_or_else(|| type_error("bytes.__new__(X): X is not a type object"))?;
    if !cls.is_subtype(types().bytes) {
        return Err(type_error(format!(
            "bytes.__new__({}): {} is not a subtype of bytes",
            cls.name_str(),
            cls.name_str()
        )));
    }
    let [src, enc, err] = with_kwargs("bytes", args, kw, ["source", "encoding", "errors"], 0)?;
    if cls == types().bytes && enc.is_none() && err.is_none() {
        if let Some(s) = src {
            if s.as_bytes().is_some() && type_of(s) == types().bytes {
                return Ok(s);
            }
        }
    }
    let data = from_source(ts, src, enc, err, false)?;
    if cls == types().bytes {
        return Ok(crate::objects::bytes::new_bytes(data));
    }
    crate::heap::note_external(data.len());
    Ok(crate::heap::alloc(
        cls,
        BytesObj {
            data: data.into_boxed_slice(),
        },
    )
    .value())
}

/// `bytearray.__new__(cls, ...)`: builds the contents unless a subclass
/// defines `__init__` (which then calls `bytearray.__init__`).
pub(super) fn bytearray_new(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let cls = args
        .first()
        .and_then(|c| c.as_type())
        .ok_or_else(|| type_error("bytearray.__new__(X): X is not a type object"))?;
    if !cls.is_subtype(types().bytearray) {
        return Err(type_error(format!(
            "bytearray.__new__({}): {} is not a subtype of bytearray",
            cls.name_str(),
            cls.name_str()
        )));
    }
    let data = if cls != types().bytearray && user_dunder(cls, "__init__").is_some() {
        Vec::new()
    } else {
        let [src, enc, err] =
            with_kwargs("bytearray", args, kw, ["source", "encoding", "errors"], 0)?;
        from_source(ts, src, enc, err, true)?
    };
    if cls == types().bytearray {
        return Ok(crate::objects::bytes::new_bytearray(data));
    }
    crate::heap::note_external(data.len());
    Ok(crate::heap::alloc(
        cls,
        ByteArrayObj {
            data: Mutex::new(data),
        },
    )
    .value())
}

/// `bytearray.__init__(self, source=..., encoding=..., errors=...)`.
pub(super) fn bytearray_init(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let this = crate::builtins::strings::util::recv_slot(args, types().bytearray, "__init__")?;
    let [src, enc, err] = with_kwargs("bytearray", args, kw, ["source", "encoding", "errors"], 0)?;
    if src.is_none() && enc.is_none() && err.is_none() {
        return Ok(Value::NONE);
    }
    let data = from_source(ts, src, enc, err, true)?;
    *this
        .downcast::<ByteArrayObj>()
        .expect("bytearray")
        .data
        .lock() = data;
    Ok(Value::NONE)
}

fn hex_val(c: char) -> Option<u8> {
    c.to_digit(16).map(|d| d as u8)
}

/// `bytes.fromhex(string)` / `bytearray.fromhex(string)` (class methods).
pub(super) fn fromhex<const BA: bool>(
    ts: &mut Thread,
    args: &[Value],
    kw: KwArgs,
) -> PyResult<Value> {
    let arg = one_arg(tname::<BA>(), "fromhex", args, kw)?;
    let Some(s) = arg.as_str() else {
        return Err(type_error(format!(
            "fromhex() argument must be str, not {}",
            type_name(arg)
        )));
    };
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len() / 2);
    let mut i = 0;
    let bad = |i: usize| {
        value_error(format!(
            "non-hexadecimal number found in fromhex() arg at position {i}"
        ))
    };
    while i < chars.len() {
        if chars[i].is_ascii() && super::is_space(chars[i] as u8) {
            i += 1;
            continue;
        }
        let hi = hex_val(chars[i]).ok_or_else(|| bad(i))?;
        let lo = chars
            .get(i + 1)
            .and_then(|&c| hex_val(c))
            .ok_or_else(|| bad(i + 1))?;
        out.push(hi * 16 + lo);
        i += 2;
    }
    let cls = args[0];
    if cls == super::owner::<BA>().value() {
        return Ok(make::<BA>(out));
    }
    let b = make::<BA>(out);
    crate::protocol::call(ts, cls, &[b], &[])
}
