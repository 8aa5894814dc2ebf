//! Code objects: the compiler's output and the eval loop's input.

use crate::atomics::CodeUnits;
use crate::heap::kinds::Trace;
use crate::heap::Tracer;
use crate::value::Value;

pub const CO_OPTIMIZED: u32 = 0x1;
pub const CO_NEWLOCALS: u32 = 0x2;
pub const CO_VARARGS: u32 = 0x4;
pub const CO_VARKEYWORDS: u32 = 0x8;
pub const CO_NESTED: u32 = 0x10;
pub const CO_GENERATOR: u32 = 0x20;
pub const CO_COROUTINE: u32 = 0x100;
pub const CO_ASYNC_GENERATOR: u32 = 0x200;
/// Code that runs as a generator-like object (RETURN_GENERATOR prologue).
pub const CO_GENERATOR_LIKE: u32 = CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR;

/// Kinds of a `localsplus` slot (bit flags, as CPython's `co_localspluskinds`).
pub const KIND_LOCAL: u8 = 0x20;
pub const KIND_CELL: u8 = 0x40;
pub const KIND_FREE: u8 = 0x80;
pub const KIND_ARG: u8 = 0x08;

/// Source position of one code unit (PEP 626: every instruction maps to a
/// line and a column range). `line == 0` means "no location".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Location {
    pub line: u32,
    pub end_line: u32,
    pub col: u16,
    pub end_col: u16,
}

/// One exception-table entry: units in `start..end` jump to `target` with
/// the value stack cut to `depth` (plus the offset of the raising unit when
/// `push_lasti`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExceptionEntry {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub depth: u32,
    pub push_lasti: bool,
}

pub struct CodeObj {
    /// The main bytecode copy (TLBC index 0).
    pub units: CodeUnits,
    /// Copies for the other TLBC indices, created at first use.
    pub tlbc: crate::tlbc::TlbcCopies,
    pub consts: Box<[Value]>,
    /// Names used by global/attribute/import instructions (interned strs).
    pub names: Box<[Value]>,
    pub localsplus_names: Box<[Value]>,
    pub localsplus_kinds: Box<[u8]>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    pub stacksize: u32,
    /// Number of local variable slots (args first), then cells, then frees.
    pub nlocals: u32,
    pub ncells: u32,
    pub nfrees: u32,
    pub name: Value,
    pub qualname: Value,
    pub filename: Value,
    pub firstlineno: u32,
    /// One entry per code unit (cache units repeat their instruction's).
    pub locations: Box<[Location]>,
    pub exception_table: Box<[ExceptionEntry]>,
}

impl CodeObj {
    /// The bytecode copy that TLBC index `index` runs.
    #[inline(always)]
    pub fn units_for(&self, index: usize) -> &CodeUnits {
        if index == 0 {
            &self.units
        } else {
            self.tlbc.get(index, &self.units)
        }
    }
}

impl Trace for CodeObj {
    fn trace(&self, t: &mut Tracer) {
        t.values(&self.consts);
        t.values(&self.names);
        t.values(&self.localsplus_names);
        t.values(&[self.name, self.qualname, self.filename]);
    }
}

impl CodeObj {
    #[inline]
    pub fn nlocalsplus(&self) -> usize {
        self.localsplus_names.len()
    }
    pub fn total_args(&self) -> usize {
        let mut n = (self.argcount + self.kwonlyargcount) as usize;
        if self.flags & CO_VARARGS != 0 {
            n += 1;
        }
        if self.flags & CO_VARKEYWORDS != 0 {
            n += 1;
        }
        n
    }
    pub fn is_generator_like(&self) -> bool {
        self.flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR) != 0
    }
    pub fn location(&self, unit: usize) -> Location {
        self.locations.get(unit).copied().unwrap_or_default()
    }
    /// The handler for a fault at unit `pc`, if any.
    pub fn handler_for(&self, pc: u32) -> Option<ExceptionEntry> {
        self.exception_table
            .iter()
            .find(|e| e.start <= pc && pc < e.end)
            .copied()
    }
}
