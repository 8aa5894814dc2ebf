//! Instances of `float` subclasses. Plain floats are immediate `Value`s
//! (see `value.rs`); an instance of `class F(float)` is a heap `FloatObj`
//! whose class is `F` (its `__dict__` lives in the object header).
//!
//! Layout: `FloatObj { v: f64, slots }` — the IEEE double (immutable) and
//! the subclass's `__slots__` cells.
//! `Value::as_float` stays immediate-only (the fast paths must not skip a
//! subclass's Python dunders); `as_float_any` also accepts subclass objects.

use crate::atomics::AtomicValue;
use crate::heap::kinds::Trace;
use crate::heap::{alloc, Tracer};
use crate::object::Gc;
use crate::objects::typeobj::TypeObj;
use crate::runtime::types::types;
use crate::value::Value;

pub struct FloatObj {
    pub v: f64,
    /// `__slots__` cells of the subclass (usually empty).
    pub slots: Box<[AtomicValue]>,
}

impl Trace for FloatObj {
    fn trace(&self, t: &mut Tracer) {
        for s in self.slots.iter() {
            t.value(s.get());
        }
    }
}

/// A float of class `cls`: the immediate for `float` itself, else a heap object.
pub fn float_of_class(cls: Gc<TypeObj>, v: f64) -> Value {
    if cls == types().float {
        return crate::builtins::numbers::new_float(v);
    }
    let slots = crate::objects::instance::new_slots(cls);
    alloc(cls, FloatObj { v, slots }).value()
}

impl Value {
    /// The value of a float or of a float subclass instance.
    #[inline]
    pub fn as_float_any(self) -> Option<f64> {
        if self.is_float() {
            return Some(self.float_unchecked());
        }
        self.downcast::<FloatObj>().map(|g| g.v)
    }
    /// Whether this is a float or a float subclass instance.
    #[inline]
    pub fn is_float_any(self) -> bool {
        self.is_float() || self.is::<FloatObj>()
    }
}

/// A float subclass instance as a plain float value; anything else unchanged.
#[inline]
pub fn plain_float(v: Value) -> Value {
    match v.downcast::<FloatObj>() {
        Some(g) => Value::float(g.v),
        None => v,
    }
}
