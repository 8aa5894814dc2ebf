//! try/except/else/finally, `with`, and `raise`, as CPython 3.13.
//!
//! Stack layouts the eval loop relies on (d = depth when the construct starts):
//! * except handler entry (table depth d, no lasti): `[... exc]`; after
//!   PUSH_EXC_INFO `[... prev_exc exc]`; the handler body runs with
//!   `[... prev_exc]` and ends with POP_EXCEPT. Its cleanup handler (depth
//!   d+1, lasti) is `COPY 3; POP_EXCEPT; RERAISE 1` over `[prev lasti exc]`.
//! * finally (exceptional path): entry depth d, then PUSH_EXC_INFO, the
//!   finally body over `[... prev_exc exc]`, `RERAISE 0`.
//! * with: BEFORE_WITH leaves `[... exit enter_result]`; the body's handler
//!   has depth d+1 (keeps `exit`) with lasti: `[exit lasti exc]` →
//!   PUSH_EXC_INFO → `[exit lasti prev exc]` → WITH_EXCEPT_START →
//!   `[exit lasti prev exc res]`; TO_BOOL; POP_JUMP_IF_TRUE suppress;
//!   `RERAISE 2` (lasti is 2 items below exc); suppress: POP_TOP,
//!   POP_EXCEPT, POP_TOP, POP_TOP. Normal exit: `LOAD_CONST None` ×3;
//!   `CALL 2` (the first None fills CALL's self_or_null slot); POP_TOP.

use super::{CResult, Compiler, Ctx, FBlock, FBlockKind};
use crate::compiler::consts::Const;
use crate::isa::Op;
use ruff_python_ast::{self as ast};
use ruff_text_size::Ranged;

impl<'a> Compiler<'a> {
    pub fn raise_stmt(&mut self, r: &'a ast::StmtRaise) -> CResult {
        let mut n = 0;
        if let Some(exc) = &r.exc {
            self.expr(exc)?;
            n += 1;
            if let Some(cause) = &r.cause {
                self.expr(cause)?;
                n += 1;
            }
        }
        self.emit(Op::RAISE_VARARGS, n);
        Ok(())
    }

    pub fn try_stmt(&mut self, t: &'a ast::StmtTry) -> CResult {
        if t.is_star {
            return Err(self.error(t.range, "except* is not supported yet"));
        }
        if !t.finalbody.is_empty() {
            self.try_finally(t)
        } else {
            self.try_except(t)
        }
    }

    fn pop_except_and_reraise(&mut self) {
        self.emit_noloc(Op::COPY, 3);
        self.emit_noloc(Op::POP_EXCEPT, 0);
        self.emit_noloc(Op::RERAISE, 1);
    }

    fn try_finally(&mut self, t: &'a ast::StmtTry) -> CResult {
        let end = self.new_label();
        let exit = self.new_label();
        let cleanup = self.new_label();
        let loc = self.ur().loc;
        self.push_handler(end, false);
        self.push_fblock(FBlock {
            finalbody: Some(&t.finalbody),
            ..FBlock::new(FBlockKind::FinallyTry, loc)
        })?;
        if t.handlers.is_empty() {
            self.stmts(&t.body)?;
        } else {
            self.try_except(t)?;
        }
        self.pop_handler();
        self.pop_fblock(FBlockKind::FinallyTry);
        self.stmts(&t.finalbody)?;
        self.jump_noloc(Op::JUMP_FORWARD, exit);

        self.bind(end);
        let saved = self.no_loc();
        self.push_handler(cleanup, true);
        self.emit0(Op::PUSH_EXC_INFO);
        self.push_fblock(FBlock::new(FBlockKind::FinallyEnd, Default::default()))?;
        self.stmts(&t.finalbody)?;
        self.pop_fblock(FBlockKind::FinallyEnd);
        self.no_loc();
        self.emit(Op::RERAISE, 0);
        self.pop_handler();
        self.bind(cleanup);
        self.pop_except_and_reraise();
        self.restore_loc(saved);
        self.bind(exit);
        Ok(())
    }

    fn try_except(&mut self, t: &'a ast::StmtTry) -> CResult {
        let end = self.new_label();
        let except = self.new_label();
        let cleanup = self.new_label();
        let loc = self.ur().loc;
        self.push_handler(except, false);
        self.push_fblock(FBlock::new(FBlockKind::TryExcept, loc))?;
        self.stmts(&t.body)?;
        self.pop_fblock(FBlockKind::TryExcept);
        self.pop_handler();
        self.stmts(&t.orelse)?;
        self.jump_noloc(Op::JUMP_FORWARD, end);

        self.bind(except);
        let saved = self.no_loc();
        self.push_handler(cleanup, true);
        self.emit0(Op::PUSH_EXC_INFO);
        self.push_fblock(FBlock::new(
            FBlockKind::ExceptionHandler,
            Default::default(),
        ))?;
        let n = t.handlers.len();
        for (i, h) in t.handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            if h.type_.is_none() && i + 1 < n {
                return Err(self.error(h.range, "default 'except:' must be last"));
            }
            let hloc = self.set_loc(h.range);
            let next = self.new_label();
            if let Some(ty) = &h.type_ {
                self.expr(ty)?;
                self.emit0(Op::CHECK_EXC_MATCH);
                self.jump(Op::POP_JUMP_IF_FALSE, next);
            }
            match &h.name {
                Some(name) => {
                    let cleanup_end = self.new_label();
                    self.nameop(name.as_str(), Ctx::Store);
                    self.push_handler(cleanup_end, true);
                    let hl = self.ur().loc;
                    self.push_fblock(FBlock {
                        name: Some(name.to_string()),
                        ..FBlock::new(FBlockKind::HandlerCleanup, hl)
                    })?;
                    self.stmts(&h.body)?;
                    self.pop_fblock(FBlockKind::HandlerCleanup);
                    self.no_loc();
                    self.pop_handler();
                    self.pop_handler();
                    self.emit0(Op::POP_EXCEPT);
                    self.load_const(Const::None);
                    self.nameop(name.as_str(), Ctx::Store);
                    self.nameop(name.as_str(), Ctx::Del);
                    self.jump(Op::JUMP_FORWARD, end);

                    self.bind(cleanup_end);
                    self.load_const(Const::None);
                    self.nameop(name.as_str(), Ctx::Store);
                    self.nameop(name.as_str(), Ctx::Del);
                    self.emit(Op::RERAISE, 1);
                }
                None => {
                    self.emit0(Op::POP_TOP);
                    let hl = self.ur().loc;
                    self.push_fblock(FBlock::new(FBlockKind::HandlerCleanup, hl))?;
                    self.stmts(&h.body)?;
                    self.pop_fblock(FBlockKind::HandlerCleanup);
                    self.no_loc();
                    self.pop_handler();
                    self.emit0(Op::POP_EXCEPT);
                    self.jump(Op::JUMP_FORWARD, end);
                }
            }
            self.restore_loc(hloc);
            self.bind(next);
        }
        self.pop_fblock(FBlockKind::ExceptionHandler);
        self.no_loc();
        self.emit(Op::RERAISE, 0);
        self.bind(cleanup);
        self.pop_except_and_reraise();
        self.restore_loc(saved);
        self.bind(end);
        Ok(())
    }

    /// `with` and `async with` (one item per level, innermost body last);
    /// the async form awaits `__aenter__`, `__aexit__` and the exceptional
    /// `__aexit__` call, as CPython's `codegen_async_with`.
    pub fn with_stmt(&mut self, w: &'a ast::StmtWith, pos: usize) -> CResult {
        if w.is_async && !self.in_async_function() {
            return Err(self.error(w.range, "'async with' outside async function"));
        }
        let (before, kind) = if w.is_async {
            (Op::BEFORE_ASYNC_WITH, FBlockKind::AsyncWith)
        } else {
            (Op::BEFORE_WITH, FBlockKind::With)
        };
        let item = &w.items[pos];
        let fin = self.new_label();
        let exit = self.new_label();
        let cleanup = self.new_label();
        self.expr(&item.context_expr)?;
        let saved = self.set_loc(item.context_expr.range());
        let loc = self.ur().loc;
        self.emit0(before);
        if w.is_async {
            self.emit_await(1);
        }
        self.u().seq.push_handler_adjusted(fin, true, -1);
        self.push_fblock(FBlock::new(kind, loc))?;
        match &item.optional_vars {
            Some(v) => self.store_target(v)?,
            None => self.emit0(Op::POP_TOP),
        }
        if pos + 1 == w.items.len() {
            let inner = self.set_loc(w.range);
            self.stmts(&w.body)?;
            self.restore_loc(inner);
        } else {
            self.with_stmt(w, pos + 1)?;
        }
        self.restore_loc(saved);
        let saved = self.set_loc(item.context_expr.range());
        self.pop_handler();
        self.pop_fblock(kind);
        self.call_exit_with_nones(loc);
        if w.is_async {
            self.emit_await(2);
        }
        self.emit0(Op::POP_TOP);
        self.jump(Op::JUMP_FORWARD, exit);

        self.bind(fin);
        self.push_handler(cleanup, true);
        self.emit0(Op::PUSH_EXC_INFO);
        self.emit0(Op::WITH_EXCEPT_START);
        if w.is_async {
            self.emit_await(2);
        }
        self.no_loc();
        let suppress = self.new_label();
        self.emit0(Op::TO_BOOL);
        self.jump(Op::POP_JUMP_IF_TRUE, suppress);
        self.emit(Op::RERAISE, 2);
        self.bind(suppress);
        self.emit0(Op::POP_TOP);
        self.pop_handler();
        self.emit0(Op::POP_EXCEPT);
        self.emit0(Op::POP_TOP);
        self.emit0(Op::POP_TOP);
        self.jump(Op::JUMP_FORWARD, exit);
        self.bind(cleanup);
        self.pop_except_and_reraise();
        self.restore_loc(saved);
        self.bind(exit);
        Ok(())
    }
}
