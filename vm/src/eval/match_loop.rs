//! The stable dispatch backend: one loop, one `match` on the opcode,
//! generated from the instruction table, each arm a handler inlined.

use super::handlers;
use super::regs::{settle, Flow, Regs};
use crate::isa::{for_each_op, Op};
use crate::runtime::thread::Thread;
use crate::runtime::PyResult;
use crate::value::Value;

macro_rules! execute {
    (
        $( $(#[$doc:meta])* $name:ident, cache $cache:literal, $arg:ident, |$a:ident| $effect:expr; )*
        @specialized {
            $( $(#[$sdoc:meta])* $sname:ident => $head:ident; )*
        }
    ) => {
        /// Runs one instruction. A member whose guard fails runs its family
        /// head's out-of-line copy (`GENERIC`).
        #[inline(always)]
        fn execute(ts: &mut Thread, r: &mut Regs, op: Op, arg: u32) -> Flow {
            match op {
                $( Op::$name => handlers::$name(ts, r, arg), )*
                $( Op::$sname => {
                    let flow = handlers::$sname(ts, r, arg);
                    if let Some(s) = ts.stats.as_deref_mut() {
                        s.member(op, &flow);
                    }
                    match flow {
                        Flow::Miss => {
                            // Through a copy, so `r` itself never has its
                            // address taken and stays in registers.
                            let mut regs = *r;
                            let flow = GENERIC[Op::$head as usize](ts, &mut regs, arg);
                            *r = regs;
                            flow
                        }
                        flow => flow,
                    }
                } )*
            }
        }

        type Handler = for<'a, 'b> fn(&mut Thread, &'b mut Regs<'a>, u32) -> Flow;

        /// Every generic instruction's handler, out of line.
        static GENERIC: [Handler; crate::isa::FIRST_SPECIALIZED as usize] = [$( {
            #[inline(never)]
            fn handler(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
                handlers::$name(ts, r, arg)
            }
            handler
        }, )*];
    };
}

for_each_op!(execute);

pub fn run(ts: &mut Thread) -> PyResult<Value> {
    let mut r = Regs::load(ts);
    loop {
        let (op, arg) = r.fetch();
        match execute(ts, &mut r, op, arg) {
            Flow::Next => continue,
            Flow::Frame => {}
            flow => {
                if let Some(v) = settle(ts, r.fidx, r.lasti, flow) {
                    return v;
                }
            }
        }
        r = Regs::load(ts);
    }
}
