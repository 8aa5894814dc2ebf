//! Peephole optimizations on the instruction list (CPython's
//! `Python/flowgraph.c`, simplified to a linear list):
//! * jump threading (a jump to an unconditional jump goes to its target),
//! * removal of unreachable code and of jumps to the next instruction,
//! * `LOAD_CONST k; RETURN_VALUE` → `RETURN_CONST k`,
//! * `BUILD_TUPLE n; UNPACK_SEQUENCE n` → nothing / `SWAP n` for n ≤ 3,
//! * `LOAD_CONST None; IS_OP; POP_JUMP_IF_*` → `POP_JUMP_IF_[NOT_]NONE`,
//! * super-instructions (`superinstructions`), never across a label, a
//!   handler boundary or a line change,
//! * `normalize_jumps`: conditional jumps only go forward.

use super::consts::ConstPool;
use super::ir::*;
use crate::isa::Op;
use std::collections::HashMap;

pub fn optimize(seq: &mut Seq, consts: &ConstPool) {
    for _ in 0..2 {
        thread_jumps(seq);
        remove_unreachable(seq);
        remove_redundant_jumps(seq);
    }
    fold_pairs(seq, consts);
    remove_unreachable(seq);
}

/// Index of each label in `items`.
pub fn label_positions(items: &[Item]) -> HashMap<Label, usize> {
    items
        .iter()
        .enumerate()
        .filter_map(|(i, it)| {
            if let Item::Label(l) = it {
                Some((*l, i))
            } else {
                None
            }
        })
        .collect()
}

/// The first instruction at or after `pos`, skipping labels only.
fn instr_at(items: &[Item], mut pos: usize) -> Option<(usize, Instr)> {
    while pos < items.len() {
        match items[pos] {
            Item::Label(_) => pos += 1,
            Item::Instr(i) => return Some((pos, i)),
            Item::Setup(_) => return None,
        }
    }
    None
}

fn thread_jumps(seq: &mut Seq) {
    let labels = label_positions(&seq.items);
    for idx in 0..seq.items.len() {
        let Item::Instr(ins) = seq.items[idx] else {
            continue;
        };
        let Some(mut target) = ins.target else {
            continue;
        };
        if !(is_uncond_jump(ins.op) || is_cond_jump(ins.op)) {
            continue;
        }
        for _ in 0..8 {
            let Some((_, next)) = instr_at(&seq.items, labels[&target]) else {
                break;
            };
            match next.target {
                Some(t2) if is_uncond_jump(next.op) && t2 != target => target = t2,
                _ => break,
            }
        }
        if let Item::Instr(i) = &mut seq.items[idx] {
            i.target = Some(target);
        }
    }
}

fn remove_unreachable(seq: &mut Seq) {
    let labels = label_positions(&seq.items);
    let n = seq.items.len();
    let mut reached = vec![false; n];
    let mut work = vec![0usize];
    while let Some(mut pos) = work.pop() {
        while pos < n && !reached[pos] {
            reached[pos] = true;
            match seq.items[pos] {
                Item::Instr(i) => {
                    if let Some(t) = i.target {
                        work.push(labels[&t]);
                    }
                    if i.handler != NO_HANDLER {
                        work.push(labels[&seq.handlers[i.handler as usize].target]);
                    }
                    if !i.op.falls_through() {
                        break;
                    }
                }
                Item::Label(_) | Item::Setup(_) => {}
            }
            pos += 1;
        }
    }
    let mut k = 0;
    seq.items.retain(|it| {
        let keep = reached[k] || !matches!(it, Item::Instr(_));
        k += 1;
        keep
    });
}

/// Drops unconditional jumps whose target is the next instruction.
fn remove_redundant_jumps(seq: &mut Seq) {
    let items = std::mem::take(&mut seq.items);
    let mut out = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        if let Item::Instr(ins) = item {
            if is_uncond_jump(ins.op) {
                let t = ins.target.expect("jump target");
                let to_next = items[i + 1..]
                    .iter()
                    .take_while(|it| matches!(it, Item::Label(_)))
                    .any(|it| matches!(it, Item::Label(l) if *l == t));
                if to_next {
                    continue;
                }
            }
        }
        out.push(*item);
    }
    seq.items = out;
}

fn fold_pairs(seq: &mut Seq, consts: &ConstPool) {
    let items = std::mem::take(&mut seq.items);
    let mut out: Vec<Item> = Vec::with_capacity(items.len());
    for item in items {
        out.push(item);
        // `LOAD_CONST None; IS_OP k; POP_JUMP_IF_x` → `POP_JUMP_IF_[NOT_]NONE`.
        if let [.., Item::Instr(c), Item::Instr(is), Item::Instr(j)] = out[..] {
            if c.op == Op::LOAD_CONST
                && *consts.get(c.arg) == super::consts::Const::None
                && is.op == Op::IS_OP
                && matches!(j.op, Op::POP_JUMP_IF_TRUE | Op::POP_JUMP_IF_FALSE)
            {
                let jump_if_none = (is.arg == 0) == (j.op == Op::POP_JUMP_IF_TRUE);
                let op = if jump_if_none {
                    Op::POP_JUMP_IF_NONE
                } else {
                    Op::POP_JUMP_IF_NOT_NONE
                };
                out.truncate(out.len() - 3);
                out.push(Item::Instr(Instr {
                    op,
                    loc: is.loc,
                    ..j
                }));
            }
        }
        // Fold the last two instructions while they form a pattern.
        while out.len() >= 2 {
            let (Item::Instr(a), Item::Instr(b)) = (out[out.len() - 2], out[out.len() - 1]) else {
                break;
            };
            if a.op == Op::LOAD_CONST && b.op == Op::RETURN_VALUE {
                out.pop();
                *out.last_mut().expect("pair") = Item::Instr(Instr {
                    op: Op::RETURN_CONST,
                    loc: b.loc,
                    ..a
                });
            } else if a.op == Op::BUILD_TUPLE
                && b.op == Op::UNPACK_SEQUENCE
                && a.arg == b.arg
                && a.arg <= 3
            {
                out.pop();
                out.pop();
                if a.arg >= 2 {
                    out.push(Item::Instr(Instr { op: Op::SWAP, ..a }));
                }
            } else {
                break;
            }
        }
    }
    seq.items = out;
}

/// LOAD_FAST_LOAD_FAST, STORE_FAST_LOAD_FAST, STORE_FAST_STORE_FAST, and
/// LOAD_FAST_LOAD_CONST (as CPython 3.11's `LOAD_FAST__LOAD_CONST`: `n - 1`,
/// `i < n`, `x * 2` run one dispatch instead of two).
pub fn superinstructions(seq: &mut Seq) {
    let items = std::mem::take(&mut seq.items);
    let mut out: Vec<Item> = Vec::with_capacity(items.len());
    for item in items {
        if let (Some(Item::Instr(a)), Item::Instr(b)) = (out.last().copied(), item) {
            let fused = match (a.op, b.op) {
                (Op::LOAD_FAST, Op::LOAD_FAST) => Some(Op::LOAD_FAST_LOAD_FAST),
                (Op::LOAD_FAST, Op::LOAD_CONST) => Some(Op::LOAD_FAST_LOAD_CONST),
                (Op::STORE_FAST, Op::LOAD_FAST) => Some(Op::STORE_FAST_LOAD_FAST),
                (Op::STORE_FAST, Op::STORE_FAST) => Some(Op::STORE_FAST_STORE_FAST),
                _ => None,
            };
            let same_line = a.loc.line == 0 || b.loc.line == 0 || a.loc.line == b.loc.line;
            if let Some(op) = fused {
                if a.arg < 16 && b.arg < 16 && same_line && a.handler == b.handler {
                    *out.last_mut().expect("previous") = Item::Instr(Instr {
                        op,
                        arg: a.arg << 4 | b.arg,
                        ..a
                    });
                    continue;
                }
            }
        }
        out.push(item);
    }
    seq.items = out;
}

/// Rewrites backward conditional jumps as an inverted forward jump over a
/// `JUMP_BACKWARD`.
pub fn normalize_jumps(seq: &mut Seq) {
    let labels = label_positions(&seq.items);
    let items = std::mem::take(&mut seq.items);
    let mut out = Vec::with_capacity(items.len());
    for (i, item) in items.into_iter().enumerate() {
        match item {
            Item::Instr(ins)
                if is_cond_jump(ins.op) && labels[&ins.target.expect("jump target")] < i =>
            {
                let skip = seq.new_label();
                out.push(Item::Instr(Instr {
                    op: invert_cond(ins.op),
                    target: Some(skip),
                    ..ins
                }));
                out.push(Item::Instr(Instr {
                    op: Op::JUMP_BACKWARD,
                    arg: 0,
                    ..ins
                }));
                out.push(Item::Label(skip));
            }
            other => out.push(other),
        }
    }
    seq.items = out;
}
