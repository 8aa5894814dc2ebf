//! `str(object='')`, `str(bytes, encoding, errors)`, and str subclasses.

use super::codecs;
use super::util::with_kwargs;
use crate::object::Gc;
use crate::objects::builtin_fn::KwArgs;
use crate::objects::bytes::ByteArrayObj;
use crate::objects::str::{new_str, StrObj};
use crate::objects::typeobj::TypeObj;
use crate::runtime::errors::type_error;
use crate::runtime::thread::Thread;
use crate::runtime::types::{type_name, types};
use crate::runtime::PyResult;
use crate::value::Value;

/// A str of class `cls` (the value itself when `cls` is `str`).
pub(crate) fn str_of_class(cls: Gc<TypeObj>, s: Value) -> Value {
    if cls == types().str {
        return s;
    }
    let text: Box<str> = s.as_str().expect("str").into();
    crate::heap::note_external(text.len());
    crate::heap::alloc(cls, StrObj::new(text)).value()
}

/// An optional `str` argument of `fname()` named `what`.
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

/// `str(obj, encoding, errors)` once an encoding or errors is given.
pub(crate) fn decode_object(
    obj: Value,
    encoding: Option<&str>,
    errors: Option<&str>,
) -> PyResult<String> {
    let data: Vec<u8> = if let Some(b) = obj.as_bytes() {
        b.to_vec()
    } else if let Some(ba) = obj.downcast::<ByteArrayObj>() {
        ba.data.lock().clone()
    } else if obj.as_str().is_some() {
        return Err(type_error("decoding str is not supported"));
    } else {
        return Err(type_error(format!(
            "decoding to str: need a bytes-like object, {} found",
            type_name(obj)
        )));
    };
    let codec = codecs::lookup(encoding.unwrap_or("utf-8"))?;
    codecs::decode(&data, codec, errors.unwrap_or("strict"))
}

/// `str.__new__(cls, object='', encoding='utf-8', errors='strict')`.
pub(crate) fn str_new(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let cls = args
        .first()
        .and_then(|c| c.as_type())
        .ok_or_else(|| type_error("str.__new__(X): X is not a type object"))?;
    if !cls.is_subtype(types().str) {
        return Err(type_error(format!(
            "str.__new__({}): {} is not a subtype of str",
            cls.name_str(),
            cls.name_str()
        )));
    }
    let [obj, enc, err] = with_kwargs("str", args, kw, ["object", "encoding", "errors"], 0)?;
    let encoding = str_param("str", "encoding", enc)?;
    let errors = str_param("str", "errors", err)?;
    let s = match obj {
        None => crate::runtime::intern::intern(""),
        Some(o) if encoding.is_none() && errors.is_none() => crate::protocol::str_of(ts, o)?,
        Some(o) => new_str(decode_object(o, encoding, errors)?),
    };
    Ok(str_of_class(cls, s))
}
