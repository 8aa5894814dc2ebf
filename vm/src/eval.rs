//! The eval loop: fetches code units with relaxed loads and dispatches on
//! the opcode. Each opcode has a handler (`eval/handlers/`, one function
//! per opcode, written once); two backends dispatch to them, both generated
//! from the instruction table: `match_loop` (stable: a `match` in a loop)
//! and `tail_call` (feature `tail-call`, nightly: each handler ends by
//! tail-calling the next one's through a table, `become`). Bodies of any
//! size live in `ops/` and `protocol/`.
//!
//! Python-to-Python calls push a `Frame` and continue in the same loop;
//! only Rust code calling back into Python (`run_nested`) recurses natively.

#[macro_use]
pub(crate) mod regs;
pub mod call;
pub mod generator;
mod handlers;
#[cfg(not(feature = "tail-call"))]
mod match_loop;
mod specialized;
#[cfg(feature = "tail-call")]
mod tail_call;
mod unwind;

#[cfg(not(feature = "tail-call"))]
use match_loop::run;
#[cfg(feature = "tail-call")]
use tail_call::run;

use crate::runtime::errors::recursion_error;
use crate::runtime::thread::{Thread, NATIVE_DEPTH_LIMIT};
use crate::runtime::PyResult;
use crate::value::Value;

/// How the last `run` left its entry frame.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Exit {
    Return,
    Yield,
}

/// Runs the top frame (an entry frame) until it returns or yields.
pub fn run_nested(ts: &mut Thread) -> PyResult<Value> {
    if ts.native_depth >= NATIVE_DEPTH_LIMIT {
        let f = ts.frames.pop().expect("entry frame");
        ts.stack.truncate(f.ret_sp);
        return Err(recursion_error("maximum recursion depth exceeded"));
    }
    ts.native_depth += 1;
    let r = run(ts);
    ts.native_depth -= 1;
    r
}
