//! List, set and dict comprehensions and generator expressions, compiled
//! as nested functions taking the outermost iterator as argument `.0`
//! (CPython 3.11 style): `<function>; PUSH_NULL; <iterable>; GET_ITER; CALL 1`.

use super::{CResult, Compiler};
use crate::compiler::symtable::ScopeKind;
use crate::isa::Op;
use crate::objects::code::*;
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    List,
    Set,
    Dict,
    Gen,
}

impl<'a> Compiler<'a> {
    pub fn comprehension(
        &mut self,
        e: &'a Expr,
        generators: &'a [ast::Comprehension],
        elt: &'a Expr,
        val: Option<&'a Expr>,
    ) -> CResult {
        let (kind, name, scope) = match e {
            Expr::ListComp(c) => (Kind::List, "<listcomp>", self.table.scope_of(c)),
            Expr::SetComp(c) => (Kind::Set, "<setcomp>", self.table.scope_of(c)),
            Expr::DictComp(c) => (Kind::Dict, "<dictcomp>", self.table.scope_of(c)),
            Expr::Generator(c) => (Kind::Gen, "<genexpr>", self.table.scope_of(c)),
            _ => unreachable!("not a comprehension"),
        };
        let is_async = self.table.scopes[scope].is_coroutine;
        let parent = &self.table.scopes[self.ur().scope];
        if is_async
            && kind != Kind::Gen
            && !parent.is_async
            && parent.kind != ScopeKind::Comprehension
        {
            return Err(self.error(
                e.range(),
                "asynchronous comprehension outside of an asynchronous function",
            ));
        }
        let qualname = self.qualname_for(name, ScopeKind::Comprehension);
        self.enter_unit(scope, name, qualname, e.range());
        let s = &self.table.scopes[scope];
        let mut flags = CO_OPTIMIZED | CO_NEWLOCALS;
        if s.nested {
            flags |= CO_NESTED;
        }
        flags |= match (kind == Kind::Gen, is_async) {
            (true, true) => CO_ASYNC_GENERATOR,
            (true, false) => CO_GENERATOR,
            (false, true) => CO_COROUTINE,
            (false, false) => 0,
        };
        self.u().flags = flags;
        self.u().argcount = 1;
        self.prologue();
        match kind {
            Kind::List => self.emit(Op::BUILD_LIST, 0),
            Kind::Set => self.emit(Op::BUILD_SET, 0),
            Kind::Dict => self.emit(Op::BUILD_MAP, 0),
            Kind::Gen => {}
        }
        self.comprehension_generator(generators, 0, 0, elt, val, kind)?;
        if kind == Kind::Gen {
            self.finish_function_body();
        } else {
            self.emit0(Op::RETURN_VALUE);
            self.finish_gen_handler();
        }
        let code = self.exit_unit()?;
        self.make_closure(code, scope, 0);
        self.emit0(Op::PUSH_NULL);
        let outermost = &generators[0];
        self.expr(&outermost.iter)?;
        let saved = self.set_loc(outermost.iter.range());
        self.emit0(if outermost.is_async {
            Op::GET_AITER
        } else {
            Op::GET_ITER
        });
        self.restore_loc(saved);
        self.emit(Op::CALL, 1);
        if is_async && kind != Kind::Gen {
            self.emit_await(0);
        }
        Ok(())
    }

    fn comprehension_generator(
        &mut self,
        generators: &'a [ast::Comprehension],
        index: usize,
        mut depth: u32,
        elt: &'a Expr,
        val: Option<&'a Expr>,
        kind: Kind,
    ) -> CResult {
        let gen = &generators[index];
        if gen.is_async {
            return self.async_comprehension_generator(generators, index, depth, elt, val, kind);
        }
        let if_cleanup = self.new_label();
        let anchor = self.new_label();
        let mut start = Some(self.new_label());
        if index == 0 {
            self.emit(Op::LOAD_FAST, 0);
        } else {
            // `for y in [f(x)]` binds without a loop.
            let single = match &gen.iter {
                Expr::List(l) if l.elts.len() == 1 => Some(&l.elts[0]),
                Expr::Tuple(t) if t.elts.len() == 1 => Some(&t.elts[0]),
                _ => None,
            };
            match single {
                Some(one) if !matches!(one, Expr::Starred(_)) => {
                    self.expr(one)?;
                    start = None;
                }
                _ => {
                    self.expr(&gen.iter)?;
                    let saved = self.set_loc(gen.iter.range());
                    self.emit0(Op::GET_ITER);
                    self.restore_loc(saved);
                }
            }
        }
        if let Some(start) = start {
            depth += 1;
            self.bind(start);
            let saved = self.set_loc(gen.iter.range());
            self.jump(Op::FOR_ITER, anchor);
            self.restore_loc(saved);
        }
        self.store_target(&gen.target)?;
        for cond in &gen.ifs {
            self.jump_if(cond, if_cleanup, false)?;
        }
        self.comprehension_element(generators, index, depth, elt, val, kind)?;
        self.bind(if_cleanup);
        if let Some(start) = start {
            self.jump_noloc(Op::JUMP_BACKWARD, start);
            self.bind(anchor);
        }
        Ok(())
    }

    /// The next generator, or the element at the innermost level.
    fn comprehension_element(
        &mut self,
        generators: &'a [ast::Comprehension],
        index: usize,
        depth: u32,
        elt: &'a Expr,
        val: Option<&'a Expr>,
        kind: Kind,
    ) -> CResult {
        if index + 1 < generators.len() {
            self.comprehension_generator(generators, index + 1, depth, elt, val, kind)?;
        } else {
            match kind {
                Kind::Gen => {
                    self.expr(elt)?;
                    if self.in_async_generator() {
                        self.emit(Op::CALL_INTRINSIC_1, 4);
                    }
                    self.emit(Op::YIELD_VALUE, 0);
                    self.emit(Op::RESUME, 1);
                    self.emit0(Op::POP_TOP);
                }
                Kind::List => {
                    self.expr(elt)?;
                    self.emit(Op::LIST_APPEND, depth + 1);
                }
                Kind::Set => {
                    self.expr(elt)?;
                    self.emit(Op::SET_ADD, depth + 1);
                }
                Kind::Dict => {
                    self.expr(elt)?;
                    self.expr(val.expect("dict comprehension value"))?;
                    self.emit(Op::MAP_ADD, depth + 1);
                }
            }
        }
        Ok(())
    }

    /// An `async for` level (CPython's `compiler_async_comprehension_generator`).
    fn async_comprehension_generator(
        &mut self,
        generators: &'a [ast::Comprehension],
        index: usize,
        depth: u32,
        elt: &'a Expr,
        val: Option<&'a Expr>,
        kind: Kind,
    ) -> CResult {
        let gen = &generators[index];
        let start = self.new_label();
        let except = self.new_label();
        let if_cleanup = self.new_label();
        if index == 0 {
            self.emit(Op::LOAD_FAST, 0);
        } else {
            self.expr(&gen.iter)?;
            self.emit0(Op::GET_AITER);
        }
        self.bind(start);
        self.push_handler(except, false);
        self.emit0(Op::GET_ANEXT);
        self.load_const(crate::compiler::consts::Const::None);
        self.await_loop();
        self.pop_handler();
        self.store_target(&gen.target)?;
        for cond in &gen.ifs {
            self.jump_if(cond, if_cleanup, false)?;
        }
        self.comprehension_element(generators, index, depth + 1, elt, val, kind)?;
        self.bind(if_cleanup);
        self.jump_noloc(Op::JUMP_BACKWARD, start);
        self.bind(except);
        self.emit0(Op::END_ASYNC_FOR);
        Ok(())
    }
}
