//! The object protocols everything is written against (CPython's
//! `Objects/abstract.c` and `Objects/object.c`): attribute access, calls,
//! operators, comparison, hashing, iteration, item access, repr/str.
//!
//! Builtin types take Rust fast paths keyed by payload kind; classes
//! defined in Python (heap types) are asked for their dunders first.

pub mod attr;
pub mod call;
pub mod compare;
pub mod container;
pub mod dict;
pub mod dunder;
pub mod generic_alias;
pub mod hash;
pub mod iter;
pub mod number;
pub mod repr;
pub mod set;
pub mod truth;

pub use attr::{getattr, load_method, setattr};
pub use call::{call, call_method};
pub use compare::{eq, rich_compare};
pub use hash::hash;
pub use iter::{iter, next};
pub use repr::{repr, str_of};
pub use truth::truthy;
