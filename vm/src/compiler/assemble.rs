//! The assembler: lays out instructions as 16-bit code units with
//! `EXTENDED_ARG` prefixes and inline `CACHE` units, resolves jumps (sizes
//! iterated to a fixed point), and builds the exception table and the
//! per-unit location table.

use super::ir::*;
use crate::atomics::{unit, CodeUnit};
use crate::isa::Op;
use crate::objects::code::{ExceptionEntry, Location};
use std::collections::{HashMap, HashSet};

pub struct Assembled {
    pub units: Vec<CodeUnit>,
    pub locations: Vec<Location>,
    pub exception_table: Vec<ExceptionEntry>,
}

fn ext_count(arg: u32) -> u32 {
    match arg {
        0..=0xFF => 0,
        0x100..=0xFFFF => 1,
        0x1_0000..=0xFF_FFFF => 2,
        _ => 3,
    }
}

pub fn assemble(seq: &Seq) -> Assembled {
    // Flatten: instructions, and the instruction index each label points to.
    let mut instrs: Vec<Instr> = Vec::new();
    let mut label_at: HashMap<Label, usize> = HashMap::new();
    for item in &seq.items {
        match item {
            Item::Label(l) => {
                label_at.insert(*l, instrs.len());
            }
            Item::Instr(i) => instrs.push(*i),
            Item::Setup(_) => {}
        }
    }
    let n = instrs.len();
    let handler_targets: HashSet<usize> = seq
        .handlers
        .iter()
        .filter_map(|h| label_at.get(&h.target).copied())
        .collect();

    // Unconditional jump direction from the layout.
    for (i, ins) in instrs.iter_mut().enumerate() {
        if is_uncond_jump(ins.op) {
            let t = label_at[&ins.target.expect("jump target")];
            ins.op = if t > i {
                Op::JUMP_FORWARD
            } else {
                Op::JUMP_BACKWARD
            };
        }
    }

    // Artificial instructions take the previous instruction's location,
    // except at handler entries.
    for i in 1..n {
        if instrs[i].loc.line == 0 && !handler_targets.contains(&i) {
            instrs[i].loc = instrs[i - 1].loc;
        }
    }

    // Jump sizes to a fixed point.
    let mut ext: Vec<u32> = instrs
        .iter()
        .map(|i| {
            if i.target.is_some() {
                0
            } else {
                ext_count(i.arg)
            }
        })
        .collect();
    let mut offsets = vec![0u32; n + 1];
    loop {
        for i in 0..n {
            offsets[i + 1] = offsets[i] + ext[i] + 1 + instrs[i].op.cache_entries() as u32;
        }
        let mut changed = false;
        for i in 0..n {
            if let Some(t) = instrs[i].target {
                let target = offsets[label_at[&t]];
                let end = offsets[i + 1];
                let arg = if instrs[i].op == Op::JUMP_BACKWARD {
                    end - target
                } else {
                    debug_assert!(
                        target >= end,
                        "forward jump {:?} goes backward",
                        instrs[i].op
                    );
                    target.saturating_sub(end)
                };
                instrs[i].arg = arg;
                let e = ext_count(arg);
                if e > ext[i] {
                    ext[i] = e;
                    changed = true;
                }
            }
        }
        if !changed {
            break;
        }
    }
    // A jump whose prefix grew may now need a smaller arg than its prefix
    // count allows; keep the (harmless) larger prefix so offsets stay fixed.

    let total = offsets[n] as usize;
    let mut units = Vec::with_capacity(total);
    let mut locations = Vec::with_capacity(total);
    for (i, ins) in instrs.iter().enumerate() {
        for k in (1..=ext[i]).rev() {
            units.push(unit(Op::EXTENDED_ARG as u8, (ins.arg >> (8 * k)) as u8));
            locations.push(ins.loc);
        }
        units.push(unit(ins.op as u8, ins.arg as u8));
        locations.push(ins.loc);
        for _ in 0..ins.op.cache_entries() {
            units.push(unit(Op::CACHE as u8, 0));
            locations.push(ins.loc);
        }
    }
    debug_assert_eq!(units.len(), total);

    // Exception table: runs of instructions with the same handler.
    let mut exception_table = Vec::new();
    let mut i = 0;
    while i < n {
        let h = instrs[i].handler;
        let mut j = i + 1;
        while j < n && instrs[j].handler == h {
            j += 1;
        }
        if h != NO_HANDLER {
            let handler = &seq.handlers[h as usize];
            exception_table.push(ExceptionEntry {
                start: offsets[i],
                end: offsets[j],
                target: offsets[label_at[&handler.target]],
                depth: handler.depth.expect("handler depth computed"),
                push_lasti: handler.lasti,
            });
        }
        i = j;
    }
    Assembled {
        units,
        locations,
        exception_table,
    }
}
