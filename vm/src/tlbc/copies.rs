//! A code object's per-thread bytecode copies.
//!
//! The array of copies (`Slots`) is published through an `AtomicPtr`:
//! growing it builds a larger array holding the same copy pointers, stores
//! it with release ordering and retires the old one through the `Reclaim`
//! strategy, which frees it once no reader can hold it. Readers load it
//! under a guard of that strategy. Each copy is created once, with the units
//! de-specialized (`Op::deopt`) and the cache units zeroed, and published
//! into its slot with a release store; it is freed only with the code
//! object (which the collector frees when no frame can run it).
//!
//! The VM reclaims with crossbeam-epoch (`Epoch`); the loom model
//! (`loom-tests/src/tlbc_model.rs`) runs this same code with a checkable
//! guard/retire model whose "free" is a write loom tracks against every
//! slot read, so a reader racing with a free fails the model. The atomics
//! and the lock come from the `sync` shim.

use crate::atomics::sync::{AtomicPtr, Mutex, Ordering};
use crate::atomics::{unit, unit_arg, unit_op, CodeUnits};
use crate::isa::Op;

/// How a replaced array is reclaimed.
pub trait Reclaim: Default {
    type Guard<'a>
    where
        Self: 'a;
    /// Protects every array loaded until the guard drops.
    fn pin(&self) -> Self::Guard<'_>;
    /// Frees `array` (with `Slots::free`) once every guard pinned before
    /// this call has dropped.
    ///
    /// # Safety
    /// `array` came from `Slots::new` and is no longer reachable from the
    /// published pointer, so no guard pinned after this call can load it.
    unsafe fn retire(&self, guard: &Self::Guard<'_>, array: *mut Slots);
}

/// crossbeam-epoch: a retired array is freed after the global epoch has
/// advanced past every thread pinned at retirement.
#[derive(Default)]
pub struct Epoch;

impl Reclaim for Epoch {
    type Guard<'a> = crossbeam_epoch::Guard;
    #[inline]
    fn pin(&self) -> crossbeam_epoch::Guard {
        crossbeam_epoch::pin()
    }
    unsafe fn retire(&self, guard: &crossbeam_epoch::Guard, array: *mut Slots) {
        let array = SendPtr(array);
        // SAFETY: the caller guarantees no later guard can load `array`;
        // the epoch runs the closure after every earlier guard is gone.
        unsafe {
            guard.defer_unchecked(move || {
                let array = array;
                Slots::free(array.0)
            })
        };
    }
}

struct SendPtr(*mut Slots);
// SAFETY: the pointer is only dereferenced by the single deferred free.
unsafe impl Send for SendPtr {}

/// One published array of copy pointers, indexed by TLBC index.
pub struct Slots {
    ptrs: Box<[AtomicPtr<CodeUnits>]>,
}

impl Slots {
    fn new(len: usize, old: Option<&Slots>) -> *mut Slots {
        let ptrs = (0..len)
            .map(|i| {
                AtomicPtr::new(
                    old.and_then(|s| s.ptrs.get(i))
                        .map_or(std::ptr::null_mut(), |p| p.load(Ordering::Relaxed)),
                )
            })
            .collect();
        Box::into_raw(Box::new(Slots { ptrs }))
    }
    pub fn len(&self) -> usize {
        self.ptrs.len()
    }
    pub fn is_empty(&self) -> bool {
        self.ptrs.is_empty()
    }
    /// The copy at `index`, if created.
    fn copy(&self, index: usize) -> Option<*mut CodeUnits> {
        let p = self.ptrs.get(index)?.load(Ordering::Acquire);
        (!p.is_null()).then_some(p)
    }
    /// Frees an array built by `Slots::new` (not the copies it points to).
    ///
    /// # Safety
    /// No thread can read `array` any more, and it is freed once.
    pub unsafe fn free(array: *mut Slots) {
        // SAFETY: see above.
        drop(unsafe { Box::from_raw(array) });
    }
    /// What a free does to the memory, as loom sees it: a non-atomic write
    /// of every slot, which loom reports if any read of a slot does not
    /// happen before it (a use after free). The model calls this where the
    /// VM would free, and frees for real when the model ends.
    #[cfg(weft_loom)]
    pub fn poison(&mut self) {
        for p in self.ptrs.iter_mut() {
            p.with_mut(|p| *p = std::ptr::null_mut());
        }
    }
}

/// The copies of one code object, with reclamation `R`.
pub struct Copies<R: Reclaim> {
    array: AtomicPtr<Slots>,
    /// Serialises growth and copy creation (rare: once per thread and code).
    grow: Mutex<()>,
    reclaim: R,
}

/// The VM's copies: arrays reclaimed through crossbeam-epoch.
pub type TlbcCopies = Copies<Epoch>;

impl<R: Reclaim> Default for Copies<R> {
    fn default() -> Self {
        Copies {
            array: AtomicPtr::new(std::ptr::null_mut()),
            grow: Mutex::new(()),
            reclaim: R::default(),
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

impl<R: Reclaim> Copies<R> {
    /// The reclamation strategy (models inspect it).
    pub fn reclaim(&self) -> &R {
        &self.reclaim
    }

    /// The copy for TLBC index `index` (> 0), created on first use.
    #[inline]
    pub fn get<'a>(&'a self, index: usize, main: &CodeUnits) -> &'a CodeUnits {
        let guard = self.reclaim.pin();
        let array = self.array.load(Ordering::Acquire);
        // SAFETY: the array was published with release ordering and is
        // retired only through `Reclaim::retire`, which waits for every
        // guard pinned before the retirement, including ours.
        if let Some(p) = unsafe { array.as_ref() }.and_then(|s| s.copy(index)) {
            drop(guard);
            // SAFETY: copies are published once with release ordering and
            // freed only when `self` drops.
            return unsafe { &*p };
        }
        drop(guard);
        self.create(index, main)
    }

    #[cold]
    fn create<'a>(&'a self, index: usize, main: &CodeUnits) -> &'a CodeUnits {
        let _lock = self.grow.lock().unwrap_or_else(|e| e.into_inner());
        let guard = self.reclaim.pin();
        let cur = self.array.load(Ordering::Acquire);
        // SAFETY: as in `get`; we also hold `grow`, so nobody replaces it.
        let old = unsafe { cur.as_ref() };
        let slots = match old {
            Some(slots) if index < slots.len() => slots,
            _ => {
                let len = (index + 1).next_power_of_two().max(4);
                let new = Slots::new(len, old);
                self.array.store(new, Ordering::Release);
                if !cur.is_null() {
                    // SAFETY: `cur` is unreachable from `self.array` now;
                    // readers that loaded it hold guards the retirement
                    // waits for. The copies it points to are still owned
                    // through the new array.
                    unsafe { self.reclaim.retire(&guard, cur) };
                }
                // SAFETY: just published; only a later growth (which needs
                // `grow`, held by us) could retire it.
                unsafe { &*new }
            }
        };
        if let Some(p) = slots.copy(index) {
            // SAFETY: as in `get`.
            return unsafe { &*p };
        }
        let copy = Box::into_raw(Box::new(fresh_copy(main)));
        slots.ptrs[index].store(copy, Ordering::Release);
        drop(guard);
        // SAFETY: just published; freed only when `self` drops.
        unsafe { &*copy }
    }

    /// How many per-thread copies exist (tests, stats).
    pub fn count(&self) -> usize {
        let _guard = self.reclaim.pin();
        let array = self.array.load(Ordering::Acquire);
        // SAFETY: as in `get`.
        unsafe { array.as_ref() }.map_or(0, |s| {
            s.ptrs
                .iter()
                .filter(|p| !p.load(Ordering::Relaxed).is_null())
                .count()
        })
    }
}

impl<R: Reclaim> Drop for Copies<R> {
    fn drop(&mut self) {
        // `&mut self`: the code object is being freed, no thread can run it
        // or read its array any more.
        let array = self.array.swap(std::ptr::null_mut(), Ordering::AcqRel);
        if array.is_null() {
            return;
        }
        // SAFETY: as above; we own the array and every copy it points to.
        let slots = unsafe { &*array };
        for p in slots.ptrs.iter() {
            let p = p.load(Ordering::Relaxed);
            if !p.is_null() {
                // SAFETY: created by `Box::into_raw` in `create`, freed once.
                drop(unsafe { Box::from_raw(p) });
            }
        }
        // SAFETY: unreachable now, freed once.
        unsafe { Slots::free(array) };
    }
}

#[cfg(all(test, not(weft_loom)))]
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
