//! `complex` numbers (and instances of complex subclasses).
//!
//! Layout: `ComplexObj { re: f64, im: f64 }` — two IEEE doubles, immutable;
//! the class in the header tells `complex` from a subclass.

use crate::heap::kinds::Trace;
use crate::heap::{alloc, Tracer};
use crate::object::Gc;
use crate::objects::typeobj::TypeObj;
use crate::runtime::types::types;
use crate::value::Value;

pub struct ComplexObj {
    pub re: f64,
    pub im: f64,
}

impl Trace for ComplexObj {
    fn trace(&self, _: &mut Tracer) {}
}

/// A new exact `complex`.
pub fn new_complex(re: f64, im: f64) -> Value {
    alloc(types().complex, ComplexObj { re, im }).value()
}

/// A complex of class `cls` (`complex` or a subclass).
pub fn complex_of_class(cls: Gc<TypeObj>, re: f64, im: f64) -> Value {
    alloc(cls, ComplexObj { re, im }).value()
}

impl Value {
    /// `(real, imag)` of a complex (or complex subclass instance).
    #[inline]
    pub fn as_complex(self) -> Option<(f64, f64)> {
        self.downcast::<ComplexObj>().map(|g| (g.re, g.im))
    }
}
