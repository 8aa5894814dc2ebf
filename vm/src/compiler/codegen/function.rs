//! `def`, `lambda` and `class`: defaults, keyword-only defaults,
//! annotations, closures, decorators, and the class-body protocol.
//!
//! Function objects are built as `<attrs...>; LOAD_CONST code;
//! MAKE_FUNCTION; SET_FUNCTION_ATTRIBUTE 8/4/2/1` (the attributes pushed
//! first, applied in reverse). Annotations are passed as a flat tuple
//! `(name1, value1, name2, value2, ...)` with flag 4, as CPython 3.13.
//! Constant 0 of every `def`/`lambda` code object is its docstring, or None.

use super::stmt::{docstring, find_annotations};
use super::{CResult, Compiler, Ctx};
use crate::compiler::consts::Const;
use crate::compiler::ir::Label;
use crate::compiler::symtable::{ScopeId, ScopeKind};
use crate::isa::Op;
use crate::object::Gc;
use crate::objects::code::*;
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

const MAKE_DEFAULTS: u32 = 1;
const MAKE_KWDEFAULTS: u32 = 2;
const MAKE_ANNOTATIONS: u32 = 4;
const MAKE_CLOSURE: u32 = 8;

impl<'a> Compiler<'a> {
    pub fn function_def(&mut self, f: &'a ast::StmtFunctionDef) -> CResult {
        for d in &f.decorator_list {
            self.expr(&d.expression)?;
        }
        self.set_loc(self.keyword_range(f.name.range, f.range, "def"));
        let mut flags = self.default_arguments(&f.parameters)?;
        if self.annotations(&f.parameters, f.returns.as_deref())? {
            flags |= MAKE_ANNOTATIONS;
        }
        let scope = self.table.scope_of(f);
        let qualname = self.qualname_for(f.name.as_str(), ScopeKind::Function);
        self.enter_function(scope, f.name.as_str(), qualname, f.range, &f.parameters);
        let doc = docstring(&f.body);
        self.add_const(doc.map_or(Const::None, Const::str));
        let body = if doc.is_some() {
            &f.body[1..]
        } else {
            &f.body[..]
        };
        self.stmts(body)?;
        self.finish_function_body();
        let code = self.exit_unit()?;
        self.make_closure(code, scope, flags);
        for _ in &f.decorator_list {
            self.emit(Op::CALL, 0);
        }
        self.nameop(f.name.as_str(), Ctx::Store);
        Ok(())
    }

    pub fn lambda(&mut self, l: &'a ast::ExprLambda) -> CResult {
        static EMPTY: std::sync::OnceLock<ast::Parameters> = std::sync::OnceLock::new();
        let params = match l.parameters.as_deref() {
            Some(p) => p,
            None => EMPTY.get_or_init(ast::Parameters::default),
        };
        let flags = self.default_arguments(params)?;
        let scope = self.table.scope_of(l);
        let qualname = self.qualname_for("<lambda>", ScopeKind::Lambda);
        self.enter_function(scope, "<lambda>", qualname, l.range, params);
        self.add_const(Const::None);
        self.expr(&l.body)?;
        if self.u().flags & CO_GENERATOR != 0 {
            self.emit0(Op::POP_TOP);
        } else {
            let saved = self.set_loc(l.body.range());
            self.emit0(Op::RETURN_VALUE);
            self.restore_loc(saved);
        }
        self.finish_function_body();
        let code = self.exit_unit()?;
        self.make_closure(code, scope, flags);
        Ok(())
    }

    /// The statement's range from its `def`/`class` keyword (after any
    /// decorators), as CPython's statement location.
    fn keyword_range(&self, name: TextRange, stmt: TextRange, keyword: &str) -> TextRange {
        let head = self.src.slice(TextRange::new(stmt.start(), name.start()));
        match head.rfind(keyword) {
            Some(i) => TextRange::new(
                stmt.start() + ruff_text_size::TextSize::new(i as u32),
                stmt.end(),
            ),
            None => stmt,
        }
    }

    /// Opens a function-like unit: counts, flags and the prologue.
    pub fn enter_function(
        &mut self,
        scope: ScopeId,
        name: &str,
        qualname: String,
        range: TextRange,
        p: &ast::Parameters,
    ) {
        self.enter_unit(scope, name, qualname, range);
        let s = &self.table.scopes[scope];
        let mut flags = CO_OPTIMIZED | CO_NEWLOCALS;
        if s.nested {
            flags |= CO_NESTED;
        }
        flags |= match (s.is_async, s.is_generator) {
            (true, true) => CO_ASYNC_GENERATOR,
            (true, false) => CO_COROUTINE,
            (false, true) => CO_GENERATOR,
            (false, false) => 0,
        };
        if s.has_varargs {
            flags |= CO_VARARGS;
        }
        if s.has_varkw {
            flags |= CO_VARKEYWORDS;
        }
        let u = self.u();
        u.flags = flags;
        u.argcount = (p.posonlyargs.len() + p.args.len()) as u32;
        u.posonlyargcount = p.posonlyargs.len() as u32;
        u.kwonlyargcount = p.kwonlyargs.len() as u32;
        self.prologue();
    }

    /// The implicit `return None`, and for generators the handler turning
    /// a leaked StopIteration into RuntimeError (`CALL_INTRINSIC_1 3; RERAISE 1`).
    pub fn finish_function_body(&mut self) {
        let loc = self.no_loc();
        self.load_const(Const::None);
        self.emit0(Op::RETURN_VALUE);
        self.restore_loc(loc);
        if let Some(h) = self.u().gen_handler.take() {
            self.finish_generator_handler(h);
        }
    }

    /// Closes the StopIteration wrapper of a generator-like unit that
    /// returns by itself (awaited comprehensions).
    pub fn finish_gen_handler(&mut self) {
        if let Some(h) = self.u().gen_handler.take() {
            self.finish_generator_handler(h);
        }
    }

    fn finish_generator_handler(&mut self, h: Label) {
        self.pop_handler();
        self.bind(h);
        self.emit_noloc(Op::CALL_INTRINSIC_1, 3);
        self.emit_noloc(Op::RERAISE, 1);
    }

    /// Pushes the defaults tuple and kw-defaults dict; returns the flags.
    fn default_arguments(&mut self, p: &'a ast::Parameters) -> CResult<u32> {
        let mut flags = 0;
        let defaults: Vec<&'a Expr> = p
            .posonlyargs
            .iter()
            .chain(&p.args)
            .filter_map(|a| a.default.as_deref())
            .collect();
        if !defaults.is_empty() {
            let consts: Option<Vec<Const>> = defaults.iter().map(|e| self.const_of(e)).collect();
            match consts {
                Some(c) => self.load_const(Const::Tuple(c)),
                None => {
                    for d in &defaults {
                        self.expr(d)?;
                    }
                    self.emit(Op::BUILD_TUPLE, defaults.len() as u32);
                }
            }
            flags |= MAKE_DEFAULTS;
        }
        let mut n = 0;
        for a in &p.kwonlyargs {
            if let Some(d) = &a.default {
                let name = self.mangle(a.parameter.name.as_str()).into_owned();
                self.load_const(Const::Str(name));
                self.expr(d)?;
                n += 1;
            }
        }
        if n > 0 {
            self.emit(Op::BUILD_MAP, n);
            flags |= MAKE_KWDEFAULTS;
        }
        Ok(flags)
    }

    /// Pushes the annotations tuple, if there are annotations.
    fn annotations(&mut self, p: &'a ast::Parameters, returns: Option<&'a Expr>) -> CResult<bool> {
        let mut n = 0;
        let params = p
            .args
            .iter()
            .chain(&p.posonlyargs)
            .map(|a| &a.parameter)
            .chain(p.vararg.as_deref())
            .chain(p.kwonlyargs.iter().map(|a| &a.parameter))
            .chain(p.kwarg.as_deref());
        for param in params {
            if let Some(ann) = &param.annotation {
                let name = self.mangle(param.name.as_str()).into_owned();
                self.load_const(Const::Str(name));
                self.annotation(ann)?;
                n += 1;
            }
        }
        if let Some(r) = returns {
            self.load_const(Const::str("return"));
            self.annotation(r)?;
            n += 1;
        }
        if n > 0 {
            self.emit(Op::BUILD_TUPLE, 2 * n);
        }
        Ok(n > 0)
    }

    /// Loads the closure cells a child code needs, then builds the function.
    pub fn make_closure(&mut self, code: Gc<CodeObj>, child: ScopeId, mut flags: u32) {
        let frees = self.table.scopes[child].freevars();
        if !frees.is_empty() {
            for name in &frees {
                let slot =
                    *self.ur().deref.get(name).unwrap_or_else(|| {
                        panic!("free variable {name} has no cell in the parent")
                    });
                self.emit(Op::LOAD_FAST, slot);
            }
            self.emit(Op::BUILD_TUPLE, frees.len() as u32);
            flags |= MAKE_CLOSURE;
        }
        self.load_const(Const::Code(code));
        self.emit0(Op::MAKE_FUNCTION);
        for f in [
            MAKE_CLOSURE,
            MAKE_ANNOTATIONS,
            MAKE_KWDEFAULTS,
            MAKE_DEFAULTS,
        ] {
            if flags & f != 0 {
                self.emit(Op::SET_FUNCTION_ATTRIBUTE, f);
            }
        }
    }

    pub fn class_def(&mut self, c: &'a ast::StmtClassDef) -> CResult {
        for d in &c.decorator_list {
            self.expr(&d.expression)?;
        }
        self.set_loc(self.keyword_range(c.name.range, c.range, "class"));
        let scope = self.table.scope_of(c);
        let qualname = self.qualname_for(c.name.as_str(), ScopeKind::Class);
        let code = self.class_body(scope, c.name.as_str(), qualname, c.range, &c.body)?;
        self.emit0(Op::LOAD_BUILD_CLASS);
        self.emit0(Op::PUSH_NULL);
        self.make_closure(code, scope, 0);
        self.load_const(Const::str(c.name.as_str()));
        match &c.arguments {
            Some(args) => self.call_helper(2, &args.args, &args.keywords)?,
            None => self.emit(Op::CALL, 2),
        }
        for _ in &c.decorator_list {
            self.emit(Op::CALL, 0);
        }
        self.nameop(c.name.as_str(), Ctx::Store);
        Ok(())
    }

    fn class_body(
        &mut self,
        scope: ScopeId,
        name: &str,
        qualname: String,
        range: TextRange,
        body: &'a [Stmt],
    ) -> CResult<Gc<CodeObj>> {
        self.enter_unit(scope, name, qualname.clone(), range);
        self.prologue();
        self.nameop("__name__", Ctx::Load);
        self.nameop("__module__", Ctx::Store);
        self.load_const(Const::Str(qualname));
        self.nameop("__qualname__", Ctx::Store);
        let mut rest = body;
        if let Some(doc) = docstring(body) {
            let saved = self.set_loc(body[0].range());
            self.load_const(Const::str(doc));
            self.nameop("__doc__", Ctx::Store);
            self.restore_loc(saved);
            rest = &body[1..];
        }
        if find_annotations(body) {
            self.emit0(Op::SETUP_ANNOTATIONS);
        }
        self.stmts(rest)?;
        self.no_loc();
        if self.table.scopes[scope].needs_class_closure {
            let slot = self.ur().deref["__class__"];
            self.emit(Op::LOAD_FAST, slot);
            self.emit(Op::COPY, 1);
            self.nameop("__classcell__", Ctx::Store);
        } else {
            self.load_const(Const::None);
        }
        self.emit0(Op::RETURN_VALUE);
        self.exit_unit()
    }
}
