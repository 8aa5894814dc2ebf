//! A code object's per-thread bytecode copies.
//!
//! The array of copies is published through a crossbeam-epoch `Atomic`:
//! growing it builds a larger array holding the same copy pointers, stores
//! it with release ordering and retires the old one (`defer_destroy`).
//! Readers load it under their epoch guard. Each copy is created once, with
//! the units de-specialized (`Op::deopt`) and the cache units zeroed, and
//! published into its slot with a release store; it is freed only with the
//! code object (which the collector frees when no frame can run it).

use crate::atomics::{unit, unit_arg, unit_op, CodeUnits};
use crate::isa::Op;
use crossbeam_epoch::{self as epoch, Atomic, Owned};
use parking_lot::Mutex;
use std::sync::atomic::{AtomicPtr, Ordering};

pub struct TlbcCopies {
    array: Atomic<Box<[AtomicPtr<CodeUnits>]>>,
    /// Serialises growth and copy creation (rare: once per thread and code).
    grow: Mutex<()>,
}

impl Default for TlbcCopies {
    fn default() -> Self {
        TlbcCopies {
            array: Atomic::null(),
            grow: Mutex::new(()),
        }
    }
}

/// A de-specialized copy of `main`: every instruction's family head, caches
/// zeroed, counters re-armed.
pub fn fresh_copy(main: &CodeUnits) -> CodeUnits {
    let mut units = main.snapshot();
    let mut i = 0;
    while i < units.len() {
        let op = Op::from_u8(unit_op(units[i])).unwrap_or(Op::NOP);
        let base = op.deopt();
        units[i] = unit(base as u8, unit_arg(units[i]));
        let caches = base.cache_entries();
        for c in units.iter_mut().skip(i + 1).take(caches) {
            *c = 0;
        }
        i += 1 + caches;
    }
    crate::specialize::quicken(&mut units);
    CodeUnits::new(&units)
}

impl TlbcCopies {
    /// The copy for TLBC index `index` (> 0), created on first use.
    #[inline]
    pub fn get<'a>(&'a self, index: usize, main: &CodeUnits) -> &'a CodeUnits {
        let guard = epoch::pin();
        let array = self.array.load(Ordering::Acquire, &guard);
        // SAFETY: the array was published with release ordering and is
        // retired only through `defer_destroy`, which waits for every
        // guard pinned before the retirement, including ours.
        if let Some(slots) = unsafe { array.as_ref() } {
            if let Some(p) = slots.get(index) {
                let p = p.load(Ordering::Acquire);
                if !p.is_null() {
                    // SAFETY: copies are published once with release
                    // ordering and freed only when `self` drops.
                    return unsafe { &*p };
                }
            }
        }
        self.create(index, main)
    }

    #[cold]
    fn create<'a>(&'a self, index: usize, main: &CodeUnits) -> &'a CodeUnits {
        let _lock = self.grow.lock();
        let guard = epoch::pin();
        let cur = self.array.load(Ordering::Acquire, &guard);
        // SAFETY: as in `get`; we also hold `grow`, so nobody replaces it.
        let old = unsafe { cur.as_ref() };
        let slots = match old {
            Some(slots) if index < slots.len() => cur,
            _ => {
                let len = (index + 1).next_power_of_two().max(4);
                let grown: Box<[AtomicPtr<CodeUnits>]> = (0..len)
                    .map(|i| {
                        AtomicPtr::new(
                            old.and_then(|s| s.get(i))
                                .map_or(std::ptr::null_mut(), |p| p.load(Ordering::Relaxed)),
                        )
                    })
                    .collect();
                let new = Owned::new(grown).into_shared(&guard);
                self.array.store(new, Ordering::Release);
                if !cur.is_null() {
                    // SAFETY: `cur` is unreachable from `self.array` now;
                    // readers that loaded it hold guards the deferred
                    // destruction waits for. The copies it points to are
                    // still owned through the new array.
                    unsafe { guard.defer_destroy(cur) };
                }
                new
            }
        };
        // SAFETY: `slots` is the current array (just loaded or stored under
        // the lock) and our guard keeps it alive.
        let slot = &unsafe { slots.deref() }[index];
        let p = slot.load(Ordering::Acquire);
        if !p.is_null() {
            // SAFETY: as in `get`.
            return unsafe { &*p };
        }
        let copy = Box::into_raw(Box::new(fresh_copy(main)));
        slot.store(copy, Ordering::Release);
        // SAFETY: just published; freed only when `self` drops.
        unsafe { &*copy }
    }

    /// How many per-thread copies exist (tests, stats).
    pub fn count(&self) -> usize {
        let guard = epoch::pin();
        let array = self.array.load(Ordering::Acquire, &guard);
        // SAFETY: as in `get`.
        unsafe { array.as_ref() }.map_or(0, |s| {
            s.iter()
                .filter(|p| !p.load(Ordering::Relaxed).is_null())
                .count()
        })
    }
}

impl Drop for TlbcCopies {
    fn drop(&mut self) {
        // SAFETY: `&mut self`: the code object is being freed, no thread can
        // run it or read its array any more.
        let guard = unsafe { epoch::unprotected() };
        let array = self
            .array
            .swap(epoch::Shared::null(), Ordering::AcqRel, guard);
        if array.is_null() {
            return;
        }
        // SAFETY: as above; we own the array and every copy it points to.
        let owned = unsafe { array.into_owned() };
        for p in owned.iter() {
            let p = p.load(Ordering::Relaxed);
            if !p.is_null() {
                // SAFETY: created by `Box::into_raw` in `create`, freed once.
                drop(unsafe { Box::from_raw(p) });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copies_are_created_once_and_survive_growth() {
        let main = CodeUnits::new(&[unit(Op::NOP as u8, 0), unit(Op::RESUME as u8, 0)]);
        let t = TlbcCopies::default();
        let a = t.get(1, &main) as *const CodeUnits;
        assert_eq!(t.get(1, &main) as *const CodeUnits, a);
        let b = t.get(9, &main) as *const CodeUnits; // grows the array
        assert_eq!(
            t.get(1, &main) as *const CodeUnits,
            a,
            "copy kept across growth"
        );
        assert_ne!(a, b);
        assert_eq!(t.count(), 2);
        assert_eq!(t.get(9, &main).snapshot(), main.snapshot());
    }
}
