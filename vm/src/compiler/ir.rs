//! The code generator's output: a linear list of instructions with symbolic
//! jump targets (labels), handler markers and per-instruction exception
//! handlers. The peephole pass rewrites it; `assemble` encodes it.
//!
//! Exception handling: the code generator keeps a stack of active handlers;
//! every instruction records the innermost one (`handler`), so the
//! exception table is the runs of equal `handler`s. A `Setup(h)` item marks
//! where handler `h` became active: the stack depth there is the handler's
//! table depth (computed by `stackdepth`).
//!
//! Unconditional jumps are emitted as `JUMP_FORWARD`; the assembler picks
//! `JUMP_FORWARD`/`JUMP_BACKWARD` from the final layout.

use crate::isa::Op;
use crate::objects::code::Location;
use std::collections::HashMap;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Label(pub u32);

pub const NO_HANDLER: u32 = u32::MAX;

#[derive(Clone, Copy, Debug)]
pub struct Instr {
    pub op: Op,
    pub arg: u32,
    pub target: Option<Label>,
    pub loc: Location,
    /// Index into `Seq::handlers`, or `NO_HANDLER`.
    pub handler: u32,
}

#[derive(Clone, Copy, Debug)]
pub enum Item {
    Instr(Instr),
    Label(Label),
    /// Handler `h` becomes active here (zero-width).
    Setup(u32),
}

#[derive(Clone, Copy, Debug)]
pub struct Handler {
    pub target: Label,
    pub lasti: bool,
    /// Added to the stack depth at the `Setup` to get the table depth
    /// (-1 for `with`, whose handler does not keep `__enter__`'s result).
    pub depth_adjust: i32,
    /// Value-stack depth kept when unwinding to this handler (set by `stackdepth`).
    pub depth: Option<u32>,
}

/// An instruction sequence under construction.
///
/// The active-handler stack is compile-time state; code after an
/// unconditional jump is only reachable through labels, so binding a label
/// there restores the handler stack recorded by the first jump to it (or by
/// the `push_handler` whose target it is), as CPython's flow-based
/// exception-target labelling would.
pub struct Seq {
    pub items: Vec<Item>,
    pub nlabels: u32,
    pub handlers: Vec<Handler>,
    pub handler_stack: Vec<u32>,
    reachable: bool,
    label_stacks: HashMap<Label, Vec<u32>>,
}

impl Default for Seq {
    fn default() -> Seq {
        Seq {
            items: Vec::new(),
            nlabels: 0,
            handlers: Vec::new(),
            handler_stack: Vec::new(),
            reachable: true,
            label_stacks: HashMap::new(),
        }
    }
}

impl Seq {
    pub fn new_label(&mut self) -> Label {
        self.nlabels += 1;
        Label(self.nlabels - 1)
    }
    pub fn bind(&mut self, l: Label) {
        if !self.reachable {
            if let Some(st) = self.label_stacks.get(&l) {
                self.handler_stack = st.clone();
            }
        }
        self.reachable = true;
        self.items.push(Item::Label(l));
    }
    fn current_handler(&self) -> u32 {
        self.handler_stack.last().copied().unwrap_or(NO_HANDLER)
    }
    pub fn emit(&mut self, op: Op, arg: u32, loc: Location) {
        let handler = self.current_handler();
        self.items.push(Item::Instr(Instr {
            op,
            arg,
            target: None,
            loc,
            handler,
        }));
        if !op.falls_through() {
            self.reachable = false;
        }
    }
    pub fn emit_jump(&mut self, op: Op, target: Label, loc: Location) {
        let handler = self.current_handler();
        self.items.push(Item::Instr(Instr {
            op,
            arg: 0,
            target: Some(target),
            loc,
            handler,
        }));
        self.label_stacks
            .entry(target)
            .or_insert_with(|| self.handler_stack.clone());
        if !op.falls_through() {
            self.reachable = false;
        }
    }
    /// Makes `target` the active handler (CPython's SETUP_FINALLY/SETUP_CLEANUP/SETUP_WITH).
    pub fn push_handler(&mut self, target: Label, lasti: bool) {
        self.push_handler_adjusted(target, lasti, 0)
    }
    pub fn push_handler_adjusted(&mut self, target: Label, lasti: bool, depth_adjust: i32) {
        let h = self.handlers.len() as u32;
        self.handlers.push(Handler {
            target,
            lasti,
            depth_adjust,
            depth: None,
        });
        self.label_stacks
            .entry(target)
            .or_insert_with(|| self.handler_stack.clone());
        self.items.push(Item::Setup(h));
        self.handler_stack.push(h);
    }
    /// CPython's POP_BLOCK.
    pub fn pop_handler(&mut self) {
        self.handler_stack.pop();
    }
    /// The last item, if it is an instruction.
    pub fn last_instr(&self) -> Option<&Instr> {
        match self.items.last() {
            Some(Item::Instr(i)) => Some(i),
            _ => None,
        }
    }
}

pub fn is_uncond_jump(op: Op) -> bool {
    matches!(op, Op::JUMP_FORWARD | Op::JUMP_BACKWARD)
}

pub fn is_cond_jump(op: Op) -> bool {
    matches!(
        op,
        Op::POP_JUMP_IF_FALSE
            | Op::POP_JUMP_IF_TRUE
            | Op::POP_JUMP_IF_NONE
            | Op::POP_JUMP_IF_NOT_NONE
    )
}

pub fn invert_cond(op: Op) -> Op {
    match op {
        Op::POP_JUMP_IF_FALSE => Op::POP_JUMP_IF_TRUE,
        Op::POP_JUMP_IF_TRUE => Op::POP_JUMP_IF_FALSE,
        Op::POP_JUMP_IF_NONE => Op::POP_JUMP_IF_NOT_NONE,
        Op::POP_JUMP_IF_NOT_NONE => Op::POP_JUMP_IF_NONE,
        other => other,
    }
}
