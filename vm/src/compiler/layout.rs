//! Cold-code placement (CPython 3.12+'s `push_cold_blocks_to_end`): code
//! reachable only through the exception table — handlers and their cleanup
//! — moves after the normal code, so the normal path of `try` and `with`
//! falls through instead of jumping over the handlers. A moved run that fell
//! through into normal code gets an explicit jump.

use super::ir::*;
use super::peephole::label_positions;
use crate::isa::Op;

pub fn push_cold_to_end(seq: &mut Seq) {
    let n = seq.items.len();
    if seq.handlers.is_empty() || n == 0 {
        return;
    }
    let labels = label_positions(&seq.items);
    // Warm: reachable from the entry through fall-through and jumps only.
    let mut warm = vec![false; n];
    let mut work = vec![0usize];
    while let Some(mut pos) = work.pop() {
        while pos < n && !warm[pos] {
            warm[pos] = true;
            if let Item::Instr(i) = seq.items[pos] {
                if let Some(t) = i.target {
                    work.push(labels[&t]);
                }
                if !i.op.falls_through() {
                    break;
                }
            }
            pos += 1;
        }
    }
    // Labels and setups belong with the instruction they precede.
    let mut next_warm = true;
    for pos in (0..n).rev() {
        match seq.items[pos] {
            Item::Instr(_) => next_warm = warm[pos],
            _ => warm[pos] = next_warm,
        }
    }
    if warm.iter().all(|&w| w) {
        return;
    }
    let items = std::mem::take(&mut seq.items);
    let mut hot = Vec::with_capacity(n);
    let mut cold = Vec::new();
    let mut pos = 0;
    while pos < n {
        let start = pos;
        while pos < n && warm[pos] == warm[start] {
            pos += 1;
        }
        if warm[start] {
            hot.extend_from_slice(&items[start..pos]);
            continue;
        }
        cold.extend_from_slice(&items[start..pos]);
        // A cold run that falls into the following warm code jumps there.
        let last = items[start..pos].iter().rev().find_map(|it| {
            if let Item::Instr(i) = it {
                Some(*i)
            } else {
                None
            }
        });
        if pos < n && last.is_some_and(|i| i.op.falls_through()) {
            let target = match items[pos] {
                Item::Label(l) => l,
                _ => {
                    let l = seq.new_label();
                    hot.push(Item::Label(l));
                    l
                }
            };
            let handler = last.map_or(NO_HANDLER, |i| i.handler);
            cold.push(Item::Instr(Instr {
                op: Op::JUMP_FORWARD,
                arg: 0,
                target: Some(target),
                loc: Default::default(),
                handler,
            }));
        }
    }
    hot.extend(cold);
    seq.items = hot;
}
