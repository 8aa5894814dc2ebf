//! Per-thread allocation: a free-list head per size class, no lock on the
//! fast path. A collection invalidates every thread's lists by bumping
//! `GC_EPOCH` (sweep rebuilds the blocks' lists), so a thread re-checks the
//! epoch on each allocation: one relaxed load.

use super::block::{size_class_of, SIZE_CLASSES};
use super::sweep::take_block;
use super::GC_EPOCH;
use crate::object::{Gc, Header, Obj, Payload};
use crate::objects::typeobj::TypeObj;
use std::cell::UnsafeCell;
use std::ptr::NonNull;
use std::sync::atomic::{AtomicU64, AtomicU8, Ordering};

struct LocalAlloc {
    epoch: u64,
    free: [*mut Header; SIZE_CLASSES.len()],
}

thread_local! {
    static LOCAL: UnsafeCell<LocalAlloc> = const {
        UnsafeCell::new(LocalAlloc { epoch: 0, free: [std::ptr::null_mut(); SIZE_CLASSES.len()] })
    };
}

#[inline(always)]
fn pop_cell(class: usize) -> *mut Header {
    LOCAL.with(|l| {
        // SAFETY: the allocator is thread-local and this function does not
        // re-enter itself, so this is the only reference to it.
        let l = unsafe { &mut *l.get() };
        let epoch = GC_EPOCH.load(Ordering::Acquire);
        if l.epoch != epoch {
            l.epoch = epoch;
            l.free = [std::ptr::null_mut(); SIZE_CLASSES.len()];
        }
        let mut cell = l.free[class];
        if cell.is_null() {
            cell = take_block(class).0;
        }
        // SAFETY: `cell` heads a free list this thread owns; a free cell's
        // `cls` word links to the next free cell.
        l.free[class] = unsafe { (*cell).cls.load(Ordering::Relaxed) } as *mut Header;
        cell
    })
}

/// Allocates an object of class `cls` holding `data`.
#[inline]
pub fn alloc<T: Payload>(cls: Gc<TypeObj>, data: T) -> Gc<T> {
    let class = const { size_class_of(std::mem::size_of::<Obj<T>>()) };
    let cell = pop_cell(class) as *mut Obj<T>;
    let obj = Obj {
        header: Header {
            cls: AtomicU64::new(cls.as_ptr() as u64),
            dict: AtomicU64::new(0),
            kind: T::KIND,
            mark: AtomicU8::new(0),
            flags: AtomicU8::new(0),
            _pad: [0; 5],
        },
        data,
    };
    // SAFETY: `cell` is a free cell of this thread, large enough for
    // `Obj<T>` (size class) and 16-aligned (block geometry).
    unsafe {
        cell.write(obj);
        Gc::from_raw(NonNull::new_unchecked(cell))
    }
}

/// Allocates during start-up before `type` exists: the class word is left
/// zero and must be set (`Gc::set_cls`) before any collection.
pub(crate) fn alloc_bootstrap<T: Payload>(data: T) -> Gc<T> {
    let class = const { size_class_of(std::mem::size_of::<Obj<T>>()) };
    let cell = pop_cell(class) as *mut Obj<T>;
    let obj = Obj {
        header: Header {
            cls: AtomicU64::new(0),
            dict: AtomicU64::new(0),
            kind: T::KIND,
            mark: AtomicU8::new(0),
            flags: AtomicU8::new(0),
            _pad: [0; 5],
        },
        data,
    };
    // SAFETY: as in `alloc`.
    unsafe {
        cell.write(obj);
        Gc::from_raw(NonNull::new_unchecked(cell))
    }
}
