//! Descriptors: property, staticmethod, classmethod, and super objects.

use crate::atomics::AtomicValue;
use crate::heap::kinds::Trace;
use crate::heap::Tracer;
use crate::value::Value;

pub struct PropertyObj {
    pub fget: AtomicValue,
    pub fset: AtomicValue,
    pub fdel: AtomicValue,
    pub doc: AtomicValue,
}

impl Trace for PropertyObj {
    fn trace(&self, t: &mut Tracer) {
        for v in [&self.fget, &self.fset, &self.fdel, &self.doc] {
            t.value(v.get());
        }
    }
}

pub struct StaticMethodObj {
    pub func: AtomicValue,
}

impl Trace for StaticMethodObj {
    fn trace(&self, t: &mut Tracer) {
        t.value(self.func.get())
    }
}

pub struct ClassMethodObj {
    pub func: AtomicValue,
}

impl Trace for ClassMethodObj {
    fn trace(&self, t: &mut Tracer) {
        t.value(self.func.get())
    }
}

/// `super(typ, obj)`: attribute lookup starts after `typ` in `type(obj)`'s MRO.
pub struct SuperObj {
    pub typ: Value,
    pub obj: Value,
    pub obj_type: Value,
}

impl Trace for SuperObj {
    fn trace(&self, t: &mut Tracer) {
        t.values(&[self.typ, self.obj, self.obj_type])
    }
}

/// A `__slots__` entry: reads and writes `InstanceObj::slots[index]`.
pub struct SlotDescr {
    pub index: usize,
    pub name: Value,
    pub owner: Value,
}

impl crate::objects::native::NativeData for SlotDescr {
    fn trace(&self, t: &mut Tracer) {
        t.value(self.name);
        t.value(self.owner);
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}
