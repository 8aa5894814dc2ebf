//! `range` objects. Bounds are ints (small or big); `len` is precomputed.

use crate::heap::kinds::Trace;
use crate::heap::{alloc, Tracer};
use crate::runtime::types::types;
use crate::value::Value;

pub struct RangeObj {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
    /// Number of elements (an int value).
    pub len: Value,
}

impl Trace for RangeObj {
    fn trace(&self, t: &mut Tracer) {
        t.values(&[self.start, self.stop, self.step, self.len])
    }
}

pub fn new_range(start: Value, stop: Value, step: Value, len: Value) -> Value {
    alloc(
        types().range,
        RangeObj {
            start,
            stop,
            step,
            len,
        },
    )
    .value()
}
