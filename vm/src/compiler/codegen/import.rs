//! `import a.b.c [as x]` and `from .m import x [as y]` / `from m import *`.

use super::{CResult, Compiler, Ctx};
use crate::compiler::consts::Const;
use crate::isa::Op;
use num_bigint::BigInt;
use ruff_python_ast as ast;

impl<'a> Compiler<'a> {
    pub fn import(&mut self, s: &'a ast::StmtImport) -> CResult {
        // CPython 3.11 locates every instruction of the statement at the
        // whole statement (tracebacks then show no carets under it).
        for alias in &s.names {
            let name = alias.name.as_str();
            self.load_const(Const::Int(BigInt::from(0)));
            self.load_const(Const::None);
            let i = self.add_name(&self.mangle(name));
            self.emit(Op::IMPORT_NAME, i);
            match &alias.asname {
                Some(asname) => {
                    let parts: Vec<&str> = name.split('.').collect();
                    if parts.len() > 1 {
                        for (k, attr) in parts[1..].iter().enumerate() {
                            let i = self.add_name(attr);
                            self.emit(Op::IMPORT_FROM, i);
                            if k + 2 < parts.len() {
                                self.emit(Op::SWAP, 2);
                                self.emit0(Op::POP_TOP);
                            }
                        }
                        self.nameop(asname.as_str(), Ctx::Store);
                        self.emit0(Op::POP_TOP);
                    } else {
                        self.nameop(asname.as_str(), Ctx::Store);
                    }
                }
                None => {
                    let first = name.split('.').next().unwrap_or(name);
                    self.nameop(first, Ctx::Store);
                }
            }
        }
        Ok(())
    }

    pub fn import_from(&mut self, s: &'a ast::StmtImportFrom) -> CResult {
        self.load_const(Const::Int(BigInt::from(s.level)));
        let names = s
            .names
            .iter()
            .map(|a| Const::Str(a.name.to_string()))
            .collect();
        self.load_const(Const::Tuple(names));
        let module = s.module.as_ref().map_or("", |m| m.as_str());
        let i = self.add_name(&self.mangle(module));
        self.emit(Op::IMPORT_NAME, i);
        for (k, alias) in s.names.iter().enumerate() {
            if k == 0 && alias.name.as_str() == "*" {
                self.emit(Op::CALL_INTRINSIC_1, 2);
                self.emit_noloc(Op::POP_TOP, 0);
                return Ok(());
            }
            let i = self.add_name(&self.mangle(alias.name.as_str()));
            self.emit(Op::IMPORT_FROM, i);
            let store = alias.asname.as_ref().unwrap_or(&alias.name);
            self.nameop(store.as_str(), Ctx::Store);
        }
        self.emit0(Op::POP_TOP);
        Ok(())
    }
}
