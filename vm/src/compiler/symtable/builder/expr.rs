//! Expressions, comprehensions, walrus targets and match patterns in the
//! symbol-table walk.

use super::*;
use ruff_python_ast::{ExprContext, Pattern};

impl Builder<'_, '_> {
    pub(super) fn opt_expr(&mut self, e: Option<&Expr>) -> R {
        match e {
            Some(e) => self.expr(e),
            None => Ok(()),
        }
    }

    pub(super) fn exprs(&mut self, es: &[Expr]) -> R {
        es.iter().try_for_each(|e| self.expr(e))
    }

    pub(super) fn expr(&mut self, e: &Expr) -> R {
        self.enter_node(ruff_text_size::Ranged::range(e))?;
        self.expr_inner(e)?;
        self.depth -= 1;
        Ok(())
    }

    pub(super) fn expr_inner(&mut self, e: &Expr) -> R {
        match e {
            Expr::BoolOp(b) => self.exprs(&b.values)?,
            Expr::Named(n) => {
                if self.comp_iter_expr > 0 {
                    return Err(self.err(n.range, "assignment expression cannot be used in a comprehension iterable expression"));
                }
                if self.table.scopes[self.cur].kind == ScopeKind::Comprehension {
                    self.extend_namedexpr_scope(&n.target)?;
                }
                self.expr(&n.value)?;
                self.expr(&n.target)?;
            }
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
            }
            Expr::UnaryOp(u) => self.expr(&u.operand)?,
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    self.param_defaults(p)?;
                }
                self.enter(
                    ScopeKind::Lambda,
                    "<lambda>",
                    l as *const _ as usize,
                    l.range,
                );
                if let Some(p) = &l.parameters {
                    self.params(p)?;
                }
                self.expr(&l.body)?;
                self.exit();
            }
            Expr::If(i) => {
                self.expr(&i.test)?;
                self.expr(&i.body)?;
                self.expr(&i.orelse)?;
            }
            Expr::Dict(d) => {
                for item in &d.items {
                    self.opt_expr(item.key.as_ref())?;
                    self.expr(&item.value)?;
                }
            }
            Expr::Set(s) => self.exprs(&s.elts)?,
            Expr::ListComp(c) => self.comprehension(
                c as *const _ as usize,
                c.range,
                "<listcomp>",
                &c.generators,
                &c.elt,
                None,
            )?,
            Expr::SetComp(c) => self.comprehension(
                c as *const _ as usize,
                c.range,
                "<setcomp>",
                &c.generators,
                &c.elt,
                None,
            )?,
            Expr::DictComp(c) => self.comprehension(
                c as *const _ as usize,
                c.range,
                "<dictcomp>",
                &c.generators,
                &c.key,
                Some(&c.value),
            )?,
            Expr::Generator(c) => self.comprehension(
                c as *const _ as usize,
                c.range,
                "<genexpr>",
                &c.generators,
                &c.elt,
                None,
            )?,
            Expr::Await(a) => {
                self.expr(&a.value)?;
                self.scope().is_coroutine = true;
            }
            Expr::Yield(y) => {
                self.yield_check(y.range)?;
                self.opt_expr(y.value.as_deref())?;
            }
            Expr::YieldFrom(y) => {
                self.yield_check(y.range)?;
                self.expr(&y.value)?;
            }
            Expr::Compare(c) => {
                self.expr(&c.left)?;
                self.exprs(&c.comparators)?;
            }
            Expr::Call(c) => {
                self.expr(&c.func)?;
                self.exprs(&c.arguments.args)?;
                for k in c.arguments.keywords.iter() {
                    self.expr(&k.value)?;
                }
            }
            Expr::FString(f) => {
                for part in f.value.iter() {
                    if let ast::FStringPart::FString(fs) = part {
                        self.fstring_elements(&fs.elements)?;
                    }
                }
            }
            Expr::TString(t) => return Err(self.err(t.range, "t-strings are not supported yet")),
            Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_) => {}
            Expr::Attribute(a) => self.expr(&a.value)?,
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
            }
            Expr::Starred(s) => self.expr(&s.value)?,
            Expr::Name(n) => {
                let flag = match n.ctx {
                    ExprContext::Load => USE,
                    _ => DEF_LOCAL,
                };
                self.add_def(n.id.as_str(), flag, n.range)?;
                if n.ctx == ExprContext::Load
                    && self.table.scopes[self.cur].is_function_like()
                    && n.id.as_str() == "super"
                {
                    self.add_def_in(self.cur, "__class__", USE, n.range)?;
                }
            }
            Expr::List(l) => self.exprs(&l.elts)?,
            Expr::Tuple(t) => self.exprs(&t.elts)?,
            Expr::Slice(s) => {
                self.opt_expr(s.lower.as_deref())?;
                self.opt_expr(s.upper.as_deref())?;
                self.opt_expr(s.step.as_deref())?;
            }
            Expr::IpyEscapeCommand(c) => return Err(self.err(c.range, "invalid syntax")),
        }
        Ok(())
    }

    pub(super) fn fstring_elements(&mut self, elements: &ast::InterpolatedStringElements) -> R {
        for el in elements.iter() {
            if let ast::InterpolatedStringElement::Interpolation(i) = el {
                self.expr(&i.expression)?;
                if let Some(spec) = &i.format_spec {
                    self.fstring_elements(&spec.elements)?;
                }
            }
        }
        Ok(())
    }

    pub(super) fn yield_check(&mut self, range: TextRange) -> R {
        let scope = &self.table.scopes[self.cur];
        match scope.kind {
            ScopeKind::Module | ScopeKind::Class => {
                Err(self.err(range, "'yield' outside function"))
            }
            ScopeKind::Comprehension => {
                let what = match scope.name.as_str() {
                    "<listcomp>" => "list comprehension",
                    "<setcomp>" => "set comprehension",
                    "<dictcomp>" => "dict comprehension",
                    _ => "generator expression",
                };
                Err(self.err(range, format!("'yield' inside {what}")))
            }
            _ => {
                self.scope().is_generator = true;
                Ok(())
            }
        }
    }

    pub(super) fn comprehension(
        &mut self,
        node: usize,
        range: TextRange,
        name: &str,
        generators: &[ast::Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
    ) -> R {
        let outermost = &generators[0];
        self.comp_iter_expr += 1;
        self.expr(&outermost.iter)?;
        self.comp_iter_expr -= 1;
        let saved_expr = std::mem::replace(&mut self.comp_iter_expr, 0);
        self.enter(ScopeKind::Comprehension, name, node, range);
        self.add_def_in(self.cur, ".0", DEF_PARAM, range)?;
        if generators.iter().any(|g| g.is_async) {
            self.scope().is_coroutine = true;
        }
        self.comp_iter_target = true;
        self.expr(&outermost.target)?;
        self.comp_iter_target = false;
        self.exprs(&outermost.ifs)?;
        for g in &generators[1..] {
            self.comp_iter_target = true;
            self.expr(&g.target)?;
            self.comp_iter_target = false;
            self.comp_iter_expr += 1;
            self.expr(&g.iter)?;
            self.comp_iter_expr -= 1;
            self.exprs(&g.ifs)?;
        }
        if let Some(v) = value {
            self.expr(v)?;
        }
        self.expr(elt)?;
        if name == "<genexpr>" {
            self.scope().is_generator = true;
        }
        // An awaited comprehension makes its parent a coroutine too.
        let awaited = self.scope().is_coroutine && name != "<genexpr>";
        self.exit();
        if awaited {
            self.scope().is_coroutine = true;
        }
        self.comp_iter_expr = saved_expr;
        Ok(())
    }

    pub(super) fn extend_namedexpr_scope(&mut self, target: &Expr) -> R {
        let Expr::Name(n) = target else { return Ok(()) };
        let name = n.id.as_str();
        let mut id = self.cur;
        loop {
            let s = &self.table.scopes[id];
            match s.kind {
                ScopeKind::Comprehension => {
                    if s.flags(name) & DEF_COMP_ITER != 0 {
                        return Err(self.err(n.range, format!("assignment expression cannot rebind comprehension iteration variable '{name}'")));
                    }
                }
                ScopeKind::Function | ScopeKind::Lambda => {
                    let flag = if s.flags(name) & DEF_GLOBAL != 0 {
                        DEF_GLOBAL
                    } else {
                        DEF_NONLOCAL
                    };
                    self.add_def_in(self.cur, name, flag, n.range)?;
                    self.table.scopes[self.cur]
                        .directives
                        .insert(name.to_string(), n.range);
                    return self.add_def_in(id, name, DEF_LOCAL, n.range);
                }
                ScopeKind::Module => {
                    self.add_def_in(self.cur, name, DEF_GLOBAL, n.range)?;
                    self.table.scopes[self.cur]
                        .directives
                        .insert(name.to_string(), n.range);
                    return self.add_def_in(id, name, DEF_GLOBAL, n.range);
                }
                ScopeKind::Class => {
                    return Err(self.err(n.range, "assignment expression within a comprehension cannot be used in a class body"));
                }
            }
            id = s.parent.expect("comprehension has a parent");
        }
    }

    pub(super) fn pattern(&mut self, p: &Pattern) -> R {
        match p {
            Pattern::MatchValue(v) => self.expr(&v.value),
            Pattern::MatchSingleton(_) => Ok(()),
            Pattern::MatchSequence(s) => s.patterns.iter().try_for_each(|p| self.pattern(p)),
            Pattern::MatchMapping(m) => {
                self.exprs(&m.keys)?;
                m.patterns.iter().try_for_each(|p| self.pattern(p))?;
                if let Some(r) = &m.rest {
                    self.add_def(r.as_str(), DEF_LOCAL, r.range)?;
                }
                Ok(())
            }
            Pattern::MatchClass(c) => {
                self.expr(&c.cls)?;
                c.arguments
                    .patterns
                    .iter()
                    .try_for_each(|p| self.pattern(p))?;
                c.arguments
                    .keywords
                    .iter()
                    .try_for_each(|k| self.pattern(&k.pattern))
            }
            Pattern::MatchStar(s) => match &s.name {
                Some(n) => self.add_def(n.as_str(), DEF_LOCAL, n.range),
                None => Ok(()),
            },
            Pattern::MatchAs(a) => {
                if let Some(p) = &a.pattern {
                    self.pattern(p)?;
                }
                match &a.name {
                    Some(n) => self.add_def(n.as_str(), DEF_LOCAL, n.range),
                    None => Ok(()),
                }
            }
            Pattern::MatchOr(o) => o.patterns.iter().try_for_each(|p| self.pattern(p)),
        }
    }
}
