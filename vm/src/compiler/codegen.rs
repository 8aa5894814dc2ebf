//! The code generator: walks the AST with the symbol table and emits
//! instructions (`ir::Seq`) per code object, following CPython 3.13's
//! `Python/codegen.c` shapes adapted to Weft's ISA (see `isa.rs`).
//!
//! One `Unit` per code object being compiled; nested function, class,
//! lambda and comprehension bodies push a unit, and popping it assembles a
//! `CodeObj` that becomes a constant of the parent.

mod assign;
mod asyncs;
mod call;
mod comprehension;
mod exceptions;
mod expr;
mod fstring;
mod function;
mod import;
mod pattern;
mod pattern_kinds;
mod stmt;
mod unwind;

use super::consts::{Const, ConstPool, NameSet};
use super::error::CompileError;
use super::ir::{Label, Seq};
use super::source::SourceMap;
use super::symtable::{mangle, ScopeId, ScopeKind, SymScope, SymbolTable};
use crate::isa::Op;
use crate::object::Gc;
use crate::objects::code::{CodeObj, Location};
use ruff_text_size::TextRange;
use std::collections::HashMap;
pub use unwind::{FBlock, FBlockKind};

pub type CResult<T = ()> = Result<T, CompileError>;

/// Per-code-object compilation state.
pub struct Unit<'a> {
    pub scope: ScopeId,
    pub kind: ScopeKind,
    pub seq: Seq,
    pub consts: ConstPool,
    pub names: NameSet,
    /// Fast locals (arguments first).
    pub fast: NameSet,
    pub cells: Vec<String>,
    pub frees: Vec<String>,
    /// localsplus index of every cell and free variable.
    pub deref: HashMap<String, u32>,
    pub name: String,
    pub qualname: String,
    pub firstlineno: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    pub fblocks: Vec<FBlock<'a>>,
    pub private: Option<String>,
    pub loc: Location,
    /// Generators: the handler label of the StopIteration → RuntimeError wrapper.
    pub gen_handler: Option<Label>,
}

pub struct Compiler<'a> {
    pub src: &'a SourceMap<'a>,
    pub filename: &'a str,
    pub table: SymbolTable,
    pub units: Vec<Unit<'a>>,
    pub interactive: bool,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Ctx {
    Load,
    Store,
    Del,
}

impl<'a> Compiler<'a> {
    pub fn new(src: &'a SourceMap<'a>, filename: &'a str, table: SymbolTable) -> Compiler<'a> {
        Compiler {
            src,
            filename,
            table,
            units: Vec::new(),
            interactive: false,
        }
    }

    // ---- units ----

    pub fn u(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().expect("a unit is open")
    }
    pub fn ur(&self) -> &Unit<'a> {
        self.units.last().expect("a unit is open")
    }

    /// Opens a code object for scope `scope`.
    pub fn enter_unit(&mut self, scope: ScopeId, name: &str, qualname: String, range: TextRange) {
        let s = &self.table.scopes[scope];
        let kind = s.kind;
        let mut fast = NameSet::default();
        for n in s.fast_locals() {
            fast.add(&n);
        }
        let cells = s.cellvars();
        let frees = s.freevars();
        let nlocals = fast.len() as u32;
        let mut deref = HashMap::new();
        let mut next = nlocals;
        for c in &cells {
            let slot = match fast.get(c) {
                Some(i) => i,
                None => {
                    next += 1;
                    next - 1
                }
            };
            deref.insert(c.clone(), slot);
        }
        for f in &frees {
            deref.insert(f.clone(), next);
            next += 1;
        }
        let private = match kind {
            ScopeKind::Class => Some(name.to_string()),
            _ => self.units.last().and_then(|u| u.private.clone()),
        };
        let loc = self.src.location(range);
        let firstlineno = loc.line;
        self.units.push(Unit {
            scope,
            kind,
            seq: Seq::default(),
            consts: ConstPool::default(),
            names: NameSet::default(),
            fast,
            cells,
            frees,
            deref,
            name: name.to_string(),
            qualname,
            firstlineno,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            flags: 0,
            fblocks: Vec::new(),
            private,
            gen_handler: None,
            loc: Location {
                line: firstlineno,
                end_line: firstlineno,
                col: loc.col,
                end_col: loc.col,
            },
        });
    }

    /// Emits the prologue: COPY_FREE_VARS, MAKE_CELLs, RETURN_GENERATOR, RESUME.
    pub fn prologue(&mut self) {
        let u = self.u();
        let nofree = Location::default();
        if !u.frees.is_empty() {
            let n = u.frees.len() as u32;
            u.seq.emit(Op::COPY_FREE_VARS, n, nofree);
        }
        let mut cell_slots: Vec<u32> = u.cells.iter().map(|c| u.deref[c]).collect();
        cell_slots.sort();
        for slot in cell_slots {
            u.seq.emit(Op::MAKE_CELL, slot, nofree);
        }
        let loc = u.loc;
        if u.flags & crate::objects::code::CO_GENERATOR_LIKE != 0 {
            u.seq.emit(Op::RETURN_GENERATOR, 0, loc);
            u.seq.emit(Op::POP_TOP, 0, loc);
            let h = u.seq.new_label();
            u.seq.push_handler(h, true);
            u.gen_handler = Some(h);
        }
        u.seq.emit(Op::RESUME, 0, loc);
    }

    /// Closes the current unit and builds its code object.
    pub fn exit_unit(&mut self) -> CResult<Gc<CodeObj>> {
        let u = self.units.pop().expect("a unit is open");
        Ok(super::finish_unit(u, self.filename, &self.table))
    }

    /// The qualified name of a new child scope called `name`.
    pub fn qualname_for(&self, name: &str, kind: ScopeKind) -> String {
        let Some(parent) = self.units.last() else {
            return name.to_string();
        };
        if parent.kind == ScopeKind::Module {
            return name.to_string();
        }
        // A `global` name defined in a nested scope keeps its bare qualname.
        if matches!(kind, ScopeKind::Function | ScopeKind::Class) {
            let mangled = mangle(parent.private.as_deref(), name);
            if self.table.scopes[parent.scope].lookup(&mangled) == SymScope::GlobalExplicit {
                return name.to_string();
            }
        }
        if matches!(
            parent.kind,
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension
        ) {
            format!("{}.<locals>.{}", parent.qualname, name)
        } else {
            format!("{}.{}", parent.qualname, name)
        }
    }

    // ---- emission ----

    pub fn emit(&mut self, op: Op, arg: u32) {
        let u = self.u();
        let loc = u.loc;
        u.seq.emit(op, arg, loc);
    }
    pub fn emit0(&mut self, op: Op) {
        self.emit(op, 0)
    }
    pub fn emit_noloc(&mut self, op: Op, arg: u32) {
        self.u().seq.emit(op, arg, Location::default());
    }
    pub fn jump(&mut self, op: Op, target: Label) {
        let u = self.u();
        let loc = u.loc;
        u.seq.emit_jump(op, target, loc);
    }
    pub fn jump_noloc(&mut self, op: Op, target: Label) {
        self.u().seq.emit_jump(op, target, Location::default());
    }
    pub fn new_label(&mut self) -> Label {
        self.u().seq.new_label()
    }
    pub fn bind(&mut self, l: Label) {
        self.u().seq.bind(l)
    }
    pub fn push_handler(&mut self, target: Label, lasti: bool) {
        self.u().seq.push_handler(target, lasti)
    }
    pub fn pop_handler(&mut self) {
        self.u().seq.pop_handler()
    }

    /// Sets the current location to `range`, returning the previous one.
    pub fn set_loc(&mut self, range: TextRange) -> Location {
        let loc = self.src.location(range);
        std::mem::replace(&mut self.u().loc, loc)
    }
    pub fn restore_loc(&mut self, loc: Location) {
        self.u().loc = loc;
    }
    pub fn no_loc(&mut self) -> Location {
        std::mem::take(&mut self.u().loc)
    }

    pub fn error(&self, range: TextRange, msg: impl Into<String>) -> CompileError {
        CompileError::at(self.src, range, msg)
    }

    pub fn add_const(&mut self, c: Const) -> u32 {
        self.u().consts.add(c)
    }
    pub fn load_const(&mut self, c: Const) {
        let i = self.add_const(c);
        self.emit(Op::LOAD_CONST, i);
    }
    pub fn add_name(&mut self, name: &str) -> u32 {
        self.u().names.add(name)
    }
    pub fn mangle<'n>(&self, name: &'n str) -> std::borrow::Cow<'n, str> {
        mangle(self.ur().private.as_deref(), name)
    }

    // ---- names ----

    /// Load, store or delete a variable (CPython's `compiler_nameop`).
    pub fn nameop(&mut self, name: &str, ctx: Ctx) {
        let mangled = self.mangle(name).into_owned();
        let u = self.ur();
        let scope = &self.table.scopes[u.scope];
        let sym = scope.lookup(&mangled);
        let function_like = scope.is_function_like();
        match sym {
            SymScope::Free | SymScope::Cell => {
                let slot = u.deref[&mangled];
                match ctx {
                    Ctx::Load if u.kind == ScopeKind::Class => {
                        self.emit0(Op::LOAD_LOCALS);
                        self.emit(Op::LOAD_FROM_DICT_OR_DEREF, slot);
                    }
                    Ctx::Load => self.emit(Op::LOAD_DEREF, slot),
                    Ctx::Store => self.emit(Op::STORE_DEREF, slot),
                    Ctx::Del => self.emit(Op::DELETE_DEREF, slot),
                }
            }
            SymScope::Local if function_like => {
                let slot = u.fast.get(&mangled).expect("local has a slot");
                let op = match ctx {
                    Ctx::Load => Op::LOAD_FAST,
                    Ctx::Store => Op::STORE_FAST,
                    Ctx::Del => Op::DELETE_FAST,
                };
                self.emit(op, slot);
            }
            SymScope::GlobalImplicit if function_like => self.global_op(&mangled, ctx),
            SymScope::GlobalExplicit => self.global_op(&mangled, ctx),
            _ => {
                let i = self.add_name(&mangled);
                let op = match ctx {
                    Ctx::Load => Op::LOAD_NAME,
                    Ctx::Store => Op::STORE_NAME,
                    Ctx::Del => Op::DELETE_NAME,
                };
                self.emit(op, i);
            }
        }
    }

    fn global_op(&mut self, name: &str, ctx: Ctx) {
        let i = self.add_name(name);
        match ctx {
            Ctx::Load => self.emit(Op::LOAD_GLOBAL, i << 1),
            Ctx::Store => self.emit(Op::STORE_GLOBAL, i),
            Ctx::Del => self.emit(Op::DELETE_GLOBAL, i),
        }
    }

    /// Whether a name load would be a `LOAD_GLOBAL` (so it can push NULL itself).
    pub fn is_global_load(&self, name: &str) -> bool {
        let mangled = self.mangle(name);
        let u = self.ur();
        let scope = &self.table.scopes[u.scope];
        match scope.lookup(&mangled) {
            SymScope::GlobalExplicit => true,
            SymScope::GlobalImplicit => scope.is_function_like(),
            _ => false,
        }
    }

    /// The constant value of an expression, after folding.
    pub fn const_of(&self, e: &ruff_python_ast::Expr) -> Option<Const> {
        super::fold::const_of(e)
    }

    /// Whether the current code is a function body (not module/class level).
    pub fn in_function(&self) -> bool {
        self.table.scopes[self.ur().scope].is_function_like()
    }
}
