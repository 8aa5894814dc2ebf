//! Objects whose payload is any Rust type (stdlib module objects such as
//! locks or deques): a boxed trait object that traces itself.

use crate::heap::kinds::Trace;
use crate::heap::{alloc, Tracer};
use crate::object::Gc;
use crate::objects::typeobj::TypeObj;
use crate::value::Value;
use std::any::Any;

pub trait NativeData: Any + Send + Sync {
    fn trace(&self, _t: &mut Tracer) {}
    fn as_any(&self) -> &dyn Any;
}

pub struct NativeObj {
    pub data: Box<dyn NativeData>,
}

impl Trace for NativeObj {
    fn trace(&self, t: &mut Tracer) {
        self.data.trace(t)
    }
}

pub fn new_native(cls: Gc<TypeObj>, data: impl NativeData) -> Value {
    alloc(
        cls,
        NativeObj {
            data: Box::new(data),
        },
    )
    .value()
}

impl Value {
    /// The native payload of type `T`, if this is such an object.
    pub fn as_native<'a, T: NativeData>(self) -> Option<&'a T> {
        self.downcast::<NativeObj>()
            .and_then(|g| g.get().data.as_any().downcast_ref::<T>())
    }
}
