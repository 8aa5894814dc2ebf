//! Functions implemented in Rust: module functions, and methods of builtin
//! types (stored unbound in the type's dict; `this` is set when bound).

use crate::heap::kinds::Trace;
use crate::heap::{alloc, Tracer};
use crate::runtime::thread::Thread;
use crate::runtime::types::types;
use crate::runtime::PyResult;
use crate::value::Value;

/// Keyword arguments: (interned name str, value) pairs.
pub type KwArgs<'a> = &'a [(Value, Value)];

/// The native calling convention. For methods `args[0]` is the receiver.
pub type NativeFn = fn(&mut Thread, &[Value], KwArgs) -> PyResult<Value>;

pub struct BuiltinFnObj {
    pub name: &'static str,
    pub func: NativeFn,
    /// The bound receiver (prepended to the arguments), or NULL.
    pub this: Value,
    /// The owning module name or type, for repr (a str or type value, or NULL).
    pub owner: Value,
}

impl Trace for BuiltinFnObj {
    fn trace(&self, t: &mut Tracer) {
        t.value(self.this);
        t.value(self.owner);
    }
}

pub fn new_builtin(name: &'static str, func: NativeFn, owner: Value) -> Value {
    alloc(
        types().builtin_function,
        BuiltinFnObj {
            name,
            func,
            this: Value::NULL,
            owner,
        },
    )
    .value()
}

/// A method descriptor: unbound native method of a builtin type.
pub fn new_method_descr(name: &'static str, func: NativeFn, owner: Value) -> Value {
    alloc(
        types().method_descriptor,
        BuiltinFnObj {
            name,
            func,
            this: Value::NULL,
            owner,
        },
    )
    .value()
}

pub fn bind_builtin(f: &BuiltinFnObj, this: Value) -> Value {
    alloc(
        types().builtin_function,
        BuiltinFnObj {
            name: f.name,
            func: f.func,
            this,
            owner: f.owner,
        },
    )
    .value()
}
