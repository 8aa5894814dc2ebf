//! Iterator types: enumerate, zip, map, filter, reversed, and the methods
//! of iterators and generators.

pub mod anext;
pub mod async_gen;
mod async_gen_methods;
pub mod awaitables;
mod constructors;
mod generators;
mod iter_methods;
mod reversed;

use crate::runtime::errors::value_error;
use crate::runtime::thread::Thread;
use crate::runtime::PyResult;
use crate::value::Value;

pub use generators::{gen_close, gen_throw, send_value as gen_send};
pub use reversed::reversed_of;

pub fn register() {
    constructors::register();
    reversed::register();
    iter_methods::register();
    generators::register();
    awaitables::register();
    async_gen_methods::register();
    anext::register();
}

/// `zip(strict=True)`: iterator `k` (0-based) of `its` was exhausted. If it
/// was the first, the others must be exhausted too (then iteration ends
/// normally); otherwise the shorter/longer error names the arguments.
pub fn zip_strict_error(ts: &mut Thread, its: &[Value], k: usize) -> PyResult<Option<Value>> {
    let plural = |i: usize| {
        if i == 1 {
            " ".to_string()
        } else {
            "s 1-".to_string()
        }
    };
    if k > 0 {
        return Err(value_error(format!(
            "zip() argument {} is shorter than argument{}{k}",
            k + 1,
            plural(k)
        )));
    }
    for (i, &it) in its.iter().enumerate().skip(1) {
        if crate::protocol::next(ts, it)?.is_some() {
            return Err(value_error(format!(
                "zip() argument {} is longer than argument{}{i}",
                i + 1,
                plural(i)
            )));
        }
    }
    Ok(None)
}
