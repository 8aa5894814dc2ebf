//! Heap object layout: every object is a `Header` followed by its payload.
//!
//! ```text
//! offset 0   cls    type object address (atomic: `__class__` assignment)
//! offset 8   dict   instance `__dict__` as Value bits, 0 when absent
//! offset 16  kind   payload kind (0 = free cell), mark byte, flags
//! offset 24  payload (`T`)
//! ```
//! `Gc<T>` is a typed, `Copy` pointer to such an object. The collector is
//! non-moving, so a `Gc<T>` stays valid while the object is reachable; Rust
//! code keeps objects reachable by holding them on its native stack (scanned
//! conservatively) or in traced fields (see `heap.rs`).

use crate::objects::typeobj::TypeObj;
use crate::value::Value;
use std::marker::PhantomData;
use std::ptr::NonNull;
use std::sync::atomic::{AtomicU64, AtomicU8, Ordering};

pub use crate::heap::kinds::Kind;

#[repr(C)]
pub struct Header {
    pub(crate) cls: AtomicU64,
    pub(crate) dict: AtomicU64,
    pub(crate) kind: Kind,
    pub(crate) mark: AtomicU8,
    pub(crate) flags: AtomicU8,
    pub(crate) _pad: [u8; 5],
}
const _: () = assert!(std::mem::size_of::<Header>() == 24);

#[repr(C)]
pub struct Obj<T> {
    pub header: Header,
    pub data: T,
}

/// A payload type that can live in the heap. Implemented by `heap::kinds`.
///
/// # Safety
/// `KIND` must be unique to `Self`: downcasts trust it.
pub unsafe trait Payload: crate::heap::kinds::Trace + Sized + Send + Sync + 'static {
    const KIND: Kind;
}

pub struct Gc<T> {
    ptr: NonNull<Obj<T>>,
    _marker: PhantomData<*const T>,
}

// SAFETY: payloads are `Send + Sync` (interior mutability only through
// atomics or `parking_lot::Mutex`), so sharing a pointer to one is sound.
unsafe impl<T: Send + Sync> Send for Gc<T> {}
// SAFETY: as above.
unsafe impl<T: Send + Sync> Sync for Gc<T> {}

impl<T> Clone for Gc<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for Gc<T> {}
impl<T> PartialEq for Gc<T> {
    fn eq(&self, other: &Self) -> bool {
        self.ptr == other.ptr
    }
}
impl<T> Eq for Gc<T> {}
impl<T> std::hash::Hash for Gc<T> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.ptr.hash(state)
    }
}
impl<T> std::fmt::Debug for Gc<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Gc({:p})", self.ptr)
    }
}

impl<T> Gc<T> {
    /// # Safety
    /// `ptr` must point to a live, initialised `Obj<T>` in the heap.
    #[inline(always)]
    pub(crate) unsafe fn from_raw(ptr: NonNull<Obj<T>>) -> Gc<T> {
        Gc {
            ptr,
            _marker: PhantomData,
        }
    }
    #[inline(always)]
    pub fn as_ptr(self) -> *mut Obj<T> {
        self.ptr.as_ptr()
    }
    #[inline(always)]
    pub fn value(self) -> Value {
        Value::from_addr(self.ptr.as_ptr() as usize)
    }
    #[inline(always)]
    pub fn header(&self) -> &Header {
        // SAFETY: a `Gc` always points to a live object (module invariant).
        unsafe { &(*self.ptr.as_ptr()).header }
    }
    #[inline(always)]
    pub fn cls(self) -> Gc<TypeObj> {
        header_cls(self.header())
    }
    pub fn set_cls(self, cls: Gc<TypeObj>) {
        self.header()
            .cls
            .store(cls.as_ptr() as u64, Ordering::Release);
    }
    /// The object's instance dict (`__dict__`), or NULL.
    #[inline]
    pub fn dict_value(self) -> Value {
        Value::from_bits(self.header().dict.load(Ordering::Acquire))
    }
    pub fn set_dict_value(self, d: Value) {
        self.header().dict.store(d.bits(), Ordering::Release);
    }
    /// Forgets the payload type.
    #[inline(always)]
    pub fn erase(self) -> Gc<()> {
        Gc {
            ptr: self.ptr.cast(),
            _marker: PhantomData,
        }
    }
}

#[inline(always)]
pub(crate) fn header_cls(h: &Header) -> Gc<TypeObj> {
    let raw = h.cls.load(Ordering::Relaxed) as *mut Obj<TypeObj>;
    // SAFETY: every allocated object's `cls` is set to a live type object
    // before the object is published (`heap::alloc`), and types are traced
    // through `cls`, so it outlives the object.
    unsafe { Gc::from_raw(NonNull::new_unchecked(raw)) }
}

impl<T: Payload> Gc<T> {
    /// The payload, borrowed for a lifetime of the caller's choosing.
    ///
    /// Like every `Gc`, the reference is valid while the object is reachable:
    /// the caller keeps a root (this handle on its stack, a traced field) for
    /// as long as it uses the reference.
    #[inline(always)]
    pub fn get<'a>(self) -> &'a T {
        // SAFETY: see `Deref`; reachability is the caller's contract above.
        unsafe { &(*self.ptr.as_ptr()).data }
    }
}

impl<T: Payload> std::ops::Deref for Gc<T> {
    type Target = T;
    #[inline(always)]
    fn deref(&self) -> &T {
        // SAFETY: a `Gc<T>` points to a live `Obj<T>` whose kind is `T::KIND`
        // (checked by `Value::downcast`, or set by `heap::alloc`).
        unsafe { &(*self.ptr.as_ptr()).data }
    }
}

impl Value {
    /// The object header, for pointer values.
    #[inline(always)]
    pub fn header(&self) -> Option<&Header> {
        if self.is_ptr() {
            // SAFETY: pointer values always address a live heap object.
            Some(unsafe { &*(self.addr() as *const Header) })
        } else {
            None
        }
    }
    #[inline(always)]
    pub fn kind(self) -> Option<Kind> {
        self.header().map(|h| h.kind)
    }
    #[inline(always)]
    pub fn downcast<T: Payload>(self) -> Option<Gc<T>> {
        match self.header() {
            Some(h) if h.kind == T::KIND => {
                // SAFETY: the kind tag proves the payload type.
                Some(unsafe { Gc::from_raw(NonNull::new_unchecked(self.addr() as *mut Obj<T>)) })
            }
            _ => None,
        }
    }
    #[inline(always)]
    pub fn is<T: Payload>(self) -> bool {
        matches!(self.header(), Some(h) if h.kind == T::KIND)
    }
    /// The object as an untyped handle, for pointer values.
    #[inline(always)]
    pub fn as_gc(self) -> Option<Gc<()>> {
        if self.is_ptr() {
            // SAFETY: pointer values always address a live heap object.
            Some(unsafe { Gc::from_raw(NonNull::new_unchecked(self.addr() as *mut Obj<()>)) })
        } else {
            None
        }
    }
}

impl<T: Payload> From<Gc<T>> for Value {
    #[inline(always)]
    fn from(g: Gc<T>) -> Value {
        g.value()
    }
}
