//! Assignment targets: plain, augmented and annotated assignment, unpacking
//! (UNPACK_SEQUENCE / UNPACK_EX), and `del`.

use super::expr::{binop_arg, two_part_slice};
use super::{CResult, Compiler, Ctx};
use crate::compiler::consts::Const;
use crate::compiler::symtable::ScopeKind;
use crate::isa::{Op, NB_INPLACE_OFFSET, NB_SUBSCR};
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

impl<'a> Compiler<'a> {
    pub fn assign(&mut self, a: &'a ast::StmtAssign) -> CResult {
        self.expr(&a.value)?;
        let n = a.targets.len();
        for (i, t) in a.targets.iter().enumerate() {
            if i + 1 < n {
                self.emit(Op::COPY, 1);
            }
            self.store_target(t)?;
        }
        Ok(())
    }

    /// Stores the top of the stack into `t`.
    pub fn store_target(&mut self, t: &'a Expr) -> CResult {
        let saved = self.set_loc(t.range());
        match t {
            Expr::Name(n) => {
                if n.id.as_str() == "__debug__" {
                    return Err(self.error(n.range, "cannot assign to __debug__"));
                }
                self.nameop(n.id.as_str(), Ctx::Store);
            }
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let i = self.add_name(&self.mangle(a.attr.as_str()));
                self.emit(Op::STORE_ATTR, i);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                if let Some((lower, upper)) = two_part_slice(&s.slice) {
                    self.opt_expr_or_none(lower)?;
                    self.opt_expr_or_none(upper)?;
                    self.emit0(Op::STORE_SLICE);
                } else {
                    self.expr(&s.slice)?;
                    self.emit0(Op::STORE_SUBSCR);
                }
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                self.unpack(elts, t.range())?;
                for e in elts {
                    match e {
                        Expr::Starred(s) => self.store_target(&s.value)?,
                        _ => self.store_target(e)?,
                    }
                }
            }
            Expr::Starred(s) => {
                return Err(self.error(
                    s.range,
                    "starred assignment target must be in a list or tuple",
                ))
            }
            _ => return Err(self.error(t.range(), "cannot assign to expression")),
        }
        self.restore_loc(saved);
        Ok(())
    }

    fn unpack(&mut self, elts: &[Expr], range: ruff_text_size::TextRange) -> CResult {
        let n = elts.len();
        let mut star = None;
        for (i, e) in elts.iter().enumerate() {
            if matches!(e, Expr::Starred(_)) {
                if star.is_some() {
                    return Err(self.error(range, "multiple starred expressions in assignment"));
                }
                star = Some(i);
            }
        }
        match star {
            Some(i) => {
                let after = n - i - 1;
                if i >= 256 || after >= (1 << 24) {
                    return Err(
                        self.error(range, "too many expressions in star-unpacking assignment")
                    );
                }
                self.emit(Op::UNPACK_EX, i as u32 | (after as u32) << 8);
            }
            None => self.emit(Op::UNPACK_SEQUENCE, n as u32),
        }
        Ok(())
    }

    pub fn aug_assign(&mut self, a: &'a ast::StmtAugAssign) -> CResult {
        let t = &*a.target;
        match t {
            Expr::Attribute(at) => {
                self.expr(&at.value)?;
                self.emit(Op::COPY, 1);
                let i = self.add_name(&self.mangle(at.attr.as_str()));
                let saved = self.set_loc(at.range);
                self.emit(Op::LOAD_ATTR, i << 1);
                self.restore_loc(saved);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                if let Some((lower, upper)) = two_part_slice(&s.slice) {
                    self.opt_expr_or_none(lower)?;
                    self.opt_expr_or_none(upper)?;
                    for _ in 0..3 {
                        self.emit(Op::COPY, 3);
                    }
                    self.emit0(Op::BINARY_SLICE);
                } else {
                    self.expr(&s.slice)?;
                    self.emit(Op::COPY, 2);
                    self.emit(Op::COPY, 2);
                    self.emit(Op::BINARY_OP, NB_SUBSCR);
                }
            }
            Expr::Name(n) => self.nameop(n.id.as_str(), Ctx::Load),
            _ => return Err(self.error(t.range(), "illegal expression for augmented assignment")),
        }
        self.expr(&a.value)?;
        self.emit(Op::BINARY_OP, binop_arg(a.op) + NB_INPLACE_OFFSET);
        match t {
            Expr::Attribute(at) => {
                self.emit(Op::SWAP, 2);
                let i = self.add_name(&self.mangle(at.attr.as_str()));
                self.emit(Op::STORE_ATTR, i);
            }
            Expr::Subscript(s) => {
                if two_part_slice(&s.slice).is_some() {
                    self.emit(Op::SWAP, 4);
                    self.emit(Op::SWAP, 3);
                    self.emit(Op::SWAP, 2);
                    self.emit0(Op::STORE_SLICE);
                } else {
                    self.emit(Op::SWAP, 3);
                    self.emit(Op::SWAP, 2);
                    self.emit0(Op::STORE_SUBSCR);
                }
            }
            Expr::Name(n) => self.nameop(n.id.as_str(), Ctx::Store),
            _ => unreachable!(),
        }
        Ok(())
    }

    pub fn ann_assign(&mut self, a: &'a ast::StmtAnnAssign) -> CResult {
        if let Some(v) = &a.value {
            self.expr(v)?;
            self.store_target(&a.target)?;
        }
        let module_or_class = matches!(self.ur().kind, ScopeKind::Module | ScopeKind::Class);
        match &*a.target {
            Expr::Name(n) if a.simple && module_or_class => {
                self.annotation(&a.annotation)?;
                let i = self.add_name("__annotations__");
                self.emit(Op::LOAD_NAME, i);
                let mangled = self.mangle(n.id.as_str()).into_owned();
                self.load_const(Const::Str(mangled));
                self.emit0(Op::STORE_SUBSCR);
            }
            Expr::Attribute(at) if a.value.is_none() => {
                self.expr(&at.value)?;
                self.emit0(Op::POP_TOP);
            }
            Expr::Subscript(s) if a.value.is_none() => {
                self.expr(&s.value)?;
                self.emit0(Op::POP_TOP);
                self.expr(&s.slice)?;
                self.emit0(Op::POP_TOP);
            }
            _ => {}
        }
        if !a.simple && module_or_class && !self.table.future_annotations {
            self.expr(&a.annotation)?;
            self.emit0(Op::POP_TOP);
        }
        Ok(())
    }

    /// Pushes an annotation's value: the expression, or its source text
    /// under `from __future__ import annotations`.
    pub fn annotation(&mut self, e: &'a Expr) -> CResult {
        if self.table.future_annotations {
            let text = self.src.slice(e.range()).to_string();
            self.load_const(Const::Str(text));
            Ok(())
        } else {
            self.expr(e)
        }
    }

    pub fn delete_target(&mut self, t: &'a Expr) -> CResult {
        let saved = self.set_loc(t.range());
        match t {
            Expr::Name(n) => self.nameop(n.id.as_str(), Ctx::Del),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let i = self.add_name(&self.mangle(a.attr.as_str()));
                self.emit(Op::DELETE_ATTR, i);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit0(Op::DELETE_SUBSCR);
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                for e in elts {
                    self.delete_target(e)?;
                }
            }
            _ => return Err(self.error(t.range(), "cannot delete expression")),
        }
        self.restore_loc(saved);
        Ok(())
    }
}
