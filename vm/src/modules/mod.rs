//! Standard-library modules written in Rust, created on first import.

pub mod array;
pub mod cmath;
pub mod gc;
pub mod math;
pub mod os_core;
pub mod random_core;
pub mod signal;
pub mod sre;
pub mod struct_mod;
pub mod sys;
pub mod thread;
pub mod thread_events;
pub mod time;

use crate::object::Gc;
use crate::objects::builtin_fn::{new_builtin, NativeFn};
use crate::objects::dict::DictObj;
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
        "gc" => gc::create(ts)?,
        "time" => time::create(ts)?,
        "_thread" => thread::create(ts)?,
        "_random" => random_core::create(ts)?,
        "_os" => os_core::create(ts)?,
        "_sre" => sre::create(ts)?,
        "struct" => struct_mod::create(ts)?,
        "array" => array::create(ts)?,
        "cmath" => cmath::create(ts)?,
        "signal" => signal::create(ts)?,
        _ => return Ok(None),
    }))
}

// Stdlib modules written in Python and shipped inside the binary: generated from
// `python/` by build.rs.
include!(concat!(env!("OUT_DIR"), "/source_modules.rs"));

/// Creates (runs) a stdlib module shipped as Python source.
pub fn create_source_module(ts: &mut Thread, name: &str) -> PyResult<Option<Value>> {
    let Some(&(_, source, is_package)) = SOURCE_MODULES.iter().find(|(n, _, _)| *n == name) else {
        return Ok(None);
    };
    let filename = format!("<weft>/{name}.py");
    let (m, d) = crate::runtime::import::new_registered_module(name, Some(&filename));
    let package = if is_package {
        dict_set_str(
            d,
            intern("__path__"),
            crate::objects::list::new_list(Vec::new()),
        );
        name.to_string()
    } else {
        name.rsplit_once('.')
            .map_or(String::new(), |(p, _)| p.to_string())
    };
    dict_set_str(
        d,
        intern("__package__"),
        crate::objects::str::new_str(package),
    );
    if let Err(e) = crate::runtime::import::exec_source(ts, source, &filename, d) {
        let _ = crate::protocol::dict::dict_pop(
            ts,
            crate::runtime::globals::get().sys_modules,
            intern(name),
        );
        return Err(e);
    }
    Ok(Some(m.value()))
}

/// Adds native functions to a module namespace.
pub fn add_functions(d: Gc<DictObj>, module: &'static str, defs: &[(&'static str, NativeFn)]) {
    let owner = intern(module);
    for &(name, f) in defs {
        dict_set_str(d, intern(name), new_builtin(name, f, owner));
    }
}
