//! Iterator types: enumerate, zip, map, filter, reversed, and the methods
//! of iterators and generators.

use crate::runtime::errors::value_error;
use crate::runtime::thread::Thread;
use crate::runtime::PyResult;
use crate::value::Value;

pub fn register() {}

/// `zip(strict=True)` found iterables of different lengths.
pub fn zip_strict_error(_ts: &mut Thread, _its: &[Value], k: usize) -> PyResult<Option<Value>> {
    if k == 0 {
        return Err(value_error("zip() argument 2 is longer than argument 1"));
    }
    Err(value_error(format!("zip() argument {} is shorter than argument{} 1{}", k + 1, if k > 1 { "s" } else { "" }, if k > 1 { format!("-{k}") } else { String::new() })))
}
