//! The specializing adaptive interpreter (PEP 659, CPython 3.14's
//! `Python/specialize.c`). A family head (`LOAD_ATTR`, `CALL`, ...) counts
//! its executions in its first inline cache unit (`backoff.rs`); when the
//! counter triggers, the functions here look at the operands and rewrite the
//! instruction into a family member that caches what it learned (type
//! versions, dict-keys versions, indices, descriptors) in the following
//! cache units. A member checks its guards before any side effect
//! (`DEOPT_IF`) and falls back to the head's generic body on a miss.
//!
//! Only a thread's own bytecode copy is ever rewritten (`tlbc.rs`), so cache
//! units have a single writer and reader; the unit holding the opcode is
//! still read by other threads copying the main copy, so it is replaced in
//! one relaxed 16-bit store, after the caches it guards are written.
//! Cached object pointers are kept alive by what validates them: a type's
//! version matches only while its dict still holds the cached descriptor.

pub mod attr;
pub mod backoff;
pub mod call;
pub mod simple;
pub mod stats;

pub use attr::{load_attr, store_attr};
pub use call::call;
pub use simple::*;

/// The outcome of an attempt: the member to rewrite into, or why not.
pub type Attempt = Result<Op, &'static str>;

/// Applies the outcome of a specialization attempt on the instruction at
/// `cache` (which was `before`): rewrite it, or back off.
#[cold]
#[inline(never)]
pub fn finish(ts: &mut Thread, cache: Cache<'_>, before: Op, outcome: Attempt) {
    match outcome {
        Ok(op) => cache.specialize(op),
        Err(_) => cache.unspecialize(),
    }
    if let Some(s) = ts.stats.as_deref_mut() {
        s.attempt(before.deopt(), before.is_specialized(), outcome);
    }
}

use crate::atomics::{unit, unit_arg, unit_op, CodeUnit, CodeUnits};
use crate::isa::Op;
use crate::runtime::thread::Thread;
use crate::value::Value;

/// The inline caches of the instruction whose opcode unit is `at`.
/// Offsets are in units from the opcode (1 is the counter).
#[derive(Clone, Copy)]
pub struct Cache<'a> {
    units: &'a CodeUnits,
    at: usize,
}

impl<'a> Cache<'a> {
    #[inline(always)]
    pub fn new(units: &'a CodeUnits, at: usize) -> Cache<'a> {
        Cache { units, at }
    }
    #[inline(always)]
    pub fn u16(self, k: usize) -> u16 {
        self.units.fetch(self.at + k)
    }
    #[inline(always)]
    pub fn u32(self, k: usize) -> u32 {
        self.u16(k) as u32 | (self.u16(k + 1) as u32) << 16
    }
    #[inline(always)]
    pub fn value(self, k: usize) -> Value {
        let bits = (0..4).fold(0u64, |acc, i| acc | (self.u16(k + i) as u64) << (16 * i));
        Value::from_bits(bits)
    }
    pub fn set_u16(self, k: usize, v: u16) {
        self.units.store(self.at + k, v);
    }
    pub fn set_u32(self, k: usize, v: u32) {
        self.set_u16(k, v as u16);
        self.set_u16(k + 1, (v >> 16) as u16);
    }
    pub fn set_value(self, k: usize, v: Value) {
        for i in 0..4 {
            self.set_u16(k + i, (v.bits() >> (16 * i)) as u16);
        }
    }
    /// The backoff counter.
    #[inline(always)]
    pub fn counter(self) -> u16 {
        self.u16(1)
    }
    #[inline(always)]
    pub fn set_counter(self, c: u16) {
        self.set_u16(1, c)
    }
    /// The opcode currently at the instruction.
    pub fn op(self) -> Op {
        Op::from_u8(unit_op(self.units.fetch(self.at))).expect("valid opcode")
    }
    /// Rewrites the instruction into `op` (its caches already written) and
    /// arms the cooldown counter.
    pub fn specialize(self, op: Op) {
        let u = self.units.fetch(self.at);
        self.units.store(self.at, unit(op as u8, unit_arg(u)));
        if op.cache_entries() > 0 {
            self.set_counter(backoff::COOLDOWN);
        }
    }
    /// A failed attempt: back to the family head, backing off.
    pub fn unspecialize(self) {
        let u = self.units.fetch(self.at);
        let op = self.op();
        self.units
            .store(self.at, unit(op.deopt() as u8, unit_arg(u)));
        self.set_counter(backoff::restart(self.counter()));
    }
}

/// Arms the counters of freshly compiled or copied units: the warm-up
/// value, or never-triggering counters when specialization is off.
pub fn quicken(units: &mut [CodeUnit]) {
    let counter = if crate::tlbc::enabled() {
        backoff::WARMUP
    } else {
        backoff::UNREACHABLE
    };
    let mut i = 0;
    while i < units.len() {
        let op = Op::from_u8(unit_op(units[i])).unwrap_or(Op::NOP);
        let caches = op.cache_entries();
        if caches > 0 {
            units[i + 1] = counter;
        }
        i += 1 + caches;
    }
}
