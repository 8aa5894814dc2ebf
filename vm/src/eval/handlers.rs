//! One function per opcode, named after it, as CPython's `bytecodes.c`:
//! `fn NAME(ts, r, arg) -> Flow`. Both dispatch backends (the `match` loop
//! and the tail-call table) are generated from the instruction table
//! (`isa::for_each_op!`) and call these, so a handler is written once and a
//! missing one is a compile error. Every handler is `#[inline(always)]`:
//! the `match` backend keeps the registers in machine registers across
//! handlers, and each tail-call stub gets its handler's body.
//!
//! Specialized family members live in `members.rs` (bodies in
//! `eval/specialized.rs`); the other files group the generic instructions.

mod arith;
mod build;
mod calls;
mod exc;
mod iter;
mod locals;
mod members;
mod names;

pub use arith::*;
pub use build::*;
pub use calls::*;
pub use exc::*;
pub use iter::*;
pub use locals::*;
pub use members::*;
pub use names::*;

/// What every handler file uses.
mod prelude {
    pub use crate::eval::regs::{Flow, Regs};
    pub use crate::isa::Op;
    pub use crate::runtime::thread::Thread;
    pub use crate::value::Value;
}
