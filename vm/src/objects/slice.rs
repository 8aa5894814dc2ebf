//! `slice` objects.

use crate::heap::kinds::Trace;
use crate::heap::{alloc, Tracer};
use crate::runtime::types::types;
use crate::value::Value;

pub struct SliceObj {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

impl Trace for SliceObj {
    fn trace(&self, t: &mut Tracer) {
        t.values(&[self.start, self.stop, self.step])
    }
}

pub fn new_slice(start: Value, stop: Value, step: Value) -> Value {
    alloc(types().slice, SliceObj { start, stop, step }).value()
}
