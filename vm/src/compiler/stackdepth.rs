//! Maximum value-stack depth by flow analysis (`Op::stack_effect` on the
//! fall-through path, `Op::branch_effect` on the jump), and each exception
//! handler's table depth: the depth where it was set up (plus its
//! adjustment). A handler's code starts at that depth + 1 (the exception),
//! + 1 more with `push_lasti`.

use super::ir::*;
use super::peephole::label_positions;
use crate::isa::Op;

/// `Op::stack_effect`, except RETURN_GENERATOR: the value sent into the
/// generator's first resumption lands on its stack (popped by the POP_TOP
/// that follows), as in CPython.
fn effect(op: Op, arg: u32) -> (u32, u32) {
    match op {
        Op::RETURN_GENERATOR => (0, 1),
        _ => op.stack_effect(arg),
    }
}

pub fn compute(seq: &mut Seq) -> u32 {
    let labels = label_positions(&seq.items);
    let n = seq.items.len();
    let mut depth_at: Vec<Option<u32>> = vec![None; n];
    let mut max = 0u32;
    let mut work: Vec<(usize, u32)> = vec![(0, 0)];
    let push =
        |work: &mut Vec<(usize, u32)>, depth_at: &mut Vec<Option<u32>>, pos: usize, d: u32| {
            match depth_at.get(pos).copied().flatten() {
                Some(old) => debug_assert_eq!(old, d, "inconsistent stack depth at item {pos}"),
                None => work.push((pos, d)),
            }
        };
    while let Some((mut pos, mut d)) = work.pop() {
        while pos < n {
            if let Some(old) = depth_at[pos] {
                debug_assert_eq!(old, d, "inconsistent stack depth at item {pos}");
                break;
            }
            depth_at[pos] = Some(d);
            max = max.max(d);
            match seq.items[pos] {
                Item::Label(_) => {}
                Item::Setup(h) => {
                    let handler = &mut seq.handlers[h as usize];
                    handler.depth = Some((d as i32 + handler.depth_adjust).max(0) as u32);
                }
                Item::Instr(ins) => {
                    if ins.handler != NO_HANDLER {
                        let handler = &seq.handlers[ins.handler as usize];
                        let hd = handler.depth.expect("handler set up before use");
                        let entry = hd + 1 + u32::from(handler.lasti);
                        max = max.max(entry);
                        push(&mut work, &mut depth_at, labels[&handler.target], entry);
                    }
                    if let Some(t) = ins.target {
                        let (pop, pushed) = ins.op.branch_effect(ins.arg);
                        debug_assert!(d >= pop, "stack underflow at {:?}", ins.op);
                        let bd = d.saturating_sub(pop) + pushed;
                        max = max.max(bd);
                        push(&mut work, &mut depth_at, labels[&t], bd);
                    }
                    let (pop, pushed) = effect(ins.op, ins.arg);
                    debug_assert!(d >= pop, "stack underflow at {:?} (depth {d})", ins.op);
                    d = d.saturating_sub(pop) + pushed;
                    max = max.max(d);
                    if !ins.op.falls_through() {
                        break;
                    }
                }
            }
            pos += 1;
        }
    }
    max.max(1)
}
