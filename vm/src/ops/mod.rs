//! Opcode bodies, one module per family; `eval.rs` only dispatches.

pub mod build;
pub mod coro;
pub mod exc;
pub mod func;
pub mod names;
pub mod pattern;
pub mod strings;
