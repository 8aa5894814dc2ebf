//! `LOAD_FAST` vs `LOAD_FAST_CHECK`: a forward "maybe unbound" dataflow
//! over the fast locals (CPython's `add_checks_for_loads_of_uninitialized_variables`).
//! Arguments start bound, other locals unbound; STORE binds, DELETE unbinds,
//! a checked load binds (it raised otherwise). An exception handler sees
//! the union of the states of every instruction it covers.

use super::ir::*;
use super::peephole::label_positions;
use crate::isa::Op;
use std::collections::HashMap;

#[derive(Clone, PartialEq, Eq)]
struct Bits(Vec<u64>);

impl Bits {
    fn new(n: usize) -> Bits {
        Bits(vec![0; n.div_ceil(64)])
    }
    fn get(&self, i: usize) -> bool {
        self.0[i / 64] >> (i % 64) & 1 != 0
    }
    fn set(&mut self, i: usize, v: bool) {
        if v {
            self.0[i / 64] |= 1 << (i % 64);
        } else {
            self.0[i / 64] &= !(1 << (i % 64));
        }
    }
    /// self |= other; returns whether self changed.
    fn union(&mut self, other: &Bits) -> bool {
        let mut changed = false;
        for (a, b) in self.0.iter_mut().zip(&other.0) {
            let n = *a | b;
            changed |= n != *a;
            *a = n;
        }
        changed
    }
}

/// Applies one instruction's effect on the unbound set.
fn step(ins: &Instr, s: &mut Bits, nlocals: usize) {
    let locals: [(u32, bool); 2] = match ins.op {
        Op::LOAD_FAST | Op::LOAD_FAST_CHECK | Op::STORE_FAST => {
            [(ins.arg, false), (u32::MAX, false)]
        }
        Op::LOAD_FAST_LOAD_CONST => [(ins.arg >> 4, false), (u32::MAX, false)],
        Op::DELETE_FAST => [(ins.arg, true), (u32::MAX, false)],
        Op::LOAD_FAST_LOAD_FAST | Op::STORE_FAST_LOAD_FAST | Op::STORE_FAST_STORE_FAST => {
            [(ins.arg >> 4, false), (ins.arg & 15, false)]
        }
        _ => return,
    };
    for (slot, unbound) in locals {
        if (slot as usize) < nlocals {
            s.set(slot as usize, unbound);
        }
    }
}

pub fn mark_unbound_loads(seq: &mut Seq, nlocals: u32, nargs: u32) {
    let nlocals = nlocals as usize;
    if nlocals == 0 || seq.items.is_empty() {
        return;
    }
    let labels = label_positions(&seq.items);
    let mut entry = Bits::new(nlocals);
    for i in nargs as usize..nlocals {
        entry.set(i, true);
    }
    let mut label_state: HashMap<Label, Bits> = HashMap::new();
    let mut work: Vec<(usize, Bits)> = vec![(0, entry.clone())];
    let merge = |label_state: &mut HashMap<Label, Bits>, l: Label, s: &Bits| -> bool {
        match label_state.get_mut(&l) {
            Some(old) => old.union(s),
            None => {
                label_state.insert(l, s.clone());
                true
            }
        }
    };
    while let Some((mut pos, mut s)) = work.pop() {
        let mut first = true;
        while pos < seq.items.len() {
            match &seq.items[pos] {
                Item::Label(l) => {
                    let changed = merge(&mut label_state, *l, &s);
                    if !changed && !first {
                        break;
                    }
                    s = label_state[l].clone();
                }
                Item::Setup(_) => {}
                Item::Instr(ins) => {
                    let ins = *ins;
                    if ins.handler != NO_HANDLER {
                        let h = seq.handlers[ins.handler as usize].target;
                        let mut both = s.clone();
                        step(&ins, &mut both, nlocals);
                        both.union(&s);
                        if merge(&mut label_state, h, &both) {
                            work.push((labels[&h], label_state[&h].clone()));
                        }
                    }
                    step(&ins, &mut s, nlocals);
                    if let Some(t) = ins.target {
                        if merge(&mut label_state, t, &s) {
                            work.push((labels[&t], label_state[&t].clone()));
                        }
                    }
                    if !ins.op.falls_through() {
                        break;
                    }
                }
            }
            first = false;
            pos += 1;
        }
    }
    // Rewrite with the fixpoint states.
    let mut s = Some(entry);
    for item in seq.items.iter_mut() {
        match item {
            Item::Label(l) => s = label_state.get(l).cloned().or(s),
            Item::Setup(_) => {}
            Item::Instr(ins) => {
                let Some(cur) = s.as_mut() else { continue };
                if ins.op == Op::LOAD_FAST
                    && (ins.arg as usize) < nlocals
                    && cur.get(ins.arg as usize)
                {
                    ins.op = Op::LOAD_FAST_CHECK;
                }
                step(ins, cur, nlocals);
                if !ins.op.falls_through() {
                    s = None;
                }
            }
        }
    }
}
