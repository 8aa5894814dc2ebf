//! Instances of user classes whose solid base is `object`. Attributes live
//! in the header's `__dict__`; `__slots__` entries live in `slots`.

use crate::atomics::AtomicValue;
use crate::heap::kinds::Trace;
use crate::heap::{alloc, Tracer};
use crate::object::Gc;
use crate::objects::typeobj::TypeObj;

pub struct InstanceObj {
    pub slots: Box<[AtomicValue]>,
}

impl Trace for InstanceObj {
    fn trace(&self, t: &mut Tracer) {
        for s in self.slots.iter() {
            t.value(s.get());
        }
    }
}

pub fn new_instance(cls: Gc<TypeObj>) -> Gc<InstanceObj> {
    let slots = (0..cls.nslots).map(|_| AtomicValue::default()).collect();
    alloc(cls, InstanceObj { slots })
}

/// The `__slots__` cells of an object whose payload carries them
/// (plain instances, float and complex subclass instances).
pub fn slot_cells<'a>(obj: crate::value::Value) -> Option<&'a [AtomicValue]> {
    if let Some(i) = obj.downcast::<InstanceObj>() {
        return Some(&i.get().slots);
    }
    if let Some(f) = obj.downcast::<crate::objects::float::FloatObj>() {
        return Some(&f.get().slots);
    }
    obj.downcast::<crate::objects::complex::ComplexObj>()
        .map(|c| &c.get().slots[..])
}

/// Fresh (empty) slot cells for an instance of `cls`.
pub fn new_slots(cls: Gc<TypeObj>) -> Box<[AtomicValue]> {
    (0..cls.nslots).map(|_| AtomicValue::default()).collect()
}
