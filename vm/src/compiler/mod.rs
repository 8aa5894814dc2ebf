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
//! Sources over 1 KiB are parsed (and their AST dropped) on a helper thread
//! with a large stack; deeper nesting than `symtable::MAX_DEPTH` is a
//! SyntaxError ("maximum recursion depth exceeded during compilation").
//!
//! # Contract with the eval loop (beyond the stack effects in `isa.rs`)
//! * Layout: `localsplus` = arguments (posonly, normal, kwonly, `*args`,
//!   `**kwargs`), other fast locals, cells that are not arguments (sorted by
//!   name), free variables (sorted). An argument that is a cell keeps its
//!   slot (KIND_ARG|KIND_LOCAL|KIND_CELL). `argcount` includes posonly.
//! * Prologue: `COPY_FREE_VARS n`, `MAKE_CELL i`…, generators
//!   `RETURN_GENERATOR; POP_TOP`, then `RESUME 0`. The first resumption of a
//!   generator pushes the sent value (None), which that POP_TOP discards
//!   (so RETURN_GENERATOR is treated as `(-- v)` when computing stacksize).
//! * Every generator body is covered by a handler (depth 0, lasti) running
//!   `CALL_INTRINSIC_1 3; RERAISE 1` (StopIteration → RuntimeError).
//! * `YIELD_VALUE 0` is a plain yield, `YIELD_VALUE 1` the one inside a
//!   `yield from` loop; `RESUME 1` follows a yield, `RESUME 2` a yield from.
//!   yield from: `GET_YIELD_FROM_ITER; LOAD_CONST None; L: SEND exit;
//!   YIELD_VALUE 1 (handler depth base+2, no lasti → CLEANUP_THROW);
//!   RESUME 2; JUMP_BACKWARD L; CLEANUP_THROW; exit: END_SEND`. A `throw()`
//!   into a generator suspended there must resume with `[receiver, None]`
//!   on the stack, as CPython pushes the sent value before raising.
//! * `CALL n` with a non-NULL self_or_null passes it as the first positional
//!   argument of any callable: `with` exits call `exit(None, None, None)` as
//!   `LOAD_CONST None ×3; CALL 2`, and `assert x, msg` builds its exception
//!   as `LOAD_COMMON_CONSTANT 0; <msg>; CALL 0`.
//! * `RERAISE n` (n > 0): the lasti to restore is the n-th item below the
//!   exception (`stack[-1 - n]`), as CPython's `RERAISE(values[oparg], exc)`:
//!   `RERAISE 1` in `COPY 3; POP_EXCEPT; RERAISE 1`, `RERAISE 2` in the
//!   `with` exit (`[exit lasti prev_exc exc]`).
//! * Conditional jumps accept any value (truthiness). `TO_BOOL` is emitted
//!   before them (a specialization point), except after instructions that
//!   already push a bool (COMPARE_OP, IS_OP, CONTAINS_OP, UNARY_NOT,
//!   CHECK_EXC_MATCH) and in chained comparisons.
//! * `CALL_FUNCTION_EX` always gets an exact tuple (built with LIST_EXTEND +
//!   `CALL_INTRINSIC_1 6`, or a constant `()`) and, with oparg 1, a fresh
//!   dict (`BUILD_MAP`/`DICT_MERGE 1`).
//! * Constant 0 of every `def`/`lambda` code object is its docstring (a str)
//!   or None. Annotations are a flat tuple `(name, value, …)` passed with
//!   `SET_FUNCTION_ATTRIBUTE 4`.
//! * Comprehensions are functions called as `<function>; PUSH_NULL;
//!   <iterable>; GET_ITER; CALL 1`, taking the iterator as argument `.0`.
//! * Class bodies: `LOAD_NAME __name__; STORE_NAME __module__; LOAD_CONST
//!   qualname; STORE_NAME __qualname__`, and end with `LOAD_FAST <__class__
//!   cell slot>; COPY 1; STORE_NAME __classcell__; RETURN_VALUE` when a
//!   method uses `super`/`__class__` (zero-argument `super()` is a plain
//!   call; the runtime finds `__class__` among the caller's free variables
//!   and the first argument in localsplus slot 0), else `RETURN_CONST None`.
//! * Exception handlers, code reachable only through the exception table,
//!   are laid out after the normal code (see `layout.rs`).

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
        units: {
            let mut units = asm.units.clone();
            crate::specialize::quicken(&mut units);
            crate::atomics::CodeUnits::new(&units)
        },
        tlbc: Default::default(),
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
