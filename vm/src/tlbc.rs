//! Per-thread bytecode (TLBC). Each code object holds an array of bytecode
//! copies indexed by a thread's TLBC index; entry 0 is the main copy. A
//! thread takes its index from this pool (smallest free first) when it
//! starts and returns it when it exits, as CPython's `Python/index_pool.c`.
//! The copies array, lazy creation at RESUME and epoch reclamation build on
//! this pool (the specializer issue).

use parking_lot::Mutex;
use std::cmp::Reverse;
use std::collections::BinaryHeap;

/// Hands out the smallest free index; index 0 belongs to the main copy.
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
    pub const fn new() -> IndexPool {
        IndexPool {
            inner: Mutex::new(PoolInner {
                free: BinaryHeap::new(),
                next: 1,
            }),
        }
    }
    pub fn alloc(&self) -> usize {
        let mut p = self.inner.lock();
        if let Some(Reverse(i)) = p.free.pop() {
            return i;
        }
        p.next += 1;
        p.next - 1
    }
    pub fn free(&self, i: usize) {
        self.inner.lock().free.push(Reverse(i));
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
