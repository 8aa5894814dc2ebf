//! Module bodies and statements: control flow (if/while/for), expression
//! statements, assert, delete, and the dispatch to the other families.

use super::{CResult, Compiler, Ctx, FBlock, FBlockKind};
use crate::compiler::consts::Const;
use crate::isa::Op;
use crate::object::Gc;
use crate::objects::code::{CodeObj, Location};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

impl<'a> Compiler<'a> {
    pub fn compile_module(&mut self, body: &'a [Stmt]) -> CResult<Gc<CodeObj>> {
        let range = TextRange::default();
        self.enter_unit(0, "<module>", "<module>".to_string(), range);
        self.u().loc = Location {
            line: 1,
            end_line: 1,
            col: 0,
            end_col: 0,
        };
        self.u().firstlineno = 1;
        self.prologue();
        let mut rest = body;
        if !self.interactive {
            if let Some(doc) = docstring(body) {
                let saved = self.set_loc(body[0].range());
                self.load_const(Const::str(doc));
                self.nameop("__doc__", Ctx::Store);
                self.restore_loc(saved);
                rest = &body[1..];
            }
        }
        if find_annotations(body) {
            self.emit0(Op::SETUP_ANNOTATIONS);
        }
        self.stmts(rest)?;
        let loc = self.ur().seq.items.iter().rev().find_map(|i| match i {
            crate::compiler::ir::Item::Instr(i) if i.loc.line != 0 => Some(i.loc),
            _ => None,
        });
        self.u().loc = loc.unwrap_or_default();
        self.load_const(Const::None);
        self.emit0(Op::RETURN_VALUE);
        self.exit_unit()
    }

    pub fn compile_expression(&mut self, e: &'a Expr) -> CResult<Gc<CodeObj>> {
        self.enter_unit(0, "<module>", "<module>".to_string(), e.range());
        self.u().firstlineno = 1;
        self.prologue();
        self.expr(e)?;
        self.emit0(Op::RETURN_VALUE);
        self.exit_unit()
    }

    pub fn stmts(&mut self, body: &'a [Stmt]) -> CResult {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    pub fn stmt(&mut self, s: &'a Stmt) -> CResult {
        let saved = self.set_loc(s.range());
        self.stmt_inner(s)?;
        self.restore_loc(saved);
        Ok(())
    }

    fn stmt_inner(&mut self, s: &'a Stmt) -> CResult {
        match s {
            Stmt::FunctionDef(f) => self.function_def(f),
            Stmt::ClassDef(c) => self.class_def(c),
            Stmt::Return(r) => {
                self.check_async_return(r.value.is_some(), r.range)?;
                self.compile_return(r.value.as_deref(), r.range)
            }
            Stmt::Delete(d) => d.targets.iter().try_for_each(|t| self.delete_target(t)),
            Stmt::Assign(a) => self.assign(a),
            Stmt::AugAssign(a) => self.aug_assign(a),
            Stmt::AnnAssign(a) => self.ann_assign(a),
            Stmt::For(f) if f.is_async => self.async_for(f),
            Stmt::For(f) => self.for_stmt(f),
            Stmt::While(w) => self.while_stmt(w),
            Stmt::If(i) => self.if_stmt(i),
            Stmt::With(w) => self.with_stmt(w, 0),
            Stmt::Match(m) => self.match_stmt(m),
            Stmt::Raise(r) => self.raise_stmt(r),
            Stmt::Try(t) => self.try_stmt(t),
            Stmt::Assert(a) => self.assert_stmt(a),
            Stmt::Import(i) => self.import(i),
            Stmt::ImportFrom(i) => self.import_from(i),
            Stmt::Global(_) | Stmt::Nonlocal(_) | Stmt::Pass(_) => Ok(()),
            Stmt::Expr(e) => self.expr_stmt(&e.value),
            Stmt::Break(b) => self.compile_break_continue(true, b.range),
            Stmt::Continue(c) => self.compile_break_continue(false, c.range),
            Stmt::TypeAlias(t) => Err(self.error(t.range, "type statements are not supported yet")),
            Stmt::IpyEscapeCommand(c) => Err(self.error(c.range, "invalid syntax")),
        }
    }

    fn expr_stmt(&mut self, e: &'a Expr) -> CResult {
        if self.interactive && self.units.len() == 1 {
            self.expr(e)?;
            self.emit(Op::CALL_INTRINSIC_1, 1);
            self.emit0(Op::POP_TOP);
            return Ok(());
        }
        if self.const_of(e).is_some() {
            // A constant expression statement (docstring-like) has no effect.
            return Ok(());
        }
        self.expr(e)?;
        self.emit0(Op::POP_TOP);
        Ok(())
    }

    fn if_stmt(&mut self, s: &'a ast::StmtIf) -> CResult {
        let end = self.new_label();
        let mut clauses: Vec<(Option<&'a Expr>, &'a [Stmt])> = vec![(Some(&s.test), &s.body)];
        for c in &s.elif_else_clauses {
            clauses.push((c.test.as_ref(), &c.body));
        }
        let n = clauses.len();
        for (i, (test, body)) in clauses.into_iter().enumerate() {
            match test {
                Some(test) => {
                    let next = if i + 1 < n { self.new_label() } else { end };
                    let saved = self.set_loc(test.range());
                    self.jump_if(test, next, false)?;
                    self.restore_loc(saved);
                    self.stmts(body)?;
                    if i + 1 < n {
                        self.jump_noloc(Op::JUMP_FORWARD, end);
                        self.bind(next);
                    }
                }
                None => self.stmts(body)?,
            }
        }
        self.bind(end);
        Ok(())
    }

    fn while_stmt(&mut self, s: &'a ast::StmtWhile) -> CResult {
        let lp = self.new_label();
        let body = self.new_label();
        let end = self.new_label();
        let anchor = self.new_label();
        self.bind(lp);
        let loc = self.ur().loc;
        self.push_fblock(FBlock {
            block: Some(lp),
            exit: Some(end),
            ..FBlock::new(FBlockKind::WhileLoop, loc)
        })?;
        let saved = self.set_loc(s.test.range());
        self.jump_if(&s.test, anchor, false)?;
        self.restore_loc(saved);
        self.bind(body);
        self.stmts(&s.body)?;
        let saved = self.set_loc(s.test.range());
        self.jump_if(&s.test, body, true)?;
        self.restore_loc(saved);
        self.pop_fblock(FBlockKind::WhileLoop);
        self.bind(anchor);
        self.stmts(&s.orelse)?;
        self.bind(end);
        Ok(())
    }

    fn for_stmt(&mut self, s: &'a ast::StmtFor) -> CResult {
        let start = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        let loc = self.ur().loc;
        self.push_fblock(FBlock {
            block: Some(start),
            exit: Some(end),
            ..FBlock::new(FBlockKind::ForLoop, loc)
        })?;
        self.expr(&s.iter)?;
        // GET_ITER and FOR_ITER carry the whole statement's location, as in
        // CPython 3.11 (so tracebacks show the line without carets).
        self.emit0(Op::GET_ITER);
        self.bind(start);
        self.jump(Op::FOR_ITER, cleanup);
        self.store_target(&s.target)?;
        self.stmts(&s.body)?;
        self.jump_noloc(Op::JUMP_BACKWARD, start);
        self.bind(cleanup);
        self.pop_fblock(FBlockKind::ForLoop);
        self.stmts(&s.orelse)?;
        self.bind(end);
        Ok(())
    }

    fn assert_stmt(&mut self, s: &'a ast::StmtAssert) -> CResult {
        if let Expr::Tuple(t) = &*s.test {
            if !t.elts.is_empty() {
                // CPython warns "assertion is always true"; it still compiles.
            }
        }
        let end = self.new_label();
        self.jump_if(&s.test, end, true)?;
        // As CPython, the raise is located at the test (tracebacks mark it).
        let saved = self.set_loc(s.test.range());
        self.emit(Op::LOAD_COMMON_CONSTANT, 0);
        if let Some(msg) = &s.msg {
            self.expr(msg)?;
            self.set_loc(s.test.range());
            self.emit(Op::CALL, 0);
        }
        self.emit(Op::RAISE_VARARGS, 1);
        self.restore_loc(saved);
        self.bind(end);
        Ok(())
    }

    /// Jumps to `target` when `e`'s truth equals `cond` (CPython's `compiler_jump_if`).
    pub fn jump_if(
        &mut self,
        e: &'a Expr,
        target: crate::compiler::ir::Label,
        cond: bool,
    ) -> CResult {
        match e {
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => {
                return self.jump_if(&u.operand, target, !cond)
            }
            Expr::BoolOp(b) => {
                let is_or = b.op == ast::BoolOp::Or;
                let next2 = if is_or != cond {
                    self.new_label()
                } else {
                    target
                };
                let n = b.values.len() - 1;
                for v in &b.values[..n] {
                    self.jump_if(v, next2, is_or)?;
                }
                self.jump_if(&b.values[n], target, cond)?;
                if next2 != target {
                    self.bind(next2);
                }
                return Ok(());
            }
            Expr::If(i) => {
                let end = self.new_label();
                let next2 = self.new_label();
                self.jump_if(&i.test, next2, false)?;
                self.jump_if(&i.body, target, cond)?;
                self.jump_noloc(Op::JUMP_FORWARD, end);
                self.bind(next2);
                self.jump_if(&i.orelse, target, cond)?;
                self.bind(end);
                return Ok(());
            }
            Expr::Compare(c) if c.ops.len() > 1 => {
                let saved = self.set_loc(c.range);
                let cleanup = self.new_label();
                self.expr(&c.left)?;
                let n = c.ops.len() - 1;
                for i in 0..n {
                    self.expr(&c.comparators[i])?;
                    self.emit(Op::SWAP, 2);
                    self.emit(Op::COPY, 2);
                    self.compare_op(c.ops[i]);
                    self.jump(Op::POP_JUMP_IF_FALSE, cleanup);
                }
                self.expr(&c.comparators[n])?;
                self.compare_op(c.ops[n]);
                self.jump(
                    if cond {
                        Op::POP_JUMP_IF_TRUE
                    } else {
                        Op::POP_JUMP_IF_FALSE
                    },
                    target,
                );
                let end = self.new_label();
                self.jump_noloc(Op::JUMP_FORWARD, end);
                self.bind(cleanup);
                self.emit0(Op::POP_TOP);
                if !cond {
                    self.jump_noloc(Op::JUMP_FORWARD, target);
                }
                self.bind(end);
                self.restore_loc(saved);
                return Ok(());
            }
            Expr::Compare(c)
                if matches!(c.ops[0], ast::CmpOp::Is | ast::CmpOp::IsNot)
                    && matches!(c.comparators[0], Expr::NoneLiteral(_)) =>
            {
                let saved = self.set_loc(c.range);
                self.expr(&c.left)?;
                let is = c.ops[0] == ast::CmpOp::Is;
                let op = if is == cond {
                    Op::POP_JUMP_IF_NONE
                } else {
                    Op::POP_JUMP_IF_NOT_NONE
                };
                self.jump(op, target);
                self.restore_loc(saved);
                return Ok(());
            }
            _ => {}
        }
        if let Some(c) = self.const_of(e) {
            // Constant condition: jump always or never.
            if c.is_truthy() == cond {
                let saved = self.set_loc(e.range());
                self.jump(Op::JUMP_FORWARD, target);
                self.restore_loc(saved);
            }
            return Ok(());
        }
        self.expr(e)?;
        let saved = self.set_loc(e.range());
        self.emit_to_bool();
        self.jump(
            if cond {
                Op::POP_JUMP_IF_TRUE
            } else {
                Op::POP_JUMP_IF_FALSE
            },
            target,
        );
        self.restore_loc(saved);
        Ok(())
    }

    /// `TO_BOOL`, unless the top of the stack is known to be a bool already
    /// (the conditional jumps accept any value; TO_BOOL is a specialization point).
    pub fn emit_to_bool(&mut self) {
        let known_bool = matches!(
            self.ur().seq.last_instr().map(|i| i.op),
            Some(
                Op::COMPARE_OP
                    | Op::IS_OP
                    | Op::CONTAINS_OP
                    | Op::UNARY_NOT
                    | Op::TO_BOOL
                    | Op::CHECK_EXC_MATCH
            )
        );
        if !known_bool {
            self.emit0(Op::TO_BOOL);
        }
    }
}

/// The docstring of a body, if its first statement is a string literal.
pub fn docstring(body: &[Stmt]) -> Option<&str> {
    match body.first()? {
        Stmt::Expr(e) => match &*e.value {
            Expr::StringLiteral(s) => Some(s.value.to_str()),
            _ => None,
        },
        _ => None,
    }
}

/// Whether a module or class body has annotated assignments at its level
/// (CPython's `find_ann`).
pub fn find_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| match s {
        Stmt::AnnAssign(_) => true,
        Stmt::For(f) => find_annotations(&f.body) || find_annotations(&f.orelse),
        Stmt::While(w) => find_annotations(&w.body) || find_annotations(&w.orelse),
        Stmt::If(i) => {
            find_annotations(&i.body)
                || i.elif_else_clauses
                    .iter()
                    .any(|c| find_annotations(&c.body))
        }
        Stmt::With(w) => find_annotations(&w.body),
        Stmt::Try(t) => {
            find_annotations(&t.body)
                || find_annotations(&t.orelse)
                || find_annotations(&t.finalbody)
                || t.handlers.iter().any(|h| {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    find_annotations(&h.body)
                })
        }
        Stmt::Match(m) => m.cases.iter().any(|c| find_annotations(&c.body)),
        _ => false,
    })
}
