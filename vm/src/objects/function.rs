//! Functions, closure cells and bound methods.

use crate::atomics::AtomicValue;
use crate::heap::kinds::Trace;
use crate::heap::{alloc, Tracer};
use crate::object::Gc;
use crate::objects::code::CodeObj;
use crate::objects::dict::DictObj;
use crate::runtime::types::types;
use crate::value::Value;

pub struct FunctionObj {
    pub code: Gc<CodeObj>,
    pub globals: Gc<DictObj>,
    pub builtins: Gc<DictObj>,
    pub name: AtomicValue,
    pub qualname: AtomicValue,
    pub module: AtomicValue,
    pub doc: AtomicValue,
    /// Tuple of positional defaults, or NULL.
    pub defaults: AtomicValue,
    /// Dict of keyword-only defaults, or NULL.
    pub kwdefaults: AtomicValue,
    /// Tuple of cells for the free variables, or NULL.
    pub closure: AtomicValue,
    pub annotations: AtomicValue,
}

impl Trace for FunctionObj {
    fn trace(&self, t: &mut Tracer) {
        t.gc(self.code);
        t.gc(self.globals);
        t.gc(self.builtins);
        for v in [
            &self.name,
            &self.qualname,
            &self.module,
            &self.doc,
            &self.defaults,
            &self.kwdefaults,
            &self.closure,
            &self.annotations,
        ] {
            t.value(v.get());
        }
    }
}

pub fn new_function(
    code: Gc<CodeObj>,
    globals: Gc<DictObj>,
    builtins: Gc<DictObj>,
    module: Value,
) -> Gc<FunctionObj> {
    alloc(
        types().function,
        FunctionObj {
            code,
            globals,
            builtins,
            name: AtomicValue::new(code.name),
            qualname: AtomicValue::new(code.qualname),
            module: AtomicValue::new(module),
            doc: AtomicValue::new(Value::NONE),
            defaults: AtomicValue::new(Value::NULL),
            kwdefaults: AtomicValue::new(Value::NULL),
            closure: AtomicValue::new(Value::NULL),
            annotations: AtomicValue::new(Value::NULL),
        },
    )
}

/// A closure cell. NULL content means "empty" (unbound free variable).
pub struct CellObj {
    pub value: AtomicValue,
}

impl Trace for CellObj {
    fn trace(&self, t: &mut Tracer) {
        t.value(self.value.get())
    }
}

pub fn new_cell(v: Value) -> Value {
    alloc(
        types().cell,
        CellObj {
            value: AtomicValue::new(v),
        },
    )
    .value()
}

/// A function bound to an instance.
pub struct MethodObj {
    pub func: Value,
    pub this: Value,
}

impl Trace for MethodObj {
    fn trace(&self, t: &mut Tracer) {
        t.value(self.func);
        t.value(self.this);
    }
}

pub fn new_method(func: Value, this: Value) -> Value {
    alloc(types().method, MethodObj { func, this }).value()
}
