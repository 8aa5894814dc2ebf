//! Builtin iterators. One payload kind with a state enum; the Python type
//! (`list_iterator`, `enumerate`, `zip`, ...) is the object's class.
//! States that call Python (map, filter, zip over generic iterators) copy
//! what they need out of the lock before calling.

use crate::atomics::obj_lock::Mutex;
use crate::heap::kinds::Trace;
use crate::heap::{alloc, Tracer};
use crate::object::Gc;
use crate::objects::typeobj::TypeObj;
use crate::value::Value;

pub enum IterState {
    /// Index-based iteration over a list, tuple, str, bytes, or a sequence
    /// with `__getitem__`.
    Seq {
        seq: Value,
        idx: usize,
    },
    Range {
        next: i64,
        stop: i64,
        step: i64,
    },
    /// Iteration over a range with big-int bounds.
    BigRange {
        next: Value,
        stop: Value,
        step: Value,
    },
    Reversed {
        seq: Value,
        idx: usize,
    },
    /// `kind`: 0 keys, 1 values, 2 items. `len` detects resizing.
    Dict {
        dict: Value,
        pos: usize,
        kind: u8,
        len: usize,
    },
    Set {
        set: Value,
        pos: usize,
        len: usize,
    },
    Enumerate {
        it: Value,
        count: Value,
    },
    Zip {
        its: Vec<Value>,
        strict: bool,
    },
    Map {
        func: Value,
        its: Vec<Value>,
    },
    Filter {
        func: Value,
        it: Value,
    },
    Callable {
        func: Value,
        sentinel: Value,
    },
    Exhausted,
}

pub struct IterObj {
    pub state: Mutex<IterState>,
}

impl Trace for IterObj {
    fn trace(&self, t: &mut Tracer) {
        match self.state.peek(t) {
            IterState::Seq { seq, .. } | IterState::Reversed { seq, .. } => t.value(*seq),
            IterState::Range { .. } | IterState::Exhausted => {}
            IterState::BigRange { next, stop, step } => t.values(&[*next, *stop, *step]),
            IterState::Dict { dict, .. } => t.value(*dict),
            IterState::Set { set, .. } => t.value(*set),
            IterState::Enumerate { it, count } => t.values(&[*it, *count]),
            IterState::Zip { its, .. } => t.values(its),
            IterState::Map { func, its } => {
                t.value(*func);
                t.values(its)
            }
            IterState::Filter { func, it } => t.values(&[*func, *it]),
            IterState::Callable { func, sentinel } => t.values(&[*func, *sentinel]),
        }
    }
}

pub fn new_iter(cls: Gc<TypeObj>, state: IterState) -> Value {
    alloc(
        cls,
        IterObj {
            state: Mutex::new(state),
        },
    )
    .value()
}
