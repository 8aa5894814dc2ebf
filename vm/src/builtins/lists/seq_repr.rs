//! `list.__repr__`, `tuple.__repr__` and friends for explicit calls (the
//! `repr()` protocol has its own fast path): element reprs go through
//! `repr()`, and a per-thread guard turns recursion into `[...]`.

use super::arity::with_roots;
use crate::protocol::repr;
use crate::runtime::thread::Thread;
use crate::runtime::PyResult;
use crate::value::Value;
use std::cell::RefCell;

thread_local! {
    static ACTIVE: RefCell<Vec<u64>> = const { RefCell::new(Vec::new()) };
}

/// Runs `f` unless `obj`'s repr is already in progress on this thread, in
/// which case the result is `recursive`.
pub fn guarded(
    ts: &mut Thread,
    obj: Value,
    recursive: &str,
    f: impl FnOnce(&mut Thread) -> PyResult<String>,
) -> PyResult<String> {
    let id = obj.bits();
    if ACTIVE.with(|a| a.borrow().contains(&id)) {
        return Ok(recursive.to_string());
    }
    ACTIVE.with(|a| a.borrow_mut().push(id));
    let r = f(ts);
    ACTIVE.with(|a| a.borrow_mut().retain(|&x| x != id));
    r
}

/// `repr(v)` as a Rust string (honouring Python `__repr__`s).
pub fn repr_of(ts: &mut Thread, v: Value) -> PyResult<String> {
    let r = repr(ts, v)?;
    Ok(r.as_str().unwrap_or("").to_string())
}

/// The items' reprs joined with ", " (items rooted meanwhile).
pub fn join(ts: &mut Thread, items: &[Value]) -> PyResult<String> {
    with_roots(ts, items, |ts| {
        let mut out = String::new();
        for (i, &x) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str(&repr_of(ts, x)?);
        }
        Ok(out)
    })
}

/// `[a, b]`
pub fn list_repr(ts: &mut Thread, obj: Value, items: &[Value]) -> PyResult<String> {
    guarded(ts, obj, "[...]", |ts| Ok(format!("[{}]", join(ts, items)?)))
}

/// `(a, b)` / `(a,)`
pub fn tuple_repr(ts: &mut Thread, obj: Value, items: &[Value]) -> PyResult<String> {
    guarded(ts, obj, "(...)", |ts| {
        let inner = join(ts, items)?;
        Ok(if items.len() == 1 {
            format!("({inner},)")
        } else {
            format!("({inner})")
        })
    })
}
