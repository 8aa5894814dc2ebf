//! Ints: small ones are immediate `Value`s (50 bits); the rest are heap
//! `BigIntObj`s. Every constructor normalises, so a heap int is never in
//! small range and int equality of same-valued small ints is bit equality.

use crate::heap::kinds::Trace;
use crate::heap::{alloc, note_external, Tracer};
use crate::runtime::types::types;
use crate::value::Value;
use num_bigint::BigInt;
use num_traits::ToPrimitive;
use std::borrow::Cow;

pub struct BigIntObj {
    pub v: BigInt,
}

impl Trace for BigIntObj {
    fn trace(&self, _: &mut Tracer) {}
}

/// An int value from an i64.
#[inline]
pub fn int_from_i64(i: i64) -> Value {
    match Value::try_small_int(i) {
        Some(v) => v,
        None => alloc(types().int, BigIntObj { v: BigInt::from(i) }).value(),
    }
}

/// An int value from a big int (normalised to a small int when it fits).
pub fn int_from_big(b: BigInt) -> Value {
    if let Some(i) = b.to_i64() {
        if let Some(v) = Value::try_small_int(i) {
            return v;
        }
    }
    note_external(b.bits() as usize / 8);
    alloc(types().int, BigIntObj { v: b }).value()
}

impl Value {
    /// Whether this is an int (including bool and int subclasses).
    #[inline]
    pub fn is_int(self) -> bool {
        self.is_small_int() || self.is_bool() || self.is::<BigIntObj>()
    }
    /// The int value as a big int (bools count as 0/1).
    pub fn as_bigint(self) -> Option<Cow<'static, BigInt>> {
        if let Some(i) = self.as_small_int() {
            Some(Cow::Owned(BigInt::from(i)))
        } else if self.is_bool() {
            Some(Cow::Owned(BigInt::from((self == Value::TRUE) as i64)))
        } else {
            self.downcast::<BigIntObj>()
                .map(|g| Cow::Borrowed(&g.get().v))
        }
    }
    /// The int value if it fits an i64 (bools count as 0/1).
    #[inline]
    pub fn as_i64(self) -> Option<i64> {
        if let Some(i) = self.as_small_int() {
            Some(i)
        } else if self.is_bool() {
            Some((self == Value::TRUE) as i64)
        } else {
            self.downcast::<BigIntObj>().and_then(|g| g.v.to_i64())
        }
    }
}
