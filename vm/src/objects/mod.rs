//! Heap payload types, one module per Python type family. Each module holds
//! the payload struct, its `Trace` impl and its constructors; the Python-level
//! methods of builtin types live in `builtins/types/`.

pub mod builtin_fn;
pub mod bytes;
pub mod code;
pub mod complex;
pub mod descr;
pub mod dict;
pub mod exception;
pub mod float;
pub mod function;
pub mod generator;
pub mod instance;
pub mod int;
pub mod iter;
pub mod list;
pub mod module;
pub mod native;
pub mod range;
pub mod set;
pub mod slice;
pub mod str;
pub mod tuple;
pub mod typeobj;
