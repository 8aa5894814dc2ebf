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
mod layout;
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
    let parsed = on_parser_stack(source.len(), || {
        parse_unchecked(source, ParseOptions::from(parse_mode))
    });
    let result = if !parsed.errors().is_empty() {
        Err(error::from_parse_errors(&src, parsed.errors()))
    } else {
        match parsed.syntax() {
            Mod::Module(m) => symtable::build(&src, symtable::Body::Module(&m.body), m.range)
                .and_then(|table| {
                    let mut c = Compiler::new(&src, filename, table);
                    c.interactive = mode == Mode::Single;
                    c.compile_module(&m.body)
                }),
            Mod::Expression(e) => symtable::build(&src, symtable::Body::Expr(&e.body), e.range)
                .and_then(|table| {
                    let mut c = Compiler::new(&src, filename, table);
                    c.compile_expression(&e.body)
                }),
        }
    };
    // Dropping the AST recurses as deep as it nests, like parsing.
    on_parser_stack(source.len(), move || drop(parsed));
    result
}

/// Sources up to this size are parsed on the calling thread; they cannot
/// nest deeply enough to exhaust even a small thread stack.
const INLINE_PARSE_LIMIT: usize = 1024;
/// Stack for parsing larger sources: the parser recurses as deep as the
/// source nests (CPython stops at ~3000 levels; deeper input is rejected
/// after parsing, see `symtable::MAX_DEPTH`).
const PARSER_STACK: usize = 256 << 20;

/// Runs `f` (parsing, or dropping the AST) on a thread with a large stack
/// when the source is large; no VM state is touched there.
fn on_parser_stack<T: Send>(source_len: usize, f: impl FnOnce() -> T + Send) -> T {
    if source_len <= INLINE_PARSE_LIMIT {
        return f();
    }
    std::thread::scope(|s| {
        let worker = std::thread::Builder::new()
            .name("weft-parser".into())
            .stack_size(PARSER_STACK)
            .spawn_scoped(s, f);
        match worker {
            Ok(h) => h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)),
            Err(e) => panic!("cannot start the parser thread: {e}"),
        }
    })
}

/// Optimizes, assembles and allocates the code object of a finished unit.
pub(crate) fn finish_unit(u: Unit, filename: &str, table: &SymbolTable) -> Gc<CodeObj> {
    let scope = &table.scopes[u.scope];
    let nlocals = u.fast.len() as u32;
    let nargs = scope.params.len() as u32;
    let mut seq = u.seq;
    peephole::optimize(&mut seq, &u.consts);
    layout::push_cold_to_end(&mut seq);
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
