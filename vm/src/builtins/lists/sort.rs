//! `list.sort` / `sorted`: a stable merge sort whose comparisons may run
//! Python code (the list is emptied meanwhile, as CPython does, and
//! restored afterwards).
//!
//! Most keys are small ints, exact strs, floats or exact tuples of those
//! (`key=lambda kv: (-kv[1], kv[0])`); `native_lt` orders them without the
//! generic rich-comparison machinery (which copies tuple items and looks up
//! user dunders for every pair). It gives exactly the answer CPython's
//! tuple comparison would: the first pair that is not identical and not
//! equal decides with `<`.

use crate::object::Gc;
use crate::objects::list::ListObj;
use crate::protocol::{call, compare, truthy};
use crate::runtime::errors::value_error;
use crate::runtime::thread::Thread;
use crate::runtime::types::{type_of, types};
use crate::runtime::PyResult;
use crate::value::Value;

pub fn sort_list(
    ts: &mut Thread,
    list: Gc<ListObj>,
    key: Option<Value>,
    reverse: Option<Value>,
) -> PyResult<()> {
    let reverse = match reverse {
        Some(r) if r.is_bool() => r == Value::TRUE,
        Some(r) => {
            let i = crate::builtins::numbers::index(ts, r)?;
            !matches!(i.as_i64(), Some(0))
        }
        None => false,
    };
    let key = key.filter(|k| !k.is_none());
    let items = list.items.lock().take();
    // Root the items and keys while Python code runs.
    let keep = crate::objects::list::new_list_gc(items.clone());
    let keys = match key {
        Some(f) => {
            let mut ks = Vec::with_capacity(items.len());
            for &x in &items {
                match call(ts, f, &[x], &[]) {
                    Ok(k) => {
                        keep.push(k);
                        ks.push(k);
                    }
                    Err(e) => {
                        list.items.lock().replace(items);
                        return Err(e);
                    }
                }
            }
            ks
        }
        None => items.clone(),
    };
    let mut idx: Vec<usize> = (0..items.len()).collect();
    if reverse {
        idx.reverse();
    }
    let leads = tuple_leads(&keys);
    let mut err = None;
    let mut scratch = Vec::with_capacity(idx.len() / 2 + 1);
    merge_sort(&mut idx, &mut scratch, &mut |a, b| {
        if err.is_some() {
            return false;
        }
        if let Some(r) = leads.as_ref().and_then(|l| l.lt(b, a)) {
            return r;
        }
        match less(ts, keys[b], keys[a]) {
            Ok(r) => r,
            Err(e) => {
                err = Some(e);
                false
            }
        }
    });
    if reverse {
        idx.reverse();
    }
    let sorted: Vec<Value> = idx.iter().map(|&i| items[i]).collect();
    let modified = {
        let mut guard = list.items.lock();
        let modified = !guard.is_empty();
        guard.replace(if err.is_some() { items } else { sorted });
        modified
    };
    crate::heap::keep_alive(&keep);
    match err {
        Some(e) => Err(e),
        None if modified => Err(value_error("list modified during sort")),
        None => Ok(()),
    }
}

fn less(ts: &mut Thread, a: Value, b: Value) -> PyResult<bool> {
    if let Some(r) = native_lt(a, b) {
        return Ok(r);
    }
    let r = compare::rich_compare(ts, a, b, compare::LT)?;
    truthy(ts, r)
}

/// The items of every key, when every key is a non-empty exact tuple:
/// kept beside the indices, so a comparison need not load the tuple
/// objects, and the first items (often small ints) may decide alone.
struct TupleKeys<'a> {
    leads: Vec<Value>,
    items: Vec<&'a [Value]>,
}

fn tuple_leads<'a>(keys: &[Value]) -> Option<TupleKeys<'a>> {
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
    fn lt(&self, a: usize, b: usize) -> Option<bool> {
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
fn native_lt(a: Value, b: Value) -> Option<bool> {
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

/// Lists shorter than this are sorted exactly as CPython's timsort sorts
/// them (one natural run, then binary insertion), so even inconsistent
/// comparisons (NaN keys, odd `__lt__`s) give CPython's order.
const SMALL: usize = 64;

/// Stable merge sort; `gt(a, b)` answers "is b < a" (so equal elements
/// keep their order). `scratch` is reused for every merge.
fn merge_sort(
    v: &mut [usize],
    scratch: &mut Vec<usize>,
    gt: &mut impl FnMut(usize, usize) -> bool,
) {
    let n = v.len();
    if n < SMALL {
        small_sort(v, gt);
        return;
    }
    let mid = n / 2;
    merge_sort(&mut v[..mid], scratch, gt);
    merge_sort(&mut v[mid..], scratch, gt);
    // Already in order (presorted input): nothing to merge.
    if !gt(v[mid - 1], v[mid]) {
        return;
    }
    scratch.clear();
    scratch.extend_from_slice(&v[..mid]);
    // Merge the copied left half with the right half in place: the write
    // position `k = i + (j - mid)` never passes the unread `j`.
    let (mut i, mut j, mut k) = (0, mid, 0);
    while i < scratch.len() && j < n {
        if gt(scratch[i], v[j]) {
            v[k] = v[j];
            j += 1;
        } else {
            v[k] = scratch[i];
            i += 1;
        }
        k += 1;
    }
    // Whatever is left of the right half is already in place.
    v[k..k + scratch.len() - i].copy_from_slice(&scratch[i..]);
}

/// CPython's sort of a short list: `count_run` finds the leading
/// ascending (or strictly descending, then reversed) run, and `binarysort`
/// inserts the rest, with the same comparisons in the same order.
fn small_sort(v: &mut [usize], gt: &mut impl FnMut(usize, usize) -> bool) {
    let n = v.len();
    if n < 2 {
        return;
    }
    let mut run = 2;
    if gt(v[0], v[1]) {
        while run < n && gt(v[run - 1], v[run]) {
            run += 1;
        }
        v[..run].reverse();
    } else {
        while run < n && !gt(v[run - 1], v[run]) {
            run += 1;
        }
    }
    binary_insertion_sort(v, run, gt);
}

/// Inserts each element from `start` on after every earlier one it is not
/// less than (`v[..start]` is sorted).
fn binary_insertion_sort(v: &mut [usize], start: usize, gt: &mut impl FnMut(usize, usize) -> bool) {
    for i in start..v.len() {
        let x = v[i];
        let (mut lo, mut hi) = (0, i);
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if gt(v[mid], x) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        v.copy_within(lo..i, lo + 1);
        v[lo] = x;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merge_sort_is_stable_and_sorted() {
        // Sort indices by key, equal keys in index order.
        for n in [0, 1, 2, 15, 16, 17, 63, 64, 65, 100, 1000] {
            let keys: Vec<u32> = (0..n).map(|i| (i * 7919 % 13) as u32).collect();
            let mut v: Vec<usize> = (0..n).collect();
            let mut scratch = Vec::new();
            merge_sort(&mut v, &mut scratch, &mut |a, b| keys[b] < keys[a]);
            let mut want: Vec<usize> = (0..n).collect();
            want.sort_by_key(|&i| keys[i]);
            assert_eq!(v, want);
        }
    }
}
