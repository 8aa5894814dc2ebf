//! The tail-call dispatch backend (feature `tail-call`, nightly): every
//! opcode has a stub that runs its handler and then fetches the next
//! instruction and tail-calls (`become`) that opcode's stub through
//! `TABLE`. Each stub thus ends in an indirect jump of its own, which the
//! branch predictor learns per instruction, where the `match` loop shares
//! one. Generated from the instruction table, over the same handlers.

use super::handlers;
use super::regs::{settle, Flow, Regs};
use crate::isa::{for_each_op, Op, ALL};
use crate::runtime::thread::Thread;
use crate::runtime::PyResult;
use crate::value::Value;

type Stub = for<'a, 'b> fn(&mut Thread, &'b mut Regs<'a>, u32) -> PyResult<Value>;

/// A handler ended with something else than `Flow::Next`: reload the
/// registers or unwind; `Some` leaves `run`.
#[cold]
#[inline(never)]
fn after(ts: &mut Thread, r: &mut Regs, flow: Flow) -> Option<PyResult<Value>> {
    if let Some(v) = settle(ts, r.fidx, r.lasti, flow) {
        return Some(v);
    }
    *r = Regs::load(ts);
    None
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
                fn stub(ts: &mut Thread, r: &mut Regs, arg: u32) -> PyResult<Value> {
                    let flow = handlers::$name(ts, r, arg);
                    if !matches!(flow, Flow::Next) {
                        if let Some(v) = after(ts, r, flow) {
                            return v;
                        }
                    }
                    let (op, arg) = r.fetch();
                    become TABLE[op as usize](ts, r, arg)
                }
                stub
            }, )*
            $( {
                fn stub(ts: &mut Thread, r: &mut Regs, arg: u32) -> PyResult<Value> {
                    let flow = handlers::$sname(ts, r, arg);
                    if let Some(s) = ts.stats.as_deref_mut() {
                        s.member(Op::$sname, &flow);
                    }
                    match flow {
                        Flow::Next => {}
                        Flow::Miss => become TABLE[Op::$head as usize](ts, r, arg),
                        flow => {
                            if let Some(v) = after(ts, r, flow) {
                                return v;
                            }
                        }
                    }
                    let (op, arg) = r.fetch();
                    become TABLE[op as usize](ts, r, arg)
                }
                stub
            }, )*
        ];
    };
}

for_each_op!(stubs);

pub fn run(ts: &mut Thread) -> PyResult<Value> {
    let mut r = Regs::load(ts);
    let (op, arg) = r.fetch();
    TABLE[op as usize](ts, &mut r, arg)
}
