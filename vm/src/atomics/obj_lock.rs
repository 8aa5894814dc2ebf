//! The per-object lock of mutable objects (dict, list, set, bytearray,
//! iterators, generators): a one-byte `parking_lot` raw mutex that is not
//! taken while the process has a single Python thread.
//!
//! Why that is sound: an object operation takes the lock for its whole
//! duration and never runs Python code or reaches a safepoint while holding
//! it. Until a second Python thread exists, the only thread that could
//! contend is the one running the operation. A new Python thread is started
//! only by `_thread.start_new_thread`, which calls `enter_multi_threaded`
//! before spawning it, from Python code (so not inside any object
//! operation); from then on every operation locks, forever (the flag never
//! goes back). The spawning thread's later loads see its own store, and the
//! new thread's loads happen after the spawn, which synchronizes with it.
//! The guard remembers whether it locked, so a guard taken before the flag
//! flipped (impossible by the argument above, but cheap to honour) never
//! unlocks a mutex it did not lock.
//!
//! Single-threaded programs thus pay no atomic read-modify-write per
//! container operation; free-threaded ones pay exactly what they did.

use parking_lot::lock_api::RawMutex as _;
use std::cell::UnsafeCell;
use std::ops::{Deref, DerefMut};
use std::sync::atomic::{AtomicBool, Ordering};

static MULTI_THREADED: AtomicBool = AtomicBool::new(false);

/// Called before a second Python thread is started (and for good).
pub fn enter_multi_threaded() {
    MULTI_THREADED.store(true, Ordering::SeqCst);
}

#[inline(always)]
fn multi_threaded() -> bool {
    MULTI_THREADED.load(Ordering::Relaxed)
}

pub struct Mutex<T> {
    raw: parking_lot::RawMutex,
    data: UnsafeCell<T>,
}

// SAFETY: access to `data` is serialised by `raw` whenever more than one
// thread can reach the object (see the module doc), like `parking_lot::Mutex`.
unsafe impl<T: Send> Send for Mutex<T> {}
// SAFETY: as above.
unsafe impl<T: Send> Sync for Mutex<T> {}

impl<T: Default> Default for Mutex<T> {
    fn default() -> Self {
        Mutex::new(T::default())
    }
}

impl<T> Mutex<T> {
    pub const fn new(v: T) -> Mutex<T> {
        Mutex {
            raw: parking_lot::RawMutex::INIT,
            data: UnsafeCell::new(v),
        }
    }

    #[inline(always)]
    pub fn lock(&self) -> MutexGuard<'_, T> {
        let locked = multi_threaded();
        if locked {
            self.raw.lock();
        }
        MutexGuard { m: self, locked }
    }

    /// The protected value, for readers that know nobody writes it now (the
    /// collector, with the world stopped).
    pub fn data_ptr(&self) -> *mut T {
        self.data.get()
    }

    pub fn get_mut(&mut self) -> &mut T {
        self.data.get_mut()
    }

    /// The value, for the collector's trace.
    pub fn peek<'a>(&'a self, _tracer: &crate::heap::Tracer) -> &'a T {
        // SAFETY: a `Tracer` exists only while the world is stopped, and no
        // thread holds (or skips) an object lock at a safepoint: locks are
        // never held across calls that can reach one. So nobody mutates `T`.
        unsafe { &*self.data.get() }
    }
}

pub struct MutexGuard<'a, T> {
    m: &'a Mutex<T>,
    locked: bool,
}

impl<T> Deref for MutexGuard<'_, T> {
    type Target = T;
    #[inline(always)]
    fn deref(&self) -> &T {
        // SAFETY: the guard holds the lock, or the process has one Python
        // thread and that thread is inside this object's operation (module
        // doc); operations never nest on one object, so no other reference
        // to the data exists meanwhile.
        unsafe { &*self.m.data.get() }
    }
}

impl<T> DerefMut for MutexGuard<'_, T> {
    #[inline(always)]
    fn deref_mut(&mut self) -> &mut T {
        // SAFETY: as in `deref`; `&mut self` makes the access unique.
        unsafe { &mut *self.m.data.get() }
    }
}

impl<T> Drop for MutexGuard<'_, T> {
    #[inline(always)]
    fn drop(&mut self) {
        if self.locked {
            // SAFETY: this guard locked `raw` in `lock` and unlocks it once.
            unsafe { self.m.raw.unlock() };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guards_serialise_once_multi_threaded() {
        enter_multi_threaded();
        let m = std::sync::Arc::new(Mutex::new(0u64));
        let hs: Vec<_> = (0..4)
            .map(|_| {
                let m = m.clone();
                std::thread::spawn(move || {
                    for _ in 0..10_000 {
                        *m.lock() += 1;
                    }
                })
            })
            .collect();
        for h in hs {
            h.join().unwrap();
        }
        assert_eq!(*m.lock(), 40_000);
    }
}
