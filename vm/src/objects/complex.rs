//! `complex` numbers (and instances of complex subclasses).
//!
//! Layout: `ComplexObj { re: f64, im: f64, slots }` — two IEEE doubles
//! (immutable) and a subclass's `__slots__` cells; the class in the header
//! tells `complex` from a subclass.

use crate::atomics::AtomicValue;
use crate::heap::kinds::Trace;
use crate::heap::{alloc, Tracer};
use crate::object::Gc;
use crate::objects::typeobj::TypeObj;
use crate::runtime::types::types;
use crate::value::Value;

pub struct ComplexObj {
    pub re: f64,
    pub im: f64,
    /// `__slots__` cells of a subclass (empty for `complex` itself).
    pub slots: Box<[AtomicValue]>,
}

impl Trace for ComplexObj {
    fn trace(&self, t: &mut Tracer) {
        for s in self.slots.iter() {
            t.value(s.get());
        }
    }
}

/// A new exact `complex`.
pub fn new_complex(re: f64, im: f64) -> Value {
    let slots = Box::new([]);
    alloc(types().complex, ComplexObj { re, im, slots }).value()
}

/// A complex of class `cls` (`complex` or a subclass).
pub fn complex_of_class(cls: Gc<TypeObj>, re: f64, im: f64) -> Value {
    let slots = crate::objects::instance::new_slots(cls);
    alloc(cls, ComplexObj { re, im, slots }).value()
}

impl Value {
    /// `(real, imag)` of a complex (or complex subclass instance).
    #[inline]
    pub fn as_complex(self) -> Option<(f64, f64)> {
        self.downcast::<ComplexObj>().map(|g| (g.re, g.im))
    }
}
