//! A specialization store racing with a copy of the same units: the real
//! `specialize::Cache` (caches, then the opcode unit in one 16-bit store;
//! `unspecialize` backs off) on the main copy's `CodeUnits`, while another
//! thread builds its per-thread copy from it with the real
//! `tlbc::copies::fresh_copy` (relaxed unit loads, de-specialized through
//! `Op::deopt`, caches zeroed, counters re-armed). `CodeUnits` holds the
//! shim's `AtomicU16`, so loom explores which store each load sees.
//!
//! Checked in every interleaving:
//! * the copier never sees a torn unit: every copied opcode is its family
//!   head with the instruction's original oparg, whatever mix of old and new
//!   units it read;
//! * the copy carries none of the owner's half-written caches: cache units
//!   are zero, counters the warm-up value;
//! * the owner, fetching the opcode and then the caches it guards (the eval
//!   loop's order), sees the new member only with all its caches written
//!   and the cooldown counter armed; after `unspecialize` the head with its
//!   oparg and a backed-off counter.
//!
//! Planted bugs shown to be caught (2026-12-05, h-spec): (1) `CodeUnits::store`
//! split into two stores, the opcode byte first (`store(u & 0x00ff)`, then
//! `store(u)`), fails "torn unit at 0: LOAD_GLOBAL oparg 0, expected 3"
//! (the copier read the new opcode with the oparg of neither write);
//! (2) `fresh_copy` deopting the opcode but not zeroing the caches it
//! skips fails "copied cache unit 4 is 57005, expected 0" (0xdead, half of
//! the globals version the owner was writing, leaked into the copy). With
//! the real code the model passes (3511 interleavings, under a second).

use loom::thread;
use std::sync::Arc;
use weft::atomics::{unit, unit_arg, unit_op, CodeUnit, CodeUnits};
use weft::isa::Op;
use weft::specialize::backoff;
use weft::specialize::{Cache, LG_GLOBALS_VERSION, LG_INDEX};
use weft::tlbc::copies::fresh_copy;

const LG_ARG: u8 = 3;
const BIN_ARG: u8 = 0;
/// LOAD_GLOBAL (6 caches) at 0, BINARY_OP (1 cache) at 7, RETURN_VALUE at 9.
const BIN_AT: usize = 7;

fn main_units() -> Vec<CodeUnit> {
    let mut u = vec![unit(Op::LOAD_GLOBAL as u8, LG_ARG), 0, 0, 0, 0, 0, 0];
    u.extend([unit(Op::BINARY_OP as u8, BIN_ARG), 0]);
    u.push(unit(Op::RETURN_VALUE as u8, 0));
    weft::specialize::quicken(&mut u);
    u
}

fn check_copy(copy: &[CodeUnit], expected: &[CodeUnit]) {
    let mut i = 0;
    while i < copy.len() {
        let op = Op::from_u8(unit_op(copy[i])).expect("valid opcode");
        let want = expected[i];
        assert!(
            copy[i] == want,
            "torn unit at {i}: {} oparg {}, expected {}",
            op.name(),
            unit_arg(copy[i]),
            unit_arg(want)
        );
        assert_eq!(op.deopt(), op, "copied a specialized opcode at {i}");
        for k in 1..=op.cache_entries() {
            let c = copy[i + k];
            if k == 1 {
                assert_eq!(c, backoff::WARMUP, "copied counter at {}", i + k);
            } else {
                assert!(c == 0, "copied cache unit {} is {c}, expected 0", i + k);
            }
        }
        i += 1 + op.cache_entries();
    }
}

#[test]
fn specialize_vs_copy() {
    let mut builder = loom::model::Builder::new();
    // CI sets LOOM_MAX_PREEMPTIONS=3; bound it the same when unset.
    builder.preemption_bound.get_or_insert(3);
    let runs = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let counter = runs.clone();
    builder.check(move || {
        counter.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let expected = main_units();
        let main = Arc::new(CodeUnits::new(&expected));
        let m = main.clone();
        let owner = thread::spawn(move || {
            // As `specialize::load_global` + `finish`: caches, then the op.
            let lg = Cache::new(&m, 0);
            lg.set_u16(LG_INDEX, 7);
            lg.set_u32(LG_GLOBALS_VERSION, 0xdead_beef);
            lg.specialize(Op::LOAD_GLOBAL_MODULE);
            let bin = Cache::new(&m, BIN_AT);
            bin.specialize(Op::BINARY_OP_ADD_INT);
            // The eval loop: fetch the opcode, then read its caches.
            assert_eq!(lg.op(), Op::LOAD_GLOBAL_MODULE);
            assert_eq!(unit_arg(m.fetch(0)), LG_ARG);
            assert_eq!(lg.u16(LG_INDEX), 7, "half-written cache");
            assert_eq!(
                lg.u32(LG_GLOBALS_VERSION),
                0xdead_beef,
                "half-written cache"
            );
            assert_eq!(lg.counter(), backoff::COOLDOWN);
            // A guard failed and re-specializing failed: back off.
            lg.unspecialize();
            assert_eq!(lg.op(), Op::LOAD_GLOBAL);
            assert_eq!(unit_arg(m.fetch(0)), LG_ARG);
            assert!(!backoff::triggers(lg.counter()), "backed off");
            assert_eq!(bin.op(), Op::BINARY_OP_ADD_INT);
            assert_eq!(unit_arg(m.fetch(BIN_AT)), BIN_ARG);
        });
        // Another thread's first call: its copy of the main copy.
        let copy = fresh_copy(&main).snapshot();
        check_copy(&copy, &expected);
        owner.join().unwrap();
    });
    println!(
        "specialize_vs_copy: {} interleavings",
        runs.load(std::sync::atomic::Ordering::Relaxed)
    );
}
