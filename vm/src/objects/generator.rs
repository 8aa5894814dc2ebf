//! Generators (and coroutines): an object owning a suspended frame.

use crate::atomics::obj_lock::Mutex;
use crate::atomics::AtomicValue;
use crate::heap::kinds::Trace;
use crate::heap::{alloc, Tracer};
use crate::object::Gc;
use crate::objects::code::CodeObj;
use crate::objects::typeobj::TypeObj;
use crate::runtime::frame::SavedFrame;
use crate::value::Value;

#[derive(Default)]
pub struct GenState {
    /// The suspended frame; None once finished (or while running).
    pub frame: Option<Box<SavedFrame>>,
    pub running: bool,
    pub started: bool,
    pub finished: bool,
    /// Async generators: no more items (`ag_closed`).
    pub ag_closed: bool,
    /// Async generators: an asend/athrow is in progress (`ag_running_async`).
    pub ag_running_async: bool,
    /// The exception the generator's own handlers were handling when it
    /// suspended (`gi_exc_state`), or NULL/None.
    pub exc_state: Value,
    /// The last resumed frame's box and slot buffer, kept (untraced, slots
    /// cleared) for the next suspension, so a yield/resume cycle allocates
    /// nothing.
    pub spare: Option<Box<SavedFrame>>,
}

pub struct GeneratorObj {
    pub state: Mutex<GenState>,
    pub code: Gc<CodeObj>,
    pub name: AtomicValue,
    pub qualname: AtomicValue,
}

impl Trace for GeneratorObj {
    fn trace(&self, t: &mut Tracer) {
        t.gc(self.code);
        t.value(self.name.get());
        t.value(self.qualname.get());
        let st = self.state.peek(t);
        let exc = st.exc_state;
        if let Some(f) = &st.frame {
            f.trace(t);
        }
        t.value(exc);
    }
}

pub fn new_generator(
    cls: Gc<TypeObj>,
    frame: SavedFrame,
    name: Value,
    qualname: Value,
) -> Gc<GeneratorObj> {
    let code = frame.frame.code;
    alloc(
        cls,
        GeneratorObj {
            state: Mutex::new(GenState {
                frame: Some(Box::new(frame)),
                ..Default::default()
            }),
            code,
            name: AtomicValue::new(name),
            qualname: AtomicValue::new(qualname),
        },
    )
}
