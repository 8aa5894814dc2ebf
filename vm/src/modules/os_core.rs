//! `_os`: the operating-system primitives behind `os` (placeholder until
//! the os module lands).

use crate::runtime::thread::Thread;
use crate::runtime::PyResult;
use crate::value::Value;

pub fn create(_ts: &mut Thread) -> PyResult<Value> {
    let (m, _d) = crate::runtime::import::new_registered_module("_os", None);
    Ok(m.value())
}
