//! Walks the AST once, creating scopes and recording how each name is used
//! (CPython's `symtable_visit_*`).

use super::*;
mod expr;

use ruff_python_ast::{self as ast, Expr, Stmt};

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
                self.scope().is_async = f.is_async;
                self.scope().is_coroutine = f.is_async;
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
}
