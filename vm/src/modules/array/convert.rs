//! Conversions of `array.array`: to and from lists, bytes and str;
//! byteswap, buffer_info and copies.

use super::methods::{extend_unicode, from_bytes, method};
use super::new_array;
use crate::objects::builtin_fn::KwArgs;
use crate::objects::bytes::new_bytes;
use crate::objects::int::int_from_i64;
use crate::objects::list::{new_list, ListObj};
use crate::objects::str::new_str;
use crate::objects::tuple::new_tuple;
use crate::runtime::errors::{type_error, value_error};
use crate::runtime::thread::Thread;
use crate::runtime::types::type_name;
use crate::runtime::PyResult;
use crate::value::Value;

pub(super) fn tolist(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let a = method("tolist", args, kw, 0)?;
    Ok(new_list(a.values()))
}

pub(super) fn tobytes(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let a = method("tobytes", args, kw, 0)?;
    let data = a.data.lock().clone();
    Ok(new_bytes(data))
}

pub(super) fn frombytes(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let a = method("frombytes", args, kw, 1)?;
    from_bytes(a, args[1])?;
    Ok(Value::NONE)
}

pub(super) fn fromlist(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let a = method("fromlist", args, kw, 1)?;
    let Some(l) = args[1].downcast::<ListObj>() else {
        return Err(type_error("arg must be list"));
    };
    let items = l.snapshot();
    let mark = ts.temp_roots.len();
    ts.temp_roots.extend_from_slice(&items);
    let converted = (|| {
        let mut bytes = Vec::with_capacity(items.len() * a.isz());
        for &v in &items {
            bytes.extend_from_slice(&a.convert(ts, v)?);
        }
        Ok(bytes)
    })();
    ts.temp_roots.truncate(mark);
    a.data.lock().extend_from_slice(&converted?);
    Ok(Value::NONE)
}

pub(super) fn tounicode(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let a = method("tounicode", args, kw, 0)?;
    if a.tc != b'u' {
        return Err(value_error(
            "tounicode() may only be called on unicode type arrays",
        ));
    }
    let data = a.data.lock().clone();
    let s: String = data
        .chunks_exact(4)
        .map(|c| char::from_u32(u32::from_le_bytes([c[0], c[1], c[2], c[3]])).unwrap_or('\u{fffd}'))
        .collect();
    Ok(new_str(s))
}

pub(super) fn fromunicode(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let a = method("fromunicode", args, kw, 1)?;
    if args[1].as_str().is_none() {
        return Err(type_error(format!(
            "fromunicode() argument must be str, not {}",
            type_name(args[1])
        )));
    }
    if a.tc != b'u' {
        return Err(value_error(
            "fromunicode() may only be called on unicode type arrays",
        ));
    }
    extend_unicode(a, args[1])?;
    Ok(Value::NONE)
}

pub(super) fn byteswap(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let a = method("byteswap", args, kw, 0)?;
    let isz = a.isz();
    for item in a.data.lock().chunks_exact_mut(isz) {
        item.reverse();
    }
    Ok(Value::NONE)
}

pub(super) fn buffer_info(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let a = method("buffer_info", args, kw, 0)?;
    let data = a.data.lock();
    let (addr, n) = (data.as_ptr() as usize as i64, data.len() / a.isz());
    drop(data);
    Ok(new_tuple([int_from_i64(addr), int_from_i64(n as i64)]))
}

pub(super) fn copy(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let a = method("__copy__", args, kw, 0)?;
    let data = a.data.lock().clone();
    Ok(new_array(a.tc, data))
}

pub(super) fn deepcopy(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let a = method("__deepcopy__", args, kw, 1)?;
    let data = a.data.lock().clone();
    Ok(new_array(a.tc, data))
}
