//! Ordering sort keys without Python code: small ints, exact strs,
//! floats and exact tuples of those (`key=lambda kv: (-kv[1], kv[0])`).
//! The answers are exactly those of CPython's comparisons: in a tuple, the
//! first pair that is not identical and not equal decides with `<`.

use crate::runtime::types::{type_of, types};
use crate::value::Value;

/// The items of every key, when every key is a non-empty exact tuple:
/// kept beside the indices, so a comparison need not load the tuple
/// objects, and the first items (often small ints) may decide alone.
pub(super) struct TupleKeys<'a> {
    leads: Vec<Value>,
    items: Vec<&'a [Value]>,
}

pub(super) fn tuple_leads<'a>(keys: &[Value]) -> Option<TupleKeys<'a>> {
    let t = types().tuple;
    let items = keys
        .iter()
        .map(|&k| {
            if k.is_ptr() && type_of(k) == t {
                k.as_tuple().filter(|x| !x.is_empty())
            } else {
                None
            }
        })
        .collect::<Option<Vec<&[Value]>>>()?;
    let leads = items.iter().map(|x| x[0]).collect();
    Some(TupleKeys { leads, items })
}

impl TupleKeys<'_> {
    /// Whether key `a` < key `b`; None when that needs `less`.
    #[inline]
    pub(super) fn lt(&self, a: usize, b: usize) -> Option<bool> {
        let (p, q) = (self.leads[a], self.leads[b]);
        if p != q {
            if let Order::Less(r) = native_order(p, q)? {
                return Some(r);
            }
        }
        match seq_order(self.items[a], self.items[b])? {
            Order::Equal => Some(false),
            Order::Less(r) => Some(r),
        }
    }
}

/// `a < b` for keys that compare without Python code (small ints, exact
/// strs, floats, exact tuples of those); None for anything else.
pub(super) fn native_lt(a: Value, b: Value) -> Option<bool> {
    match native_order(a, b)? {
        Order::Equal => Some(false),
        Order::Less(r) => Some(r),
    }
}

/// The outcome of comparing two keys natively: equal, or unequal with the
/// answer to `a < b`.
enum Order {
    Equal,
    Less(bool),
}

fn native_order(a: Value, b: Value) -> Option<Order> {
    if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
        return Some(if x == y {
            Order::Equal
        } else {
            Order::Less(x < y)
        });
    }
    if let (Some(x), Some(y)) = (a.as_float(), b.as_float()) {
        // A NaN is unequal to everything and less than nothing.
        return Some(if x == y {
            Order::Equal
        } else {
            Order::Less(x < y)
        });
    }
    if !a.is_ptr() || !b.is_ptr() {
        return None;
    }
    let t = types();
    let (ta, tb) = (type_of(a), type_of(b));
    if ta != tb {
        return None;
    }
    if ta == t.str {
        let (x, y) = (a.as_str()?, b.as_str()?);
        // UTF-8 byte order is code point order.
        return Some(if x == y {
            Order::Equal
        } else {
            Order::Less(x < y)
        });
    }
    if ta == t.tuple {
        return seq_order(a.as_tuple()?, b.as_tuple()?);
    }
    None
}

/// Tuple comparison of two item slices, when every item pair it looks at
/// compares natively.
fn seq_order(x: &[Value], y: &[Value]) -> Option<Order> {
    for (&p, &q) in x.iter().zip(y) {
        // Tuple comparison takes identical items as equal without asking
        // them (an identical NaN included).
        if p == q {
            continue;
        }
        match native_order(p, q)? {
            Order::Equal => {}
            unequal => return Some(unequal),
        }
    }
    Some(if x.len() == y.len() {
        Order::Equal
    } else {
        Order::Less(x.len() < y.len())
    })
}
