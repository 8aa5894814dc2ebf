//! Frames. A running frame's slots (`localsplus` then the value stack) live
//! in the thread's value stack starting at `base`; the frame stack is a
//! `Vec<Frame>` per thread, so Python-to-Python calls never recurse natively.
//! A suspended generator frame is a `SavedFrame` that owns copies of its
//! slots; frames record unit offsets (`pc`), never pointers into bytecode.

use crate::heap::Tracer;
use crate::object::Gc;
use crate::objects::code::CodeObj;
use crate::objects::dict::DictObj;
use crate::value::Value;

#[derive(Clone, Copy, Debug)]
pub struct Frame {
    pub code: Gc<CodeObj>,
    /// The function being run, or NULL for module and class bodies.
    pub func: Value,
    pub globals: Gc<DictObj>,
    pub builtins: Gc<DictObj>,
    /// The namespace for `LOAD_NAME`/`STORE_NAME` (module and class bodies), or NULL.
    pub locals: Value,
    /// Index of `localsplus[0]` in the thread's value stack.
    pub base: usize,
    /// Unit index of the next instruction to run when this frame resumes.
    pub pc: usize,
    /// Unit index of the instruction running (or last run) in this frame:
    /// what tracebacks and the exception table see for a call in progress.
    pub lasti: usize,
    /// The caller's value-stack length to restore on return (drops the
    /// callable, `self_or_null` and this frame's slots).
    pub ret_sp: usize,
    /// The generator that owns this frame, or NULL.
    pub generator: Value,
    /// Returning from this frame returns from the current `eval::run` call.
    pub is_entry: bool,
    /// A generator frame resumed inline by SEND (not an entry frame): the
    /// handled exception to restore when it suspends or ends...
    pub prev_exc: Value,
    /// ...and SEND's jump, taken in the caller when the generator returns.
    pub send_jump: u32,
    /// `CALL_ALLOC_AND_ENTER_INIT`'s new instance: this frame runs its
    /// `__init__`, whose return must be None and is replaced by the instance.
    pub init_self: Value,
}

impl Frame {
    pub fn trace(&self, t: &mut Tracer) {
        t.gc(self.code);
        t.gc(self.globals);
        t.gc(self.builtins);
        t.values(&[
            self.func,
            self.locals,
            self.generator,
            self.prev_exc,
            self.init_self,
        ]);
    }
}

/// A generator's frame while suspended: the frame plus its slots.
pub struct SavedFrame {
    pub frame: Frame,
    pub slots: Vec<Value>,
}

impl SavedFrame {
    pub fn trace(&self, t: &mut Tracer) {
        self.frame.trace(t);
        t.values(&self.slots);
    }
}
