//! `_random`: the Mersenne Twister core behind `random` (placeholder until
//! the random module lands).

use crate::runtime::thread::Thread;
use crate::runtime::PyResult;
use crate::value::Value;

pub fn create(_ts: &mut Thread) -> PyResult<Value> {
    let (m, _d) = crate::runtime::import::new_registered_module("_random", None);
    Ok(m.value())
}
