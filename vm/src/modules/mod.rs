//! Standard-library modules written in Rust, created on first import.

pub mod math;
pub mod sys;
pub mod time;

use crate::objects::builtin_fn::{new_builtin, NativeFn};
use crate::objects::dict::DictObj;
use crate::object::Gc;
use crate::protocol::dict::dict_set_str;
use crate::runtime::intern::intern;
use crate::runtime::thread::Thread;
use crate::runtime::PyResult;
use crate::value::Value;

/// Creates builtin module `name` (registered in sys.modules by the caller).
pub fn create_builtin_module(ts: &mut Thread, name: &str) -> PyResult<Option<Value>> {
    Ok(Some(match name {
        "sys" => sys::create(ts)?,
        "math" => math::create(ts)?,
        "time" => time::create(ts)?,
        _ => return Ok(None),
    }))
}

/// Stdlib modules written in Python and shipped inside the binary.
pub fn create_source_module(_ts: &mut Thread, _name: &str) -> PyResult<Option<Value>> {
    Ok(None)
}

/// Adds native functions to a module namespace.
pub fn add_functions(d: Gc<DictObj>, module: &'static str, defs: &[(&'static str, NativeFn)]) {
    let owner = intern(module);
    for &(name, f) in defs {
        dict_set_str(d, intern(name), new_builtin(name, f, owner));
    }
}
