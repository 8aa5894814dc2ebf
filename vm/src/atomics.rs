//! Atomics used by the VM, and the sync shim.
//!
//! * Code units are `AtomicU16`s: the eval loop fetches them with relaxed
//!   loads and the specializer rewrites them with relaxed stores, so a
//!   thread reading a unit another thread specializes never sees a torn or
//!   undefined value (the documented relaxed loads of the design).
//! * `AtomicValue`: a `Value` slot that other threads may read and write.
//! * `sync`: the shim that swaps std/parking_lot primitives for loom's under
//!   `--cfg weft_loom`, for the protocol modules that loom models check.

pub mod obj_lock;
pub mod stw_ptr;

use crate::value::Value;
use std::sync::atomic::AtomicU64;
use sync::{AtomicU16, Ordering};

pub mod sync {
    //! Protocol modules import their primitives from here, never from std.
    #[cfg(not(weft_loom))]
    pub use std::sync::atomic::{
        fence, AtomicBool, AtomicPtr, AtomicU16, AtomicU32, AtomicU64, AtomicU8, AtomicUsize,
        Ordering,
    };
    #[cfg(not(weft_loom))]
    pub use std::sync::{Arc, Condvar, Mutex, MutexGuard};
    #[cfg(not(weft_loom))]
    pub use std::thread;

    #[cfg(weft_loom)]
    pub use loom::sync::atomic::{
        fence, AtomicBool, AtomicPtr, AtomicU16, AtomicU32, AtomicU64, AtomicU8, AtomicUsize,
        Ordering,
    };
    #[cfg(weft_loom)]
    pub use loom::sync::{Arc, Condvar, Mutex, MutexGuard};
    #[cfg(weft_loom)]
    pub use loom::thread;
}

/// One 16-bit code unit: opcode in the low byte, oparg in the high byte.
pub type CodeUnit = u16;

#[inline(always)]
pub fn unit(op: u8, arg: u8) -> CodeUnit {
    op as u16 | (arg as u16) << 8
}
#[inline(always)]
pub fn unit_op(u: CodeUnit) -> u8 {
    u as u8
}
#[inline(always)]
pub fn unit_arg(u: CodeUnit) -> u8 {
    (u >> 8) as u8
}

/// An immutable-length array of code units that threads may read while one
/// thread (the owner of this copy) rewrites units in place. The units are
/// the shim's `AtomicU16`, so loom models (`loom-tests/src/spec_model.rs`)
/// see every fetch and store.
pub struct CodeUnits {
    units: Box<[AtomicU16]>,
}

impl CodeUnits {
    pub fn new(units: &[CodeUnit]) -> CodeUnits {
        CodeUnits {
            units: units.iter().map(|&u| AtomicU16::new(u)).collect(),
        }
    }
    #[inline(always)]
    pub fn len(&self) -> usize {
        self.units.len()
    }
    #[inline(always)]
    pub fn is_empty(&self) -> bool {
        self.units.is_empty()
    }
    /// Instruction fetch: a relaxed load (see the module doc).
    #[inline(always)]
    pub fn fetch(&self, i: usize) -> CodeUnit {
        self.units[i].load(Ordering::Relaxed)
    }
    /// A specializer write: a relaxed store of one whole unit.
    #[inline(always)]
    pub fn store(&self, i: usize, u: CodeUnit) {
        self.units[i].store(u, Ordering::Relaxed)
    }
    pub fn snapshot(&self) -> Vec<CodeUnit> {
        (0..self.len()).map(|i| self.fetch(i)).collect()
    }
}

/// A `Value` slot shared between threads. Stores publish with release and
/// loads acquire, so a reader that sees a pointer sees the object it built.
#[derive(Default)]
#[repr(transparent)]
pub struct AtomicValue(AtomicU64);

impl AtomicValue {
    pub const fn new(v: Value) -> AtomicValue {
        AtomicValue(AtomicU64::new(v.bits()))
    }
    #[inline(always)]
    pub fn get(&self) -> Value {
        Value::from_bits(self.0.load(Ordering::Acquire))
    }
    #[inline(always)]
    pub fn set(&self, v: Value) {
        self.0.store(v.bits(), Ordering::Release)
    }
    #[inline(always)]
    pub fn swap(&self, v: Value) -> Value {
        Value::from_bits(self.0.swap(v.bits(), Ordering::AcqRel))
    }
}

/// Turns owned values into atomic slots without copying them (the same
/// allocation, when the vector has no spare capacity).
pub fn into_atomic_values(values: Vec<Value>) -> Box<[AtomicValue]> {
    let boxed: Box<[Value]> = values.into_boxed_slice();
    let raw = Box::into_raw(boxed) as *mut [AtomicValue];
    // SAFETY: `AtomicValue` is `repr(transparent)` over `AtomicU64`, which
    // has the size and alignment of `u64`, and `Value` is `repr(transparent)`
    // over `u64`: the two slices have the same layout, and every bit pattern
    // of a `Value` is a valid `AtomicValue`. The box is uniquely owned.
    unsafe { Box::from_raw(raw) }
}

impl std::fmt::Debug for AtomicValue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.get().fmt(f)
    }
}
