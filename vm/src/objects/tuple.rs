//! `tuple`: an immutable boxed slice of values.

use crate::heap::kinds::Trace;
use crate::heap::{alloc, Tracer};
use crate::runtime::types::types;
use crate::value::Value;

pub struct TupleObj {
    pub items: Box<[Value]>,
}

impl Trace for TupleObj {
    fn trace(&self, t: &mut Tracer) {
        t.values(&self.items)
    }
}

pub fn new_tuple(items: impl Into<Box<[Value]>>) -> Value {
    let items = items.into();
    if items.is_empty() {
        return types().empty_tuple;
    }
    crate::heap::note_external(items.len() * 8);
    alloc(types().tuple, TupleObj { items }).value()
}

impl Value {
    /// The items of a tuple (or tuple subclass) value.
    #[inline]
    pub fn as_tuple<'a>(self) -> Option<&'a [Value]> {
        self.downcast::<TupleObj>().map(|g| &*g.get().items)
    }
}
