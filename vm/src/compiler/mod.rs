//! The compiler: source → ruff parser → symbol table → code generator →
//! peephole pass → assembler → `CodeObj`.
//!
//! ```text
//! parse (ruff)          error.rs maps parse errors to CPython's messages
//! symtable.rs           scopes and name resolution
//! codegen.rs (+ codegen/) instructions with labels and handlers (ir.rs)
//! peephole.rs, flow.rs  jump threading, dead code, RETURN_CONST,
//!                       LOAD_FAST_CHECK, super-instructions
//! stackdepth.rs         max stack depth and handler depths
//! assemble.rs           code units, EXTENDED_ARG, exception table, locations
//! ```
//!
//! `compile` must run on an attached thread; it allocates heap objects (the
//! code objects and their constants) but never reaches a safepoint, so the
//! values it holds in Rust collections cannot be collected under it.

mod assemble;
mod codegen;
pub mod consts;
pub mod error;
mod flow;
mod fold;
pub mod ir;
mod peephole;
mod source;
mod stackdepth;
pub mod symtable;

use crate::heap::alloc;
use crate::object::Gc;
use crate::objects::code::*;
use crate::runtime::intern::intern;
use crate::runtime::types::types;
use codegen::{Compiler, Unit};
pub use error::CompileError;
use ruff_python_ast::Mod;
use ruff_python_parser::{parse_unchecked, ParseOptions};
use source::SourceMap;
use symtable::SymbolTable;

/// What the source is: a module, a single expression, or one REPL input.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A module (`exec`).
    Exec,
    /// One expression whose value the code returns (`eval`).
    Eval,
    /// One interactive statement: expression statements print their value.
    Single,
}

/// Compiles Python source to a code object.
pub fn compile(source: &str, filename: &str, mode: Mode) -> Result<Gc<CodeObj>, CompileError> {
    let src = SourceMap::new(source);
    let parse_mode = match mode {
        Mode::Eval => ruff_python_parser::Mode::Expression,
        Mode::Exec | Mode::Single => ruff_python_parser::Mode::Module,
    };
    let parsed = parse_unchecked(source, ParseOptions::from(parse_mode));
    if !parsed.errors().is_empty() {
        return Err(error::from_parse_errors(&src, parsed.errors()));
    }
    match parsed.syntax() {
        Mod::Module(m) => {
            let table = symtable::build(&src, symtable::Body::Module(&m.body), m.range)?;
            let mut c = Compiler::new(&src, filename, table);
            c.interactive = mode == Mode::Single;
            c.compile_module(&m.body)
        }
        Mod::Expression(e) => {
            let table = symtable::build(&src, symtable::Body::Expr(&e.body), e.range)?;
            let mut c = Compiler::new(&src, filename, table);
            c.compile_expression(&e.body)
        }
    }
}

/// Optimizes, assembles and allocates the code object of a finished unit.
pub(crate) fn finish_unit(u: Unit, filename: &str, table: &SymbolTable) -> Gc<CodeObj> {
    let scope = &table.scopes[u.scope];
    let nlocals = u.fast.len() as u32;
    let nargs = scope.params.len() as u32;
    let mut seq = u.seq;
    peephole::optimize(&mut seq, &u.consts);
    flow::mark_unbound_loads(&mut seq, nlocals, nargs);
    peephole::superinstructions(&mut seq);
    peephole::normalize_jumps(&mut seq);
    let stacksize = stackdepth::compute(&mut seq);
    let asm = assemble::assemble(&seq);

    let mut names = Vec::new();
    let mut kinds = Vec::new();
    for (i, n) in u.fast.iter().enumerate() {
        let mut k = KIND_LOCAL;
        if (i as u32) < nargs {
            k |= KIND_ARG;
        }
        if u.cells.iter().any(|c| c == n) {
            k |= KIND_CELL;
        }
        names.push(intern(n));
        kinds.push(k);
    }
    let mut ncells = 0;
    for c in &u.cells {
        if u.fast.get(c).is_none() {
            names.push(intern(c));
            kinds.push(KIND_CELL);
            ncells += 1;
        }
    }
    for f in &u.frees {
        names.push(intern(f));
        kinds.push(KIND_FREE);
    }
    let code = CodeObj {
        units: crate::atomics::CodeUnits::new(&asm.units),
        consts: u.consts.to_values(),
        names: u.names.to_interned(),
        localsplus_names: names.into(),
        localsplus_kinds: kinds.into(),
        argcount: u.argcount,
        posonlyargcount: u.posonlyargcount,
        kwonlyargcount: u.kwonlyargcount,
        flags: u.flags,
        stacksize,
        nlocals,
        ncells,
        nfrees: u.frees.len() as u32,
        name: intern(&u.name),
        qualname: crate::objects::str::new_str(u.qualname.as_str()),
        filename: intern(filename),
        firstlineno: u.firstlineno,
        locations: asm.locations.into(),
        exception_table: asm.exception_table.into(),
    };
    alloc(types().code, code)
}

#[cfg(test)]
mod tests;
