//! Interned strings: identifiers and attribute names share one `str` object
//! per spelling, so name comparisons are usually pointer comparisons.

use crate::objects::str::new_str;
use crate::value::Value;
use parking_lot::Mutex;
use std::collections::HashMap;
use std::sync::OnceLock;

static TABLE: OnceLock<Mutex<HashMap<Box<str>, Value>>> = OnceLock::new();

fn table() -> &'static Mutex<HashMap<Box<str>, Value>> {
    TABLE.get_or_init(|| Mutex::new(HashMap::new()))
}

/// The interned `str` for `s`.
pub fn intern(s: &str) -> Value {
    let mut t = table().lock();
    if let Some(&v) = t.get(s) {
        return v;
    }
    let v = new_str(s);
    t.insert(s.into(), v);
    v
}

/// Reports every interned string to the collector (they are roots).
pub fn trace_interned(t: &mut crate::heap::Tracer) {
    for &v in table().lock().values() {
        t.value(v);
    }
}

thread_local! {
    /// Per-thread cache for `intern_static`, keyed by the literal's address.
    static STATIC_CACHE: std::cell::RefCell<HashMap<usize, Value>> = std::cell::RefCell::new(HashMap::new());
}

/// `intern` for string literals, without the global lock on repeat calls.
/// Interned strings are permanent roots, so caching their values is safe.
pub fn intern_static(s: &'static str) -> Value {
    let key = s.as_ptr() as usize ^ (s.len() << 48);
    if let Some(v) = STATIC_CACHE.with(|c| c.borrow().get(&key).copied()) {
        return v;
    }
    let v = intern(s);
    STATIC_CACHE.with(|c| c.borrow_mut().insert(key, v));
    v
}
