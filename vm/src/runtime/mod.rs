//! The runtime: per-thread state, frames, builtin types, errors, and the
//! protocols (attribute access, calls, operators, iteration) everything
//! else is written against.

pub mod async_exc;
pub mod errors;
pub mod frame;
pub mod gc;
pub mod globals;
pub mod hash;
pub mod import;
pub mod intern;
pub mod intrinsics;
pub mod pending;
pub mod pending_calls;
pub mod signals;
pub mod source;
pub mod stw;
pub mod thread;
pub mod threads;
pub mod types;

pub use errors::{PyErr, PyResult};
pub mod carets;
pub mod traceback;

/// Creates the builtin types, the builtins module and `sys` (idempotent).
pub fn init() {
    if globals::is_set() {
        return;
    }
    types::init();
    let builtins = crate::builtins::init();
    let builtins_dict = crate::protocol::attr::module_dict(builtins).expect("builtins module");
    let sys_modules = crate::objects::dict::new_dict();
    globals::set(globals::Globals {
        sys_modules,
        builtins,
        builtins_dict,
    });
    crate::protocol::dict::dict_set_str(sys_modules, intern::intern("builtins"), builtins);
}
