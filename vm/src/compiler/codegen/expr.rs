//! Expressions: operators, comparisons, boolean logic, containers,
//! subscripts and slices, names, attributes, yield and yield from.

use super::{CResult, Compiler, Ctx};
use crate::compiler::consts::Const;
use crate::isa::Op;
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

/// Above this many items, containers are built incrementally (CPython's
/// STACK_USE_GUIDELINE) to bound the stack depth.
const STACK_USE_GUIDELINE: usize = 30;

pub fn binop_arg(op: ast::Operator) -> u32 {
    use ast::Operator::*;
    match op {
        Add => 0,
        BitAnd => 1,
        FloorDiv => 2,
        LShift => 3,
        MatMult => 4,
        Mult => 5,
        Mod => 6,
        BitOr => 7,
        Pow => 8,
        RShift => 9,
        Sub => 10,
        Div => 11,
        BitXor => 12,
    }
}

impl<'a> Compiler<'a> {
    pub fn expr(&mut self, e: &'a Expr) -> CResult {
        let saved = self.set_loc(e.range());
        self.expr_inner(e)?;
        self.restore_loc(saved);
        Ok(())
    }

    fn expr_inner(&mut self, e: &'a Expr) -> CResult {
        if let Some(c) = self.const_of(e) {
            self.load_const(c);
            return Ok(());
        }
        match e {
            Expr::BoolOp(b) => {
                let end = self.new_label();
                let jump = if b.op == ast::BoolOp::And {
                    Op::POP_JUMP_IF_FALSE
                } else {
                    Op::POP_JUMP_IF_TRUE
                };
                let n = b.values.len() - 1;
                for v in &b.values[..n] {
                    self.expr(v)?;
                    self.emit(Op::COPY, 1);
                    self.emit0(Op::TO_BOOL);
                    self.jump(jump, end);
                    self.emit0(Op::POP_TOP);
                }
                self.expr(&b.values[n])?;
                self.bind(end);
            }
            Expr::Named(n) => {
                self.expr(&n.value)?;
                self.emit(Op::COPY, 1);
                self.store_target(&n.target)?;
            }
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
                self.emit(Op::BINARY_OP, binop_arg(b.op));
            }
            Expr::UnaryOp(u) => {
                self.expr(&u.operand)?;
                match u.op {
                    ast::UnaryOp::Invert => self.emit0(Op::UNARY_INVERT),
                    ast::UnaryOp::Not => self.emit0(Op::UNARY_NOT),
                    ast::UnaryOp::UAdd => self.emit(Op::CALL_INTRINSIC_1, 5),
                    ast::UnaryOp::USub => self.emit0(Op::UNARY_NEGATIVE),
                }
            }
            Expr::Lambda(l) => self.lambda(l)?,
            Expr::If(i) => {
                let end = self.new_label();
                let orelse = self.new_label();
                self.jump_if(&i.test, orelse, false)?;
                self.expr(&i.body)?;
                self.jump_noloc(Op::JUMP_FORWARD, end);
                self.bind(orelse);
                self.expr(&i.orelse)?;
                self.bind(end);
            }
            Expr::Dict(d) => self.dict(d)?,
            Expr::Set(s) => {
                self.starunpack(&s.elts, Op::BUILD_SET, Op::SET_ADD, Op::SET_UPDATE, false)?
            }
            Expr::List(l) => match l.ctx {
                ast::ExprContext::Load => self.starunpack(
                    &l.elts,
                    Op::BUILD_LIST,
                    Op::LIST_APPEND,
                    Op::LIST_EXTEND,
                    false,
                )?,
                _ => return Err(self.error(l.range, "invalid list context")),
            },
            Expr::Tuple(t) => self.starunpack(
                &t.elts,
                Op::BUILD_LIST,
                Op::LIST_APPEND,
                Op::LIST_EXTEND,
                true,
            )?,
            Expr::ListComp(c) => self.comprehension(e, &c.generators, &c.elt, None)?,
            Expr::SetComp(c) => self.comprehension(e, &c.generators, &c.elt, None)?,
            Expr::DictComp(c) => self.comprehension(e, &c.generators, &c.key, Some(&c.value))?,
            Expr::Generator(c) => self.comprehension(e, &c.generators, &c.elt, None)?,
            Expr::Await(a) => self.await_expr(a)?,
            Expr::Yield(y) => {
                if !self.in_function() {
                    return Err(self.error(y.range, "'yield' outside function"));
                }
                match &y.value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Const::None),
                }
                if self.in_async_generator() {
                    self.emit(Op::CALL_INTRINSIC_1, 4);
                }
                self.emit(Op::YIELD_VALUE, 0);
                self.emit(Op::RESUME, 1);
            }
            Expr::YieldFrom(y) => {
                if !self.in_function() {
                    return Err(self.error(y.range, "'yield' outside function"));
                }
                self.check_async_yield(e)?;
                self.expr(&y.value)?;
                self.emit0(Op::GET_YIELD_FROM_ITER);
                self.load_const(Const::None);
                self.yield_from_loop();
            }
            Expr::Compare(c) => self.compare(c)?,
            Expr::Call(c) => self.call(c)?,
            Expr::FString(f) => self.fstring(f)?,
            Expr::TString(t) => return Err(self.error(t.range, "t-strings are not supported yet")),
            Expr::NumberLiteral(_) => unreachable!("numbers are constants"),
            Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_) => unreachable!("literals are constants"),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let saved = self.set_loc(a.range);
                let i = self.add_name(&self.mangle(a.attr.as_str()));
                self.emit(Op::LOAD_ATTR, i << 1);
                self.restore_loc(saved);
            }
            Expr::Subscript(s) => {
                if let Some((lower, upper)) = two_part_slice(&s.slice) {
                    self.expr(&s.value)?;
                    self.opt_expr_or_none(lower)?;
                    self.opt_expr_or_none(upper)?;
                    self.emit0(Op::BINARY_SLICE);
                } else {
                    self.expr(&s.value)?;
                    self.expr(&s.slice)?;
                    self.emit(Op::BINARY_OP, crate::isa::NB_SUBSCR);
                }
            }
            Expr::Starred(s) => {
                return Err(self.error(s.range, "can't use starred expression here"))
            }
            Expr::Name(n) => self.nameop(n.id.as_str(), Ctx::Load),
            Expr::Slice(s) => {
                self.opt_expr_or_none(s.lower.as_deref())?;
                self.opt_expr_or_none(s.upper.as_deref())?;
                match &s.step {
                    Some(step) => {
                        self.expr(step)?;
                        self.emit(Op::BUILD_SLICE, 3);
                    }
                    None => self.emit(Op::BUILD_SLICE, 2),
                }
            }
            Expr::IpyEscapeCommand(c) => return Err(self.error(c.range, "invalid syntax")),
        }
        Ok(())
    }

    pub fn opt_expr_or_none(&mut self, e: Option<&'a Expr>) -> CResult {
        match e {
            Some(e) => self.expr(e),
            None => {
                self.load_const(Const::None);
                Ok(())
            }
        }
    }

    pub fn compare_op(&mut self, op: ast::CmpOp) {
        use ast::CmpOp::*;
        match op {
            Lt => self.emit(Op::COMPARE_OP, 0),
            LtE => self.emit(Op::COMPARE_OP, 1),
            Eq => self.emit(Op::COMPARE_OP, 2),
            NotEq => self.emit(Op::COMPARE_OP, 3),
            Gt => self.emit(Op::COMPARE_OP, 4),
            GtE => self.emit(Op::COMPARE_OP, 5),
            Is => self.emit(Op::IS_OP, 0),
            IsNot => self.emit(Op::IS_OP, 1),
            In => self.emit(Op::CONTAINS_OP, 0),
            NotIn => self.emit(Op::CONTAINS_OP, 1),
        }
    }

    fn compare(&mut self, c: &'a ast::ExprCompare) -> CResult {
        self.expr(&c.left)?;
        let n = c.ops.len() - 1;
        if n == 0 {
            self.expr(&c.comparators[0])?;
            self.compare_op(c.ops[0]);
            return Ok(());
        }
        let cleanup = self.new_label();
        for i in 0..n {
            self.expr(&c.comparators[i])?;
            self.emit(Op::SWAP, 2);
            self.emit(Op::COPY, 2);
            self.compare_op(c.ops[i]);
            self.emit(Op::COPY, 1);
            self.jump(Op::POP_JUMP_IF_FALSE, cleanup);
            self.emit0(Op::POP_TOP);
        }
        self.expr(&c.comparators[n])?;
        self.compare_op(c.ops[n]);
        let end = self.new_label();
        self.jump_noloc(Op::JUMP_FORWARD, end);
        self.bind(cleanup);
        self.emit(Op::SWAP, 2);
        self.emit0(Op::POP_TOP);
        self.bind(end);
        Ok(())
    }

    /// Builds a list, set or tuple, with `*` unpacking (CPython's `starunpack_helper`).
    pub fn starunpack(
        &mut self,
        elts: &'a [Expr],
        build: Op,
        add: Op,
        extend: Op,
        tuple: bool,
    ) -> CResult {
        let n = elts.len();
        if n > 2 {
            let consts: Option<Vec<Const>> = elts.iter().map(|e| self.const_of(e)).collect();
            if let Some(items) = consts {
                self.emit(build, 0);
                self.load_const(Const::Tuple(items));
                self.emit(extend, 1);
                if tuple {
                    self.emit(Op::CALL_INTRINSIC_1, 6);
                }
                return Ok(());
            }
        }
        let big = n > STACK_USE_GUIDELINE;
        let seen_star = elts.iter().any(|e| matches!(e, Expr::Starred(_)));
        if !seen_star && !big {
            for e in elts {
                self.expr(e)?;
            }
            self.emit(if tuple { Op::BUILD_TUPLE } else { build }, n as u32);
            return Ok(());
        }
        let mut built = false;
        if big {
            self.emit(build, 0);
            built = true;
        }
        for (i, e) in elts.iter().enumerate() {
            if let Expr::Starred(s) = e {
                if !built {
                    self.emit(build, i as u32);
                    built = true;
                }
                self.expr(&s.value)?;
                self.emit(extend, 1);
            } else {
                self.expr(e)?;
                if built {
                    self.emit(add, 1);
                }
            }
        }
        if tuple {
            self.emit(Op::CALL_INTRINSIC_1, 6);
        }
        Ok(())
    }

    fn dict(&mut self, d: &'a ast::ExprDict) -> CResult {
        let items = &d.items;
        let mut have_dict = false;
        let mut elements = 0usize;
        let mut begin = 0usize;
        for (i, item) in items.iter().enumerate() {
            if item.key.is_none() {
                if elements > 0 {
                    self.subdict(&items[begin..i])?;
                    if have_dict {
                        self.emit(Op::DICT_UPDATE, 1);
                    }
                    have_dict = true;
                    elements = 0;
                }
                if !have_dict {
                    self.emit(Op::BUILD_MAP, 0);
                    have_dict = true;
                }
                self.expr(&item.value)?;
                self.emit(Op::DICT_UPDATE, 1);
                begin = i + 1;
            } else if elements * 2 > STACK_USE_GUIDELINE {
                self.subdict(&items[begin..i])?;
                if have_dict {
                    self.emit(Op::DICT_UPDATE, 1);
                }
                have_dict = true;
                elements = 1;
                begin = i;
            } else {
                elements += 1;
            }
        }
        if elements > 0 {
            self.subdict(&items[begin..])?;
            if have_dict {
                self.emit(Op::DICT_UPDATE, 1);
            }
            have_dict = true;
        }
        if !have_dict {
            self.emit(Op::BUILD_MAP, 0);
        }
        Ok(())
    }

    fn subdict(&mut self, items: &'a [ast::DictItem]) -> CResult {
        let big = items.len() * 2 > STACK_USE_GUIDELINE;
        if big {
            self.emit(Op::BUILD_MAP, 0);
        }
        for item in items {
            self.expr(item.key.as_ref().expect("keyed item"))?;
            self.expr(&item.value)?;
            if big {
                self.emit(Op::MAP_ADD, 1);
            }
        }
        if !big {
            self.emit(Op::BUILD_MAP, items.len() as u32);
        }
        Ok(())
    }

    /// The `yield from` loop, with the receiver and the value to send on
    /// the stack: `(receiver v -- result)`.
    pub fn yield_from_loop(&mut self) {
        let send = self.new_label();
        let fail = self.new_label();
        let exit = self.new_label();
        self.bind(send);
        self.jump(Op::SEND, exit);
        self.push_handler(fail, false);
        self.emit(Op::YIELD_VALUE, 1);
        self.pop_handler();
        self.emit(Op::RESUME, 2);
        self.jump(Op::JUMP_BACKWARD, send);
        self.bind(fail);
        self.emit0(Op::CLEANUP_THROW);
        self.bind(exit);
        self.emit0(Op::END_SEND);
    }
}

/// `x[a:b]` without a step: (lower, upper).
pub fn two_part_slice(e: &Expr) -> Option<(Option<&Expr>, Option<&Expr>)> {
    match e {
        Expr::Slice(s) if s.step.is_none() => Some((s.lower.as_deref(), s.upper.as_deref())),
        _ => None,
    }
}
