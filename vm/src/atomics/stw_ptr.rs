//! `StwPtr<T>`: an atomically replaceable owning pointer whose readers take
//! no lock, with replaced values reclaimed after the next stop-the-world.
//!
//! This is the VM's substitute for epoch-based reclamation on its hottest
//! read paths (dict lookups): a reader loads the pointer and uses the
//! pointee without any guard, because the garbage collector already gives
//! a grace period for free. Collections run only with the world stopped,
//! and the world stops only when every attached thread has reached a
//! safepoint (or is detached in a blocking call). So a value replaced while
//! a reader uses it cannot be freed before that reader has finished, as
//! long as readers never keep a reference across a safepoint (they never
//! run Python code or block while they hold one).
//!
//! A replaced value is "retired" into the replacing thread's list, tagged
//! with the collection epoch (`heap::GC_EPOCH`) current at that moment.
//! Once the epoch has advanced, a full collection has happened since the
//! retirement, hence every reader that could have seen the old pointer has
//! passed a safepoint, and the value is dropped. A thread that exits hands
//! its list to a global one, which the collector drains.

use crate::heap::GC_EPOCH;
use std::cell::RefCell;
use std::sync::atomic::{AtomicPtr, Ordering};

type Retired = (u64, Box<dyn Send>);

thread_local! {
    static RETIRED: RefCell<RetireList> = const { RefCell::new(RetireList(Vec::new())) };
}

/// Values left by exited threads (drained by the next retire after a collection).
static ORPHANS: parking_lot::Mutex<Vec<Retired>> = parking_lot::Mutex::new(Vec::new());

struct RetireList(Vec<Retired>);

impl Drop for RetireList {
    fn drop(&mut self) {
        ORPHANS.lock().append(&mut self.0);
    }
}

/// Drops every retired value whose grace period (one collection) is over.
fn reclaim(list: &mut Vec<Retired>, epoch: u64) {
    list.retain(|(tag, _)| *tag >= epoch);
}

fn retire<T: Send + 'static>(value: Box<T>, bytes: usize) {
    let epoch = GC_EPOCH.load(Ordering::Acquire);
    let _ = RETIRED.try_with(|r| {
        let mut r = r.borrow_mut();
        if r.0.first().is_some_and(|(tag, _)| *tag < epoch) {
            reclaim(&mut r.0, epoch);
            let mut orphans = ORPHANS.lock();
            if !orphans.is_empty() {
                reclaim(&mut orphans, epoch);
            }
        }
        r.0.push((epoch, value));
    });
    // Retired memory is garbage the collector must eventually be run for.
    if bytes > 0 {
        crate::heap::note_external(bytes);
    }
}

/// An owning, atomically replaceable pointer to a `T` (or to nothing).
pub struct StwPtr<T: Send + 'static> {
    ptr: AtomicPtr<T>,
}

impl<T: Send + 'static> StwPtr<T> {
    pub const fn empty() -> StwPtr<T> {
        StwPtr {
            ptr: AtomicPtr::new(std::ptr::null_mut()),
        }
    }

    /// The current value. The reference is valid until the calling thread
    /// next reaches a safepoint (see the module doc): callers use it within
    /// one operation that neither runs Python code nor blocks.
    #[inline(always)]
    pub fn load(&self) -> Option<&T> {
        let p = self.ptr.load(Ordering::Acquire);
        // SAFETY: a non-null pointer came from `Box::into_raw` in `replace`
        // and was published with release ordering after the box was fully
        // built. It is dropped only by `retire`/`reclaim` after a collection
        // has completed since it was unpublished, and a collection waits
        // for this thread to reach a safepoint, which it does not do while
        // it holds the reference.
        unsafe { p.as_ref() }
    }

    /// Publishes `value` and retires the previous one. Writers must be
    /// serialised by the caller (the owning object's lock).
    pub fn replace(&self, value: Option<Box<T>>, bytes_of_old: usize) {
        let new = value.map_or(std::ptr::null_mut(), Box::into_raw);
        let old = self.ptr.swap(new, Ordering::AcqRel);
        if !old.is_null() {
            // SAFETY: `old` came from `Box::into_raw` and is no longer
            // reachable through `self`; readers that loaded it earlier are
            // protected by the retirement's grace period.
            retire(unsafe { Box::from_raw(old) }, bytes_of_old);
        }
    }
}

impl<T: Send + 'static> Drop for StwPtr<T> {
    fn drop(&mut self) {
        let p = *self.ptr.get_mut();
        if !p.is_null() {
            // SAFETY: `p` came from `Box::into_raw`. The owner is being
            // dropped: either by the collector, which found it unreachable
            // at a collection (every reader was at a safepoint then, holding
            // no reference into it, and none can reach it since), or by its
            // only holder (`&mut self`). So nobody can still read the value,
            // and it needs no grace period (retiring every dead list's or
            // dict's storage made malloc the bottleneck of allocation-heavy
            // programs).
            drop(unsafe { Box::from_raw(p) });
        }
    }
}

impl<T: Send + 'static> Default for StwPtr<T> {
    fn default() -> Self {
        StwPtr::empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::AtomicUsize;
    use std::sync::Arc;

    struct Counted(Arc<AtomicUsize>);
    impl Drop for Counted {
        fn drop(&mut self) {
            self.0.fetch_add(1, Ordering::SeqCst);
        }
    }

    #[test]
    fn replaced_values_live_until_a_collection_has_passed() {
        let drops = Arc::new(AtomicUsize::new(0));
        let p = StwPtr::empty();
        p.replace(Some(Box::new(Counted(drops.clone()))), 0);
        p.replace(Some(Box::new(Counted(drops.clone()))), 0);
        assert_eq!(drops.load(Ordering::SeqCst), 0, "retired, not dropped");
        assert!(p.load().is_some());
        // A collection completes: the next retirement reclaims the old one.
        GC_EPOCH.fetch_add(1, Ordering::Release);
        p.replace(Some(Box::new(Counted(drops.clone()))), 0);
        assert_eq!(drops.load(Ordering::SeqCst), 1);
    }
}
