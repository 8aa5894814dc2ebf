//! Per-thread bytecode (TLBC), as CPython 3.14t. Each code object holds an
//! array of bytecode copies indexed by a thread's TLBC index (`copies.rs`);
//! index 0 is the main copy. A thread takes its index from `POOL` (smallest
//! free first, CPython's `Python/index_pool.c`) when it registers and
//! returns it when it exits; the next thread with that index inherits the
//! copies. The main interpreter thread uses index 0. With `-X tlbc=0` every
//! thread runs the main copy.
//!
//! Reclamation: a copies array replaced by a larger one is retired through
//! crossbeam-epoch. An attached thread holds an epoch guard (`on_attach`),
//! drops it while detached (`on_detach`) and re-pins at eval-breaker checks
//! (`quiescent`), like CPython's QSBR quiescent points; copies themselves
//! live as long as their code object.

pub mod copies;

pub use copies::TlbcCopies;

use crate::atomics::sync::Mutex;
use std::cell::RefCell;
use std::sync::atomic::{AtomicBool, Ordering};

static ENABLED: AtomicBool = AtomicBool::new(true);

/// TLBC indices of threads other than the main one.
#[cfg(not(weft_loom))]
pub static POOL: IndexPool = IndexPool::new();
/// Under loom the pool's mutex is loom's (not `const`); models make their
/// own pools, this one only keeps the VM compiling.
#[cfg(weft_loom)]
pub static POOL: std::sync::LazyLock<IndexPool> = std::sync::LazyLock::new(IndexPool::new);

/// `-X tlbc=0`: every thread runs the main copy (and nothing specializes).
pub fn set_enabled(on: bool) {
    ENABLED.store(on, Ordering::Relaxed);
}

pub fn enabled() -> bool {
    ENABLED.load(Ordering::Relaxed)
}

thread_local! {
    static GUARD: RefCell<Option<crossbeam_epoch::Guard>> = const { RefCell::new(None) };
}

/// The thread attached: pin its epoch for the whole attached period.
pub fn on_attach() {
    GUARD.with(|g| *g.borrow_mut() = Some(crossbeam_epoch::pin()));
}

/// The thread detached (blocked): let the epoch advance without it.
pub fn on_detach() {
    GUARD.with(|g| drop(g.borrow_mut().take()));
}

/// An eval-breaker check: a quiescent point where nothing from the array
/// is held, so the thread re-pins and retired arrays can be freed.
pub fn quiescent() {
    GUARD.with(|g| {
        if let Some(g) = g.borrow_mut().as_mut() {
            g.repin();
        }
    });
}
use std::cmp::Reverse;
use std::collections::BinaryHeap;

/// Hands out the smallest free index; index 0 belongs to the main copy.
/// Its mutex comes from the `sync` shim, so the loom model
/// (`loom-tests/src/index_pool_model.rs`) checks it.
pub struct IndexPool {
    inner: Mutex<PoolInner>,
}

struct PoolInner {
    free: BinaryHeap<Reverse<usize>>,
    next: usize,
}

impl Default for IndexPool {
    fn default() -> Self {
        Self::new()
    }
}

impl IndexPool {
    #[cfg(not(weft_loom))]
    pub const fn new() -> IndexPool {
        IndexPool {
            inner: Mutex::new(PoolInner::new()),
        }
    }
    #[cfg(weft_loom)]
    pub fn new() -> IndexPool {
        IndexPool {
            inner: Mutex::new(PoolInner::new()),
        }
    }
    fn lock(&self) -> crate::atomics::sync::MutexGuard<'_, PoolInner> {
        // Nothing panics while holding it, so it is never poisoned.
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }
    pub fn alloc(&self) -> usize {
        let mut p = self.lock();
        if let Some(Reverse(i)) = p.free.pop() {
            return i;
        }
        p.next += 1;
        p.next - 1
    }
    pub fn free(&self, i: usize) {
        self.lock().free.push(Reverse(i));
    }
}

impl PoolInner {
    const fn new() -> PoolInner {
        PoolInner {
            free: BinaryHeap::new(),
            next: 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn smallest_free_first() {
        let p = IndexPool::new();
        let (a, b, c) = (p.alloc(), p.alloc(), p.alloc());
        assert_eq!((a, b, c), (1, 2, 3));
        p.free(2);
        p.free(1);
        assert_eq!(p.alloc(), 1);
        assert_eq!(p.alloc(), 2);
        assert_eq!(p.alloc(), 4);
    }
}
