//! Walks the AST once, creating scopes and recording how each name is used
//! (CPython's `symtable_visit_*`).

use super::*;
use ruff_python_ast::{self as ast, Expr, ExprContext, Pattern, Stmt};

/// What to build a table for: a module body or a lone expression (`eval`).
pub enum Body<'a> {
    Module(&'a [Stmt]),
    Expr(&'a Expr),
}

pub fn build(
    src: &SourceMap,
    body: Body,
    module_range: TextRange,
) -> Result<SymbolTable, CompileError> {
    let mut b = Builder {
        src,
        table: SymbolTable {
            scopes: vec![Scope::new(ScopeKind::Module, "top", None, module_range)],
            by_node: HashMap::new(),
            future_annotations: false,
        },
        cur: 0,
        private: None,
        comp_iter_target: false,
        comp_iter_expr: 0,
        depth: 0,
    };
    match body {
        Body::Module(body) => {
            b.check_future(body)?;
            b.stmts(body)?;
        }
        Body::Expr(e) => b.expr(e)?,
    }
    let mut table = b.table;
    table.analyze(src)?;
    Ok(table)
}

struct Builder<'s, 'a> {
    src: &'s SourceMap<'a>,
    table: SymbolTable,
    cur: ScopeId,
    private: Option<String>,
    comp_iter_target: bool,
    comp_iter_expr: u32,
    /// AST nesting depth, bounded so the passes cannot overflow the stack.
    depth: u32,
}

/// Deeper statement/expression nesting is rejected (CPython raises
/// RecursionError around 3000-5000 levels).
pub const MAX_DEPTH: u32 = 2000;
pub const TOO_DEEP: &str = "maximum recursion depth exceeded during compilation";

type R = Result<(), CompileError>;

impl Builder<'_, '_> {
    fn err(&self, range: TextRange, msg: impl Into<String>) -> CompileError {
        CompileError::at(self.src, range, msg)
    }
    fn scope(&mut self) -> &mut Scope {
        &mut self.table.scopes[self.cur]
    }

    fn check_future(&mut self, body: &[Stmt]) -> R {
        let mut seen_other = false;
        for (i, s) in body.iter().enumerate() {
            match s {
                Stmt::Expr(e) if i == 0 && matches!(*e.value, Expr::StringLiteral(_)) => {}
                Stmt::ImportFrom(f)
                    if f.module
                        .as_ref()
                        .is_some_and(|m| m.as_str() == "__future__") =>
                {
                    if seen_other {
                        return Err(self.err(
                            f.range,
                            "from __future__ imports must occur at the beginning of the file",
                        ));
                    }
                    for a in &f.names {
                        match a.name.as_str() {
                            "annotations" => self.table.future_annotations = true,
                            "nested_scopes" | "generators" | "division" | "absolute_import"
                            | "with_statement" | "print_function" | "unicode_literals"
                            | "barry_as_FLUFL" | "generator_stop" => {}
                            "braces" => return Err(self.err(a.range, "not a chance")),
                            other => {
                                return Err(self.err(
                                    a.range,
                                    format!("future feature {other} is not defined"),
                                ))
                            }
                        }
                    }
                }
                _ => seen_other = true,
            }
        }
        Ok(())
    }

    fn enter(&mut self, kind: ScopeKind, name: &str, node: usize, range: TextRange) -> ScopeId {
        let id = self.table.scopes.len();
        let mut s = Scope::new(kind, name, Some(self.cur), range);
        let parent = &self.table.scopes[self.cur];
        s.nested = parent.nested || parent.is_function_like();
        self.table.scopes.push(s);
        self.table.scopes[self.cur].children.push(id);
        self.table.by_node.insert(node, id);
        self.cur = id;
        id
    }
    fn exit(&mut self) {
        self.cur = self.table.scopes[self.cur]
            .parent
            .expect("not at module scope");
    }

    fn add_def(&mut self, name: &str, flags: u32, range: TextRange) -> R {
        let mangled = mangle(self.private.as_deref(), name).into_owned();
        self.add_def_in(self.cur, &mangled, flags, range)
    }
    fn add_def_in(&mut self, scope: ScopeId, name: &str, mut flags: u32, range: TextRange) -> R {
        if flags & DEF_LOCAL != 0 && self.comp_iter_target && scope == self.cur {
            flags |= DEF_COMP_ITER;
        }
        let s = &mut self.table.scopes[scope];
        let old = s.add_flags(name, flags);
        if flags & DEF_PARAM != 0 {
            if old & DEF_PARAM != 0 {
                return Err(self.err(
                    range,
                    format!("duplicate argument '{name}' in function definition"),
                ));
            }
            self.table.scopes[scope].params.push(name.to_string());
        }
        Ok(())
    }

    fn stmts(&mut self, body: &[Stmt]) -> R {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    fn enter_node(&mut self, range: TextRange) -> R {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.err(range, TOO_DEEP));
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> R {
        self.enter_node(ruff_text_size::Ranged::range(s))?;
        self.stmt_inner(s)?;
        self.depth -= 1;
        Ok(())
    }

    fn stmt_inner(&mut self, s: &Stmt) -> R {
        match s {
            Stmt::FunctionDef(f) => {
                if f.is_async {
                    return Err(self.err(f.range, "async is not supported yet"));
                }
                if let Some(tp) = &f.type_params {
                    return Err(self.err(tp.range, "type parameter lists are not supported yet"));
                }
                self.add_def(f.name.as_str(), DEF_LOCAL, f.name.range)?;
                self.param_defaults(&f.parameters)?;
                self.annotations(&f.parameters, f.returns.as_deref())?;
                for d in &f.decorator_list {
                    self.expr(&d.expression)?;
                }
                self.enter(
                    ScopeKind::Function,
                    f.name.as_str(),
                    f as *const _ as usize,
                    f.range,
                );
                self.params(&f.parameters)?;
                self.stmts(&f.body)?;
                self.exit();
            }
            Stmt::ClassDef(c) => {
                if let Some(tp) = &c.type_params {
                    return Err(self.err(tp.range, "type parameter lists are not supported yet"));
                }
                self.add_def(c.name.as_str(), DEF_LOCAL, c.name.range)?;
                if let Some(args) = &c.arguments {
                    args.args.iter().try_for_each(|e| self.expr(e))?;
                    args.keywords.iter().try_for_each(|k| self.expr(&k.value))?;
                }
                for d in &c.decorator_list {
                    self.expr(&d.expression)?;
                }
                self.enter(
                    ScopeKind::Class,
                    c.name.as_str(),
                    c as *const _ as usize,
                    c.range,
                );
                let saved = self.private.replace(c.name.to_string());
                self.stmts(&c.body)?;
                self.private = saved;
                self.exit();
            }
            Stmt::Return(r) => self.opt_expr(r.value.as_deref())?,
            Stmt::Delete(d) => d.targets.iter().try_for_each(|t| self.expr(t))?,
            Stmt::Assign(a) => {
                a.targets.iter().try_for_each(|t| self.expr(t))?;
                self.expr(&a.value)?;
            }
            Stmt::AugAssign(a) => {
                self.expr(&a.target)?;
                self.expr(&a.value)?;
            }
            Stmt::AnnAssign(a) => {
                if let Expr::Name(n) = &*a.target {
                    let cur = self.table.scopes[self.cur]
                        .flags(&mangle(self.private.as_deref(), n.id.as_str()));
                    if cur & (DEF_GLOBAL | DEF_NONLOCAL) != 0
                        && self.table.scopes[self.cur]
                            .directives
                            .contains_key(n.id.as_str())
                    {
                        let which = if cur & DEF_GLOBAL != 0 {
                            "global"
                        } else {
                            "nonlocal"
                        };
                        return Err(self.err(
                            a.range,
                            format!("annotated name '{}' can't be {which}", n.id),
                        ));
                    }
                    if a.simple {
                        self.add_def(n.id.as_str(), DEF_ANNOT | DEF_LOCAL, n.range)?;
                    } else if a.value.is_some() {
                        self.add_def(n.id.as_str(), DEF_LOCAL, n.range)?;
                    }
                } else {
                    self.expr(&a.target)?;
                }
                if !self.table.future_annotations {
                    self.expr(&a.annotation)?;
                }
                self.opt_expr(a.value.as_deref())?;
            }
            Stmt::For(f) => {
                if f.is_async {
                    return Err(self.err(f.range, "async is not supported yet"));
                }
                self.expr(&f.target)?;
                self.expr(&f.iter)?;
                self.stmts(&f.body)?;
                self.stmts(&f.orelse)?;
            }
            Stmt::While(w) => {
                self.expr(&w.test)?;
                self.stmts(&w.body)?;
                self.stmts(&w.orelse)?;
            }
            Stmt::If(i) => {
                self.expr(&i.test)?;
                self.stmts(&i.body)?;
                for c in &i.elif_else_clauses {
                    self.opt_expr(c.test.as_ref())?;
                    self.stmts(&c.body)?;
                }
            }
            Stmt::With(w) => {
                if w.is_async {
                    return Err(self.err(w.range, "async is not supported yet"));
                }
                for item in &w.items {
                    self.expr(&item.context_expr)?;
                    self.opt_expr(item.optional_vars.as_deref())?;
                }
                self.stmts(&w.body)?;
            }
            Stmt::Match(m) => {
                self.expr(&m.subject)?;
                for case in &m.cases {
                    self.pattern(&case.pattern)?;
                    self.opt_expr(case.guard.as_deref())?;
                    self.stmts(&case.body)?;
                }
            }
            Stmt::Raise(r) => {
                self.opt_expr(r.exc.as_deref())?;
                self.opt_expr(r.cause.as_deref())?;
            }
            Stmt::Try(t) => {
                self.stmts(&t.body)?;
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    self.opt_expr(h.type_.as_deref())?;
                    if let Some(n) = &h.name {
                        self.add_def(n.as_str(), DEF_LOCAL, n.range)?;
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(&t.orelse)?;
                self.stmts(&t.finalbody)?;
            }
            Stmt::Assert(a) => {
                self.expr(&a.test)?;
                self.opt_expr(a.msg.as_deref())?;
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    let stored = match &a.asname {
                        Some(n) => n.as_str(),
                        None => a.name.as_str().split('.').next().unwrap_or(""),
                    };
                    self.add_def(stored, DEF_IMPORT, a.range)?;
                }
            }
            Stmt::ImportFrom(i) => {
                for a in &i.names {
                    if a.name.as_str() == "*" {
                        if self.table.scopes[self.cur].kind != ScopeKind::Module {
                            return Err(self.err(a.range, "import * only allowed at module level"));
                        }
                        continue;
                    }
                    let stored = a.asname.as_ref().unwrap_or(&a.name);
                    self.add_def(stored.as_str(), DEF_IMPORT, a.range)?;
                }
            }
            Stmt::Global(g) => self.declare(&g.names, g.range, DEF_GLOBAL, "global")?,
            Stmt::Nonlocal(n) => {
                if self.table.scopes[self.cur].kind == ScopeKind::Module {
                    return Err(
                        self.err(n.range, "nonlocal declaration not allowed at module level")
                    );
                }
                self.declare(&n.names, n.range, DEF_NONLOCAL, "nonlocal")?
            }
            Stmt::Expr(e) => self.expr(&e.value)?,
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) => {}
            Stmt::TypeAlias(t) => {
                return Err(self.err(t.range, "type statements are not supported yet"))
            }
            Stmt::IpyEscapeCommand(c) => return Err(self.err(c.range, "invalid syntax")),
        }
        Ok(())
    }

    fn declare(&mut self, names: &[ast::Identifier], range: TextRange, flag: u32, what: &str) -> R {
        for n in names {
            let name = mangle(self.private.as_deref(), n.as_str()).into_owned();
            let cur = self.table.scopes[self.cur].flags(&name);
            if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                let msg = if cur & DEF_PARAM != 0 {
                    format!("name '{name}' is parameter and {what}")
                } else if cur & USE != 0 {
                    format!("name '{name}' is used prior to {what} declaration")
                } else if cur & DEF_ANNOT != 0 {
                    format!("annotated name '{name}' can't be {what}")
                } else {
                    format!("name '{name}' is assigned to before {what} declaration")
                };
                return Err(self.err(range, msg));
            }
            self.add_def_in(self.cur, &name, flag, n.range)?;
            self.scope().directives.insert(name, range);
        }
        Ok(())
    }

    fn param_defaults(&mut self, p: &ast::Parameters) -> R {
        for a in p.posonlyargs.iter().chain(&p.args).chain(&p.kwonlyargs) {
            self.opt_expr(a.default.as_deref())?;
        }
        Ok(())
    }

    fn annotations(&mut self, p: &ast::Parameters, returns: Option<&Expr>) -> R {
        if self.table.future_annotations {
            return Ok(());
        }
        for a in p.posonlyargs.iter().chain(&p.args) {
            self.opt_expr(a.parameter.annotation.as_deref())?;
        }
        if let Some(v) = &p.vararg {
            self.opt_expr(v.annotation.as_deref())?;
        }
        for a in &p.kwonlyargs {
            self.opt_expr(a.parameter.annotation.as_deref())?;
        }
        if let Some(v) = &p.kwarg {
            self.opt_expr(v.annotation.as_deref())?;
        }
        self.opt_expr(returns)
    }

    fn params(&mut self, p: &ast::Parameters) -> R {
        for a in p.posonlyargs.iter().chain(&p.args).chain(&p.kwonlyargs) {
            self.add_def(a.parameter.name.as_str(), DEF_PARAM, a.parameter.name.range)?;
        }
        if let Some(v) = &p.vararg {
            self.add_def(v.name.as_str(), DEF_PARAM, v.name.range)?;
            self.scope().has_varargs = true;
        }
        if let Some(v) = &p.kwarg {
            self.add_def(v.name.as_str(), DEF_PARAM, v.name.range)?;
            self.scope().has_varkw = true;
        }
        Ok(())
    }

    fn opt_expr(&mut self, e: Option<&Expr>) -> R {
        match e {
            Some(e) => self.expr(e),
            None => Ok(()),
        }
    }

    fn exprs(&mut self, es: &[Expr]) -> R {
        es.iter().try_for_each(|e| self.expr(e))
    }

    fn expr(&mut self, e: &Expr) -> R {
        self.enter_node(ruff_text_size::Ranged::range(e))?;
        self.expr_inner(e)?;
        self.depth -= 1;
        Ok(())
    }

    fn expr_inner(&mut self, e: &Expr) -> R {
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
            Expr::Await(a) => return Err(self.err(a.range, "async is not supported yet")),
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

    fn fstring_elements(&mut self, elements: &ast::InterpolatedStringElements) -> R {
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

    fn yield_check(&mut self, range: TextRange) -> R {
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

    fn comprehension(
        &mut self,
        node: usize,
        range: TextRange,
        name: &str,
        generators: &[ast::Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
    ) -> R {
        let outermost = &generators[0];
        if generators.iter().any(|g| g.is_async) {
            return Err(self.err(range, "async is not supported yet"));
        }
        self.comp_iter_expr += 1;
        self.expr(&outermost.iter)?;
        self.comp_iter_expr -= 1;
        let saved_expr = std::mem::replace(&mut self.comp_iter_expr, 0);
        self.enter(ScopeKind::Comprehension, name, node, range);
        self.add_def_in(self.cur, ".0", DEF_PARAM, range)?;
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
        self.exit();
        self.comp_iter_expr = saved_expr;
        Ok(())
    }

    fn extend_namedexpr_scope(&mut self, target: &Expr) -> R {
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

    fn pattern(&mut self, p: &Pattern) -> R {
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
