//! Weft: a free-threaded Python virtual machine.
//!
//! See `docs/ARCHITECTURE.md` for the map of modules and the decisions.

pub mod atomics;
pub mod compiler;
pub mod eval_breaker;
// pub mod format; (helper writing it)
pub mod gil;
pub mod heap;
pub mod isa;
pub mod object;
pub mod objects;
pub mod runtime;
pub mod tlbc;
pub mod value;

pub use value::Value;
