//! The frame-block stack (CPython's `fblockinfo`): what `return`, `break`
//! and `continue` must undo on their way out — pop a loop iterator, leave a
//! handler, run a `finally` body inline, call a `with` exit.

use super::{CResult, Compiler, Ctx};
use crate::compiler::ir::Label;
use crate::isa::Op;
use crate::objects::code::Location;
use ruff_python_ast::Stmt;
use ruff_text_size::TextRange;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum FBlockKind {
    WhileLoop,
    ForLoop,
    TryExcept,
    FinallyTry,
    FinallyEnd,
    With,
    AsyncWith,
    HandlerCleanup,
    PopValue,
    ExceptionHandler,
}

#[derive(Clone)]
pub struct FBlock<'a> {
    pub kind: FBlockKind,
    /// Loops: the `continue` target.
    pub block: Option<Label>,
    /// Loops: the `break` target.
    pub exit: Option<Label>,
    /// FinallyTry: the finally body.
    pub finalbody: Option<&'a [Stmt]>,
    /// HandlerCleanup: the `except ... as name` name.
    pub name: Option<String>,
    pub loc: Location,
}

impl<'a> FBlock<'a> {
    pub fn new(kind: FBlockKind, loc: Location) -> FBlock<'a> {
        FBlock {
            kind,
            block: None,
            exit: None,
            finalbody: None,
            name: None,
            loc,
        }
    }
}

impl<'a> Compiler<'a> {
    pub fn push_fblock(&mut self, fb: FBlock<'a>) -> CResult {
        if self.ur().fblocks.len() >= 20 {
            let r = TextRange::default();
            return Err(self.error(r, "too many statically nested blocks"));
        }
        self.u().fblocks.push(fb);
        Ok(())
    }
    pub fn pop_fblock(&mut self, kind: FBlockKind) {
        let fb = self.u().fblocks.pop();
        debug_assert_eq!(fb.map(|f| f.kind), Some(kind));
    }

    /// Emits the code leaving one frame block (CPython's `compiler_unwind_fblock`).
    fn unwind_fblock(
        &mut self,
        fb: &FBlock<'a>,
        preserve_tos: bool,
        loc: &mut Location,
    ) -> CResult {
        match fb.kind {
            FBlockKind::WhileLoop | FBlockKind::ExceptionHandler => {}
            FBlockKind::ForLoop => {
                if preserve_tos {
                    self.u().seq.emit(Op::SWAP, 2, *loc);
                }
                self.u().seq.emit(Op::POP_TOP, 0, *loc);
            }
            FBlockKind::TryExcept => self.pop_handler(),
            FBlockKind::FinallyTry => {
                self.pop_handler();
                if preserve_tos {
                    self.push_fblock(FBlock::new(FBlockKind::PopValue, *loc))?;
                }
                let saved = self.u().loc;
                self.stmts(fb.finalbody.expect("finally body"))?;
                self.u().loc = saved;
                if preserve_tos {
                    self.pop_fblock(FBlockKind::PopValue);
                }
                *loc = Location::default();
            }
            FBlockKind::FinallyEnd => {
                if preserve_tos {
                    self.u().seq.emit(Op::SWAP, 2, *loc);
                }
                self.u().seq.emit(Op::POP_TOP, 0, *loc);
                if preserve_tos {
                    self.u().seq.emit(Op::SWAP, 2, *loc);
                }
                self.pop_handler();
                self.u().seq.emit(Op::POP_EXCEPT, 0, *loc);
            }
            FBlockKind::With | FBlockKind::AsyncWith => {
                *loc = fb.loc;
                self.pop_handler();
                if preserve_tos {
                    self.u().seq.emit(Op::SWAP, 2, *loc);
                }
                self.call_exit_with_nones(*loc);
                if fb.kind == FBlockKind::AsyncWith {
                    let saved = std::mem::replace(&mut self.u().loc, *loc);
                    self.emit_await(2);
                    self.u().loc = saved;
                }
                self.u().seq.emit(Op::POP_TOP, 0, *loc);
                *loc = Location::default();
            }
            FBlockKind::HandlerCleanup => {
                if fb.name.is_some() {
                    self.pop_handler();
                }
                if preserve_tos {
                    self.u().seq.emit(Op::SWAP, 2, *loc);
                }
                self.pop_handler();
                self.u().seq.emit(Op::POP_EXCEPT, 0, *loc);
                if let Some(name) = &fb.name {
                    let saved = std::mem::replace(&mut self.u().loc, *loc);
                    self.load_const(crate::compiler::consts::Const::None);
                    self.nameop(name, Ctx::Store);
                    self.nameop(name, Ctx::Del);
                    self.u().loc = saved;
                }
            }
            FBlockKind::PopValue => {
                if preserve_tos {
                    self.u().seq.emit(Op::SWAP, 2, *loc);
                }
                self.u().seq.emit(Op::POP_TOP, 0, *loc);
            }
        }
        Ok(())
    }

    /// Unwinds frame blocks from the top; with `stop_at_loop`, stops at (and
    /// returns) the innermost loop.
    fn unwind_fblock_stack(
        &mut self,
        preserve_tos: bool,
        stop_at_loop: bool,
        loc: &mut Location,
    ) -> CResult<Option<FBlock<'a>>> {
        let Some(top) = self.ur().fblocks.last().cloned() else {
            return Ok(None);
        };
        if stop_at_loop && matches!(top.kind, FBlockKind::WhileLoop | FBlockKind::ForLoop) {
            return Ok(Some(top));
        }
        self.u().fblocks.pop();
        self.unwind_fblock(&top, preserve_tos, loc)?;
        let r = self.unwind_fblock_stack(preserve_tos, stop_at_loop, loc);
        self.u().fblocks.push(top);
        r
    }

    /// `return [value]`.
    pub fn compile_return(
        &mut self,
        value: Option<&'a ruff_python_ast::Expr>,
        range: TextRange,
    ) -> CResult {
        if !self.in_function() {
            return Err(self.error(range, "'return' outside function"));
        }
        let const_value = value.and_then(|v| self.const_of(v));
        let preserve_tos = value.is_some() && const_value.is_none();
        let saved_handlers = self.u().seq.handler_stack.clone();
        if preserve_tos {
            self.expr(value.expect("value"))?;
        }
        let mut loc = self.ur().loc;
        self.unwind_fblock_stack(preserve_tos, false, &mut loc)?;
        match (value, const_value) {
            (None, _) => {
                let i = self.add_const(crate::compiler::consts::Const::None);
                self.u().seq.emit(Op::LOAD_CONST, i, loc);
            }
            (Some(_), Some(c)) => {
                let i = self.add_const(c);
                self.u().seq.emit(Op::LOAD_CONST, i, loc);
            }
            _ => {}
        }
        self.u().seq.emit(Op::RETURN_VALUE, 0, loc);
        self.u().seq.handler_stack = saved_handlers;
        Ok(())
    }

    /// `break` / `continue`.
    pub fn compile_break_continue(&mut self, is_break: bool, range: TextRange) -> CResult {
        let saved_handlers = self.u().seq.handler_stack.clone();
        let mut loc = self.ur().loc;
        let lp = self.unwind_fblock_stack(false, true, &mut loc)?;
        let Some(lp) = lp else {
            let msg = if is_break {
                "'break' outside loop"
            } else {
                "'continue' not properly in loop"
            };
            return Err(self.error(range, msg));
        };
        if is_break {
            self.unwind_fblock(&lp, false, &mut loc)?;
            self.u()
                .seq
                .emit_jump(Op::JUMP_FORWARD, lp.exit.expect("loop exit"), loc);
        } else {
            self.u()
                .seq
                .emit_jump(Op::JUMP_FORWARD, lp.block.expect("loop start"), loc);
        }
        self.u().seq.handler_stack = saved_handlers;
        Ok(())
    }

    /// `exit(None, None, None)` for a `with` block's normal exit: the first
    /// None takes CALL's self_or_null slot.
    pub fn call_exit_with_nones(&mut self, loc: Location) {
        let i = self.add_const(crate::compiler::consts::Const::None);
        for _ in 0..3 {
            self.u().seq.emit(Op::LOAD_CONST, i, loc);
        }
        self.u().seq.emit(Op::CALL, 2, loc);
    }
}
