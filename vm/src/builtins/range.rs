//! `range`: constructor, indexing, membership.

use crate::runtime::errors::type_error;
use crate::runtime::thread::Thread;
use crate::runtime::PyResult;
use crate::value::Value;

pub fn register() {}

pub fn range_getitem(_ts: &mut Thread, _r: Value, _key: Value) -> PyResult<Value> {
    Err(type_error("range indexing is not supported yet"))
}

pub fn range_contains(_ts: &mut Thread, _r: Value, _item: Value) -> PyResult<bool> {
    Err(type_error("range membership is not supported yet"))
}
