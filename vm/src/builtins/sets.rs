//! `set` and `frozenset`: constructors, methods and operators.

use crate::objects::set::new_set;
use crate::runtime::errors::type_error;
use crate::runtime::thread::Thread;
use crate::runtime::PyResult;
use crate::value::Value;

pub fn register() {}

pub fn frozenset_from(ts: &mut Thread, items: &[Value]) -> PyResult<Value> {
    let s = new_set(true);
    for &x in items {
        crate::protocol::set::set_add(ts, s, x)?;
    }
    Ok(s.value())
}

pub fn set_binary(_ts: &mut Thread, _a: Value, _b: Value, _op: u32, _inplace: bool) -> PyResult<Value> {
    Err(type_error("set operators are not supported yet"))
}
