//! Calls: `CALL` / `CALL_KW` for plain argument lists, the method form
//! (`LOAD_ATTR` with the low bit, or `LOAD_GLOBAL` pushing NULL), and
//! `CALL_FUNCTION_EX` with an exact tuple and dict for `*args`/`**kwargs`.

use super::{CResult, Compiler};
use crate::compiler::consts::Const;
use crate::compiler::symtable::DEF_IMPORT;
use crate::isa::Op;
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

const STACK_USE_GUIDELINE: usize = 30;

impl<'a> Compiler<'a> {
    pub fn call(&mut self, c: &'a ast::ExprCall) -> CResult {
        if self.method_call(c)? {
            return Ok(());
        }
        match &*c.func {
            Expr::Name(n) if self.is_global_load(n.id.as_str()) => {
                let saved = self.set_loc(n.range);
                let i = self.add_name(&self.mangle(n.id.as_str()));
                self.emit(Op::LOAD_GLOBAL, i << 1 | 1);
                self.restore_loc(saved);
            }
            f => {
                self.expr(f)?;
                let saved = self.set_loc(f.range());
                self.emit0(Op::PUSH_NULL);
                self.restore_loc(saved);
            }
        }
        self.call_helper(0, &c.arguments.args, &c.arguments.keywords)
    }

    /// `obj.meth(args)` → `LOAD_ATTR` (method form); `CALL`. Returns false
    /// when the call does not qualify (starred arguments, many arguments,
    /// or the object is an imported module).
    fn method_call(&mut self, c: &'a ast::ExprCall) -> CResult<bool> {
        let Expr::Attribute(meth) = &*c.func else {
            return Ok(false);
        };
        let args = &c.arguments.args;
        let kws = &c.arguments.keywords;
        if let Expr::Name(n) = &*meth.value {
            let mangled = self.mangle(n.id.as_str()).into_owned();
            if self.table.scopes[self.ur().scope].flags(&mangled) & DEF_IMPORT != 0 {
                return Ok(false);
            }
        }
        if args.len() + kws.len() + usize::from(!kws.is_empty()) >= STACK_USE_GUIDELINE
            || args.iter().any(|a| matches!(a, Expr::Starred(_)))
            || kws.iter().any(|k| k.arg.is_none())
        {
            return Ok(false);
        }
        self.expr(&meth.value)?;
        // CPython 3.11 locates the method load at the attribute expression
        // and the call at the whole call (3.12 narrowed both to start at the
        // attribute name): tracebacks' carets follow these ranges.
        let call_range = c.range;
        let saved = self.set_loc(meth.range);
        let i = self.add_name(&self.mangle(meth.attr.as_str()));
        self.emit(Op::LOAD_ATTR, i << 1 | 1);
        self.restore_loc(saved);
        for a in args.iter() {
            self.expr(a)?;
        }
        let saved = self.set_loc(call_range);
        if kws.is_empty() {
            self.emit(Op::CALL, args.len() as u32);
        } else {
            self.restore_loc(saved);
            for k in kws.iter() {
                self.expr(&k.value)?;
            }
            self.set_loc(call_range);
            self.kwnames(kws);
            self.emit(Op::CALL_KW, (args.len() + kws.len()) as u32);
        }
        self.restore_loc(saved);
        Ok(true)
    }

    fn kwnames(&mut self, kws: &[ast::Keyword]) {
        let names = kws
            .iter()
            .map(|k| Const::Str(k.arg.as_ref().expect("named keyword").to_string()))
            .collect();
        self.load_const(Const::Tuple(names));
    }

    /// Arguments after the callable and NULL (and `pushed` positional
    /// arguments already on the stack), then the call (CPython's `compiler_call_helper`).
    pub fn call_helper(
        &mut self,
        pushed: usize,
        args: &'a [Expr],
        kws: &'a [ast::Keyword],
    ) -> CResult {
        let simple = args.len() + kws.len() * 2 <= STACK_USE_GUIDELINE
            && !args.iter().any(|a| matches!(a, Expr::Starred(_)))
            && !kws.iter().any(|k| k.arg.is_none());
        if simple {
            for a in args {
                self.expr(a)?;
            }
            if kws.is_empty() {
                self.emit(Op::CALL, (pushed + args.len()) as u32);
            } else {
                for k in kws {
                    self.expr(&k.value)?;
                }
                self.kwnames(kws);
                self.emit(Op::CALL_KW, (pushed + args.len() + kws.len()) as u32);
            }
            return Ok(());
        }
        // Positional arguments as one exact tuple.
        self.starunpack_pushed(args, pushed)?;
        // Keyword arguments as one dict.
        if !kws.is_empty() {
            let mut have_dict = false;
            let mut nseen = 0;
            for (i, k) in kws.iter().enumerate() {
                if k.arg.is_none() {
                    if nseen > 0 {
                        self.subkwargs(&kws[i - nseen..i])?;
                        if have_dict {
                            self.emit(Op::DICT_MERGE, 1);
                        }
                        have_dict = true;
                        nseen = 0;
                    }
                    if !have_dict {
                        self.emit(Op::BUILD_MAP, 0);
                        have_dict = true;
                    }
                    self.expr(&k.value)?;
                    self.emit(Op::DICT_MERGE, 1);
                } else {
                    nseen += 1;
                }
            }
            if nseen > 0 {
                self.subkwargs(&kws[kws.len() - nseen..])?;
                if have_dict {
                    self.emit(Op::DICT_MERGE, 1);
                }
            }
        }
        self.emit(Op::CALL_FUNCTION_EX, u32::from(!kws.is_empty()));
        Ok(())
    }

    /// A tuple of `pushed` stack items followed by `args` (with `*` unpacking).
    fn starunpack_pushed(&mut self, args: &'a [Expr], pushed: usize) -> CResult {
        if pushed == 0 {
            if args.iter().any(|a| matches!(a, Expr::Starred(_)))
                || args.len() > STACK_USE_GUIDELINE
            {
                return self.starunpack_list_tuple(args);
            }
            if args.is_empty() {
                self.load_const(Const::Tuple(Vec::new()));
                return Ok(());
            }
            for a in args {
                self.expr(a)?;
            }
            self.emit(Op::BUILD_TUPLE, args.len() as u32);
            return Ok(());
        }
        self.emit(Op::BUILD_LIST, pushed as u32);
        for a in args {
            if let Expr::Starred(s) = a {
                self.expr(&s.value)?;
                self.emit(Op::LIST_EXTEND, 1);
            } else {
                self.expr(a)?;
                self.emit(Op::LIST_APPEND, 1);
            }
        }
        self.emit(Op::CALL_INTRINSIC_1, 6);
        Ok(())
    }

    /// `*`-unpacking tuple display that always builds through a list, so a
    /// single `*x` still yields an exact tuple.
    fn starunpack_list_tuple(&mut self, args: &'a [Expr]) -> CResult {
        let mut built = false;
        for (i, a) in args.iter().enumerate() {
            if let Expr::Starred(s) = a {
                if !built {
                    self.emit(Op::BUILD_LIST, i as u32);
                    built = true;
                }
                self.expr(&s.value)?;
                self.emit(Op::LIST_EXTEND, 1);
            } else {
                self.expr(a)?;
                if built {
                    self.emit(Op::LIST_APPEND, 1);
                }
            }
        }
        if !built {
            self.emit(Op::BUILD_LIST, args.len() as u32);
        }
        self.emit(Op::CALL_INTRINSIC_1, 6);
        Ok(())
    }

    fn subkwargs(&mut self, kws: &'a [ast::Keyword]) -> CResult {
        let big = kws.len() * 2 > STACK_USE_GUIDELINE;
        if big {
            self.emit(Op::BUILD_MAP, 0);
        }
        for k in kws {
            self.load_const(Const::Str(
                k.arg.as_ref().expect("named keyword").to_string(),
            ));
            self.expr(&k.value)?;
            if big {
                self.emit(Op::MAP_ADD, 1);
            }
        }
        if !big {
            self.emit(Op::BUILD_MAP, kws.len() as u32);
        }
        Ok(())
    }
}
