//! What the specializer's inline caches read from a dict: keys versions
//! with entry indices (module globals, builtins, module attributes) and
//! index hints (instance `__dict__`s). Every read here is lock-free; see
//! `keys.rs` for why a cached index is safe to read while the version (or
//! the key at the hint) still matches.

use super::DictCell;
use crate::value::Value;

impl DictCell {
    /// Under the lock: the keys version (assigned if needed) and the index
    /// of `key` (a str compared by identity, hashed `hash`) if present.
    /// `None` when the dict is empty or versions ran out.
    pub fn versioned_index(&self, hash: i64, key: Value) -> Option<(u32, Option<usize>)> {
        let _writers = self.meta.lock();
        let keys = self.keys.load()?;
        let version = keys.ensure_version();
        (version != 0).then(|| (version, keys.index_of_identical(hash, key)))
    }

    /// Lock-free: the live value at `index` if the keys version is still
    /// `version` (NULL-free: `None` when deleted or the keys changed).
    #[inline(always)]
    pub fn value_if_version(&self, version: u32, index: usize) -> Option<Value> {
        let keys = self.keys.load()?;
        if keys.version() != version {
            return None;
        }
        let v = keys.value_at(index);
        (!v.is_null()).then_some(v)
    }

    /// Lock-free: whether the keys version is still `version`.
    #[inline(always)]
    pub fn has_version(&self, version: u32) -> bool {
        self.keys.load().is_some_and(|k| k.version() == version)
    }

    /// Lock-free: the index of `key` (identity) for a later hint.
    pub fn hint_of(&self, hash: i64, key: Value) -> Option<usize> {
        self.keys.load()?.index_of_identical(hash, key)
    }

    /// Lock-free: the live value at `hint` if its key is `key`.
    #[inline(always)]
    pub fn value_at_hint(&self, hint: usize, key: Value) -> Option<Value> {
        self.keys.load()?.value_if_key(hint, key)
    }

    /// Replaces the value at `hint` if its key is `key` and it is live;
    /// false (nothing stored) otherwise. One locked step, as `d[k] = v`.
    #[inline]
    pub fn store_at_hint(&self, hint: usize, key: Value, v: Value) -> bool {
        let _writers = self.meta.lock();
        match self.keys.load() {
            Some(keys) if keys.value_if_key(hint, key).is_some() => {
                keys.set_value(hint, v);
                true
            }
            _ => false,
        }
    }
}
