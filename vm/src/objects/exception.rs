//! Exception instances and traceback entries.

use crate::atomics::AtomicValue;
use crate::heap::kinds::Trace;
use crate::heap::{alloc, Tracer};
use crate::object::Gc;
use crate::objects::code::CodeObj;
use crate::objects::typeobj::TypeObj;
use crate::runtime::types::types;
use crate::value::Value;
use std::sync::atomic::AtomicBool;

pub struct ExceptionObj {
    /// Tuple of constructor arguments.
    pub args: AtomicValue,
    /// The innermost-last traceback chain (`TracebackObj`), or NONE.
    pub traceback: AtomicValue,
    pub cause: AtomicValue,
    pub context: AtomicValue,
    pub suppress_context: AtomicBool,
    pub notes: AtomicValue,
}

impl Trace for ExceptionObj {
    fn trace(&self, t: &mut Tracer) {
        for v in [
            &self.args,
            &self.traceback,
            &self.cause,
            &self.context,
            &self.notes,
        ] {
            t.value(v.get());
        }
    }
}

pub fn new_exception(cls: Gc<TypeObj>, args: Value) -> Gc<ExceptionObj> {
    alloc(
        cls,
        ExceptionObj {
            args: AtomicValue::new(args),
            traceback: AtomicValue::new(Value::NONE),
            cause: AtomicValue::new(Value::NONE),
            context: AtomicValue::new(Value::NONE),
            suppress_context: AtomicBool::new(false),
            notes: AtomicValue::new(Value::NULL),
        },
    )
}

/// One traceback entry: where a frame was when the exception passed through.
pub struct TracebackObj {
    pub next: Value,
    pub code: Gc<CodeObj>,
    /// Code unit index of the faulting instruction.
    pub lasti: u32,
}

impl Trace for TracebackObj {
    fn trace(&self, t: &mut Tracer) {
        t.value(self.next);
        t.gc(self.code);
    }
}

pub fn new_traceback(next: Value, code: Gc<CodeObj>, lasti: u32) -> Value {
    alloc(types().traceback, TracebackObj { next, code, lasti }).value()
}
