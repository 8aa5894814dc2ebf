//! `bytes` (immutable) and `bytearray` (mutable, locked).

use crate::atomics::obj_lock::Mutex;
use crate::heap::kinds::Trace;
use crate::heap::{alloc, note_external, Tracer};
use crate::runtime::types::types;
use crate::value::Value;

pub struct BytesObj {
    pub data: Box<[u8]>,
}
impl Trace for BytesObj {
    fn trace(&self, _: &mut Tracer) {}
}

pub struct ByteArrayObj {
    pub data: Mutex<Vec<u8>>,
}
impl Trace for ByteArrayObj {
    fn trace(&self, _: &mut Tracer) {}
}

pub fn new_bytes(data: impl Into<Box<[u8]>>) -> Value {
    let data = data.into();
    note_external(data.len());
    alloc(types().bytes, BytesObj { data }).value()
}

pub fn new_bytearray(data: Vec<u8>) -> Value {
    note_external(data.len());
    alloc(
        types().bytearray,
        ByteArrayObj {
            data: Mutex::new(data),
        },
    )
    .value()
}

impl Value {
    pub fn as_bytes<'a>(self) -> Option<&'a [u8]> {
        self.downcast::<BytesObj>().map(|g| &*g.get().data)
    }
}
