//! `tuple`: an immutable sequence of values. Tuples of up to `INLINE`
//! items (pairs from `dict.items()`, `enumerate`, sort keys, ...) keep
//! them inside the object, so building one is a single cell allocation and
//! freeing it a sweep with no `free`; longer ones own a boxed slice.

use crate::heap::kinds::Trace;
use crate::heap::{alloc, Tracer};
use crate::runtime::types::types;
use crate::value::Value;

/// Items stored inline.
const INLINE: usize = 2;

pub struct TupleObj {
    items: Items,
}

/// A tuple's storage (opaque: made only by `IntoItems`).
pub struct Items(Repr);

enum Repr {
    Inline { len: u8, buf: [Value; INLINE] },
    Heap(Box<[Value]>),
}

// The pair layout keeps the object in the same cell size as a boxed slice.
const _: () = assert!(std::mem::size_of::<TupleObj>() == 24);

impl Trace for TupleObj {
    fn trace(&self, t: &mut Tracer) {
        t.values(self.items())
    }
}

impl TupleObj {
    pub fn new(items: impl IntoItems) -> TupleObj {
        TupleObj {
            items: items.into_items(),
        }
    }

    #[inline(always)]
    pub fn items(&self) -> &[Value] {
        match &self.items.0 {
            Repr::Inline { len, buf } => &buf[..*len as usize],
            Repr::Heap(b) => b,
        }
    }

    /// Bytes allocated outside the object (for the collector's budget).
    fn external_bytes(&self) -> usize {
        match &self.items.0 {
            Repr::Inline { .. } => 0,
            Repr::Heap(b) => b.len() * 8,
        }
    }
}

/// Values a tuple can be made from: short ones are copied inline, long
/// owned ones moved in.
pub trait IntoItems {
    fn into_items(self) -> Items;
}

fn inline(items: &[Value]) -> Items {
    let mut buf = [Value::NULL; INLINE];
    buf[..items.len()].copy_from_slice(items);
    Items(Repr::Inline {
        len: items.len() as u8,
        buf,
    })
}

impl IntoItems for &[Value] {
    #[inline]
    fn into_items(self) -> Items {
        if self.len() <= INLINE {
            inline(self)
        } else {
            Items(Repr::Heap(self.into()))
        }
    }
}

impl<const N: usize> IntoItems for [Value; N] {
    #[inline]
    fn into_items(self) -> Items {
        self.as_slice().into_items()
    }
}

impl IntoItems for Vec<Value> {
    #[inline]
    fn into_items(self) -> Items {
        if self.len() <= INLINE {
            inline(&self)
        } else {
            Items(Repr::Heap(self.into_boxed_slice()))
        }
    }
}

impl IntoItems for Box<[Value]> {
    #[inline]
    fn into_items(self) -> Items {
        if self.len() <= INLINE {
            inline(&self)
        } else {
            Items(Repr::Heap(self))
        }
    }
}

pub fn new_tuple(items: impl IntoItems) -> Value {
    let obj = TupleObj::new(items);
    if obj.items().is_empty() {
        return types().empty_tuple;
    }
    // Inline items own nothing outside the cell: skip the shared
    // counter's atomic add.
    if obj.external_bytes() > 0 {
        crate::heap::note_external(obj.external_bytes());
    }
    alloc(types().tuple, obj).value()
}

impl Value {
    /// The items of a tuple (or tuple subclass) value.
    #[inline]
    pub fn as_tuple<'a>(self) -> Option<&'a [Value]> {
        self.downcast::<TupleObj>().map(|g| g.get().items())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_and_heap_round_trip() {
        let vals: Vec<Value> = (0..5).map(|i| Value::from_bits(i * 16 + 8)).collect();
        for n in 0..=vals.len() {
            let items = &vals[..n];
            assert_eq!(TupleObj::new(items).items(), items);
            assert_eq!(TupleObj::new(items.to_vec()).items(), items);
            let inline = matches!(TupleObj::new(items).items.0, Repr::Inline { .. });
            assert_eq!(inline, n <= INLINE);
        }
    }
}
