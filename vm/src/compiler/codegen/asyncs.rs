//! `await`, `async for` and `async with` (CPython 3.12's `compiler_visit_expr`
//! Await case, `compiler_async_for` and `compiler_async_with`).
//!
//! * await: `<value>; GET_AWAITABLE 0; LOAD_CONST None;` then the
//!   `yield from` loop resuming with `RESUME 3`.
//! * async for: the async iterator stays on the stack; each step runs
//!   `GET_ANEXT; LOAD_CONST None; <await loop>` under a handler whose entry
//!   is `[... aiter exc]`: `END_ASYNC_FOR` ends the loop on
//!   StopAsyncIteration and re-raises anything else.
//! * async with: `BEFORE_ASYNC_WITH` leaves `[... aexit aenter_awaitable]`;
//!   `GET_AWAITABLE 1` and the await loop give the `as` value; the exits
//!   await `aexit(...)` after `GET_AWAITABLE 2`, otherwise as `with`.

use super::{CResult, Compiler, FBlock, FBlockKind};
use crate::compiler::consts::Const;
use crate::compiler::symtable::ScopeKind;
use crate::isa::Op;
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::{Ranged, TextRange};

impl<'a> Compiler<'a> {
    /// Whether the current unit is an `async def` body.
    pub fn in_async_function(&self) -> bool {
        self.table.scopes[self.ur().scope].is_async
    }

    /// The await loop over `(awaitable_iter None -- result)`.
    pub fn await_loop(&mut self) {
        let send = self.new_label();
        let fail = self.new_label();
        let exit = self.new_label();
        self.bind(send);
        self.jump(Op::SEND, exit);
        self.push_handler(fail, false);
        self.emit(Op::YIELD_VALUE, 1);
        self.pop_handler();
        self.emit(Op::RESUME, 3);
        self.jump(Op::JUMP_BACKWARD, send);
        self.bind(fail);
        self.emit0(Op::CLEANUP_THROW);
        self.bind(exit);
        self.emit0(Op::END_SEND);
    }

    /// `GET_AWAITABLE a; LOAD_CONST None;` and the await loop.
    pub fn emit_await(&mut self, a: u32) {
        self.emit(Op::GET_AWAITABLE, a);
        self.load_const(Const::None);
        self.await_loop();
    }

    pub fn await_expr(&mut self, a: &'a ast::ExprAwait) -> CResult {
        let s = &self.table.scopes[self.ur().scope];
        match s.kind {
            ScopeKind::Module | ScopeKind::Class => {
                return Err(self.error(a.range, "'await' outside function"))
            }
            ScopeKind::Comprehension => {}
            _ if !s.is_async => return Err(self.error(a.range, "'await' outside async function")),
            _ => {}
        }
        self.expr(&a.value)?;
        self.emit_await(0);
        Ok(())
    }

    pub fn async_for(&mut self, s: &'a ast::StmtFor) -> CResult {
        if !self.in_async_function() {
            return Err(self.error(s.range, "'async for' outside async function"));
        }
        let start = self.new_label();
        let except = self.new_label();
        let end = self.new_label();
        let loc = self.ur().loc;
        self.expr(&s.iter)?;
        let saved = self.set_loc(s.iter.range());
        self.emit0(Op::GET_AITER);
        self.restore_loc(saved);
        self.bind(start);
        self.push_fblock(FBlock {
            block: Some(start),
            exit: Some(end),
            ..FBlock::new(FBlockKind::ForLoop, loc)
        })?;
        self.push_handler(except, false);
        self.emit0(Op::GET_ANEXT);
        self.load_const(Const::None);
        self.await_loop();
        self.pop_handler();
        self.store_target(&s.target)?;
        self.stmts(&s.body)?;
        self.jump_noloc(Op::JUMP_BACKWARD, start);
        self.pop_fblock(FBlockKind::ForLoop);
        self.bind(except);
        let saved = self.set_loc(s.iter.range());
        self.emit0(Op::END_ASYNC_FOR);
        self.restore_loc(saved);
        self.stmts(&s.orelse)?;
        self.bind(end);
        Ok(())
    }

    /// `'yield from' inside async function` and `'return' with value in
    /// async generator`.
    pub fn check_async_yield(&self, e: &Expr) -> CResult {
        if let Expr::YieldFrom(y) = e {
            if self.in_async_function() {
                return Err(self.error(y.range, "'yield from' inside async function"));
            }
        }
        Ok(())
    }

    pub fn check_async_return(&self, has_value: bool, range: TextRange) -> CResult {
        let s = &self.table.scopes[self.ur().scope];
        if has_value && s.is_async && s.is_generator {
            return Err(self.error(range, "'return' with value in async generator"));
        }
        Ok(())
    }

    /// Whether `yield` must wrap its value (`CALL_INTRINSIC_1 4`).
    pub fn in_async_generator(&self) -> bool {
        let s = &self.table.scopes[self.ur().scope];
        s.is_coroutine && s.is_generator
    }
}
