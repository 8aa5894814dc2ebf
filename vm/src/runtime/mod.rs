//! The runtime: per-thread state, frames, builtin types, errors, and the
//! protocols (attribute access, calls, operators, iteration) everything
//! else is written against.

pub mod errors;
pub mod frame;
pub mod globals;
pub mod gc;
pub mod hash;
pub mod intern;
pub mod thread;
pub mod types;

pub use errors::{PyErr, PyResult};
