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

const LOCAL_CACHE_SIZE: usize = 1024;

thread_local! {
    /// Per-thread direct-mapped cache in front of the global table, indexed
    /// by a hash of the text: name lookups from many threads must not all
    /// take the table's lock. Interned strings are permanent roots, so the
    /// cached values stay valid.
    static LOCAL_CACHE: [std::cell::Cell<u64>; LOCAL_CACHE_SIZE] =
        const { [const { std::cell::Cell::new(0) }; LOCAL_CACHE_SIZE] };
}

/// FNV-1a: short identifiers hash in a few cycles.
#[inline]
fn text_hash(s: &str) -> usize {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in s.as_bytes() {
        h = (h ^ b as u64).wrapping_mul(0x100_0000_01b3);
    }
    h as usize
}

/// The interned `str` for `s`.
pub fn intern(s: &str) -> Value {
    let idx = text_hash(s) % LOCAL_CACHE_SIZE;
    let cached = LOCAL_CACHE.with(|c| c[idx].get());
    if cached != 0 {
        let v = Value::from_bits(cached);
        if v.as_str() == Some(s) {
            return v;
        }
    }
    let v = intern_global(s);
    LOCAL_CACHE.with(|c| c[idx].set(v.bits()));
    v
}

fn intern_global(s: &str) -> Value {
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

const STATIC_CACHE_SIZE: usize = 512;

thread_local! {
    /// Per-thread direct-mapped cache for `intern_static`: (literal
    /// address, interned value bits), indexed by the address.
    static STATIC_CACHE: [std::cell::Cell<(usize, u64)>; STATIC_CACHE_SIZE] =
        const { [const { std::cell::Cell::new((0, 0)) }; STATIC_CACHE_SIZE] };
}

/// `intern` for string literals, without the global lock on repeat calls.
/// Interned strings are permanent roots, so caching their values is safe.
#[inline]
pub fn intern_static(s: &'static str) -> Value {
    let addr = s.as_ptr() as usize;
    let idx = (addr >> 3) % STATIC_CACHE_SIZE;
    let hit = STATIC_CACHE.with(|c| {
        let (a, v) = c[idx].get();
        (a == addr && v != 0).then(|| Value::from_bits(v))
    });
    if let Some(v) = hit {
        if v.as_str().is_some_and(|t| t.len() == s.len()) {
            return v;
        }
    }
    let v = intern(s);
    STATIC_CACHE.with(|c| c[idx].set((addr, v.bits())));
    v
}
