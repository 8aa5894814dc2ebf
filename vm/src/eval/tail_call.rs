//! The tail-call dispatch backend (feature `tail-call`, nightly): every
//! opcode has a stub that runs its handler, fetches the next instruction
//! and tail-calls (`become`) that opcode's stub through `TABLE`. Each stub
//! thus ends in an indirect jump of its own, which the branch predictor
//! learns per instruction, where the `match` loop shares one. Generated
//! from the instruction table, over the same handlers.
//!
//! The frame's registers (`Regs`) live in `run`'s stack frame; a stub
//! works on a local copy (the compiler loads only the fields its handler
//! uses and keeps them in machine registers) and never writes it back:
//! what changes from one instruction to the next, the position and the
//! oparg, travels in the tail call's arguments, and a frame change reloads
//! the registers from the thread.

use super::handlers;
use super::regs::{settle, Flow, Regs};
use crate::atomics::{unit_arg, unit_op};
use crate::isa::{for_each_op, Op, ALL};
use crate::runtime::thread::Thread;
use crate::runtime::PyResult;
use crate::value::Value;

/// `(thread, the frame's registers, unit index of this instruction, oparg)`.
type Stub = for<'a, 'b> fn(&mut Thread, &'b mut Regs<'a>, usize, u32) -> PyResult<Value>;

/// A handler ended with something else than `Flow::Next`: unwind or
/// leave `run` (`Some`), else reload the registers from the thread.
#[cold]
#[inline(never)]
fn after(ts: &mut Thread, saved: &mut Regs, r: &Regs, flow: Flow) -> Option<PyResult<Value>> {
    if let Some(v) = settle(ts, r.fidx, r.lasti, flow) {
        return Some(v);
    }
    *saved = Regs::load(ts);
    None
}

/// The next instruction's unit index, opcode and oparg.
#[inline(always)]
fn fetch(r: &Regs) -> (usize, Op, u32) {
    let unit = r.units.fetch(r.pc);
    let op = Op::from_u8(unit_op(unit)).expect("invalid opcode");
    (r.pc, op, r.ext | unit_arg(unit) as u32)
}

/// The registers for the instruction at `lasti` with `cache` cache units.
#[inline(always)]
fn enter<'a>(saved: &Regs<'a>, lasti: usize, cache: usize) -> Regs<'a> {
    let mut r = *saved;
    r.lasti = lasti;
    r.pc = lasti + 1 + cache;
    r.ext = 0;
    r
}

macro_rules! stubs {
    (
        $( $(#[$doc:meta])* $name:ident, cache $cache:literal, $arg:ident, |$a:ident| $effect:expr; )*
        @specialized {
            $( $(#[$sdoc:meta])* $sname:ident => $head:ident; )*
        }
    ) => {
        /// Every opcode's stub, indexed by opcode.
        static TABLE: [Stub; ALL.len()] = [
            $( {
                fn stub(ts: &mut Thread, saved: &mut Regs, lasti: usize, arg: u32) -> PyResult<Value> {
                    let mut r = enter(saved, lasti, $cache);
                    let flow = handlers::$name(ts, &mut r, arg);
                    if !matches!(flow, Flow::Next) {
                        if let Some(v) = after(ts, saved, &r, flow) {
                            return v;
                        }
                        r = *saved;
                    }
                    let (next, op, arg) = fetch(&r);
                    become TABLE[op as usize](ts, saved, next, arg)
                }
                stub
            }, )*
            $( {
                fn stub(ts: &mut Thread, saved: &mut Regs, lasti: usize, arg: u32) -> PyResult<Value> {
                    let mut r = enter(saved, lasti, const { Op::$head.cache_entries() });
                    let flow = handlers::$sname(ts, &mut r, arg);
                    if let Some(s) = ts.stats.as_deref_mut() {
                        s.member(Op::$sname, &flow);
                    }
                    match flow {
                        Flow::Next => {}
                        Flow::Miss => become TABLE[Op::$head as usize](ts, saved, lasti, arg),
                        flow => {
                            if let Some(v) = after(ts, saved, &r, flow) {
                                return v;
                            }
                            r = *saved;
                        }
                    }
                    let (next, op, arg) = fetch(&r);
                    become TABLE[op as usize](ts, saved, next, arg)
                }
                stub
            }, )*
        ];
    };
}

for_each_op!(stubs);

pub fn run(ts: &mut Thread) -> PyResult<Value> {
    let mut r = Regs::load(ts);
    let (at, op, arg) = fetch(&r);
    TABLE[op as usize](ts, &mut r, at, arg)
}
