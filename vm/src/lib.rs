//! Weft: a free-threaded Python virtual machine.
//!
//! See `docs/ARCHITECTURE.md` for the map of modules and the decisions.

// The tail-call dispatch backend needs `become` (nightly only).
#![cfg_attr(feature = "tail-call", feature(explicit_tail_calls))]
#![cfg_attr(feature = "tail-call", allow(incomplete_features))]

pub mod atomics;
pub mod builtins;
pub mod cli;
pub mod compiler;
pub mod dis;
pub mod eval;
pub mod eval_breaker;
pub mod format;
pub mod gil;
pub mod heap;
pub mod isa;
pub mod modules;
pub mod object;
pub mod objects;
pub mod ops;
pub mod protocol;
pub mod runtime;
pub mod specialize;
pub mod stress_support;
pub mod tlbc;
pub mod value;

pub use value::Value;
