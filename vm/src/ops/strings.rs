//! f-string support: `FORMAT_SIMPLE`, `FORMAT_WITH_SPEC`, `CONVERT_VALUE`,
//! `BUILD_STRING`.

use crate::objects::str::new_str;
use crate::protocol::repr::{repr, str_of};
use crate::runtime::thread::Thread;
use crate::runtime::PyResult;
use crate::value::Value;

pub fn convert_value(ts: &mut Thread, v: Value, how: u32) -> PyResult<Value> {
    match how {
        1 => str_of(ts, v),
        2 => repr(ts, v),
        _ => {
            let r = repr(ts, v)?;
            Ok(new_str(crate::builtins::strings::ascii_escape(
                r.as_str().expect("str"),
            )))
        }
    }
}

pub fn format_simple(ts: &mut Thread, v: Value) -> PyResult<Value> {
    if v.as_str().is_some()
        && !crate::runtime::types::type_of(v).has_flag(crate::objects::typeobj::TF_HEAPTYPE)
    {
        return Ok(v);
    }
    crate::builtins::strings::format_value(ts, v, "")
}

pub fn format_with_spec(ts: &mut Thread, v: Value, spec: Value) -> PyResult<Value> {
    crate::builtins::strings::format_value(ts, v, spec.as_str().unwrap_or(""))
}

pub fn build_string(parts: &[Value]) -> Value {
    let mut s = smallvec::SmallVec::<[u8; 64]>::new();
    for p in parts {
        s.extend_from_slice(p.as_str().expect("BUILD_STRING takes strs").as_bytes());
    }
    crate::objects::str::new_str_from(std::str::from_utf8(&s).expect("strs joined are utf-8"))
}
