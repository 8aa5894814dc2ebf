//! The stable dispatch backend: one loop, one `match` on the opcode,
//! generated from the instruction table, each arm a handler inlined. An
//! arm whose handler ends with `Flow::Next` continues the loop directly,
//! so the compiler can copy the small fetch-and-dispatch block into every
//! arm (one indirect jump per handler, as with computed gotos); the rarer
//! flows (a frame change, an exception, leaving `run`) meet after the
//! `match`.

use super::handlers;
use super::regs::{settle, Flow, Regs};
use crate::isa::{for_each_op, Op};
use crate::runtime::thread::Thread;
use crate::runtime::PyResult;
use crate::value::Value;

type Handler = for<'a, 'b> fn(&mut Thread, &'b mut Regs<'a>, u32) -> Flow;

macro_rules! backend {
    (
        $( $(#[$doc:meta])* $name:ident, cache $cache:literal, $arg:ident, |$a:ident| $effect:expr; )*
        @specialized {
            $( $(#[$sdoc:meta])* $sname:ident => $head:ident; )*
        }
    ) => {
        /// Every generic instruction's handler, out of line: what a member
        /// whose guard fails runs (its family head).
        static GENERIC: [Handler; crate::isa::FIRST_SPECIALIZED as usize] = [$( {
            #[inline(never)]
            fn handler(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
                handlers::$name(ts, r, arg)
            }
            handler
        }, )*];

        pub fn run(ts: &mut Thread) -> PyResult<Value> {
            let mut r = Regs::load(ts);
            loop {
                let (op, arg) = r.fetch();
                let flow = match op {
                    $( Op::$name => match handlers::$name(ts, &mut r, arg) {
                        Flow::Next => continue,
                        flow => flow,
                    }, )*
                    $( Op::$sname => {
                        let flow = handlers::$sname(ts, &mut r, arg);
                        if let Some(s) = ts.stats.as_deref_mut() {
                            s.member(op, &flow);
                        }
                        let flow = match flow {
                            Flow::Miss => {
                                // Through a copy, so `r` itself never has
                                // its address taken and stays in registers.
                                let mut regs = r;
                                let flow = GENERIC[Op::$head as usize](ts, &mut regs, arg);
                                r = regs;
                                flow
                            }
                            flow => flow,
                        };
                        match flow {
                            Flow::Next => continue,
                            flow => flow,
                        }
                    } )*
                };
                if !matches!(flow, Flow::Frame) {
                    if let Some(v) = settle(ts, r.fidx, r.lasti, flow) {
                        return v;
                    }
                }
                r = Regs::load(ts);
            }
        }
    };
}

for_each_op!(backend);
