//! What both dispatch backends share: the interpreter's registers for the
//! running frame (`Regs`), how a handler ends (`Flow`), instruction fetch,
//! and the macros the handlers are written with.

use crate::atomics::CodeUnits;
#[cfg(not(feature = "tail-call"))]
use crate::atomics::{unit_arg, unit_op};
#[cfg(not(feature = "tail-call"))]
use crate::isa::Op;
use crate::object::Gc;
use crate::objects::code::CodeObj;
use crate::objects::dict::DictObj;
use crate::runtime::errors::PyErr;
use crate::runtime::frame::Frame;
use crate::runtime::thread::Thread;
use crate::runtime::PyResult;
use crate::specialize::Cache;
use crate::value::Value;

#[derive(Clone, Copy)]
/// The running frame as the handlers see it: a copy of the top `Frame`
/// plus the instruction pointer. Reloaded from the thread after every
/// frame transition (`Flow::Frame`).
pub struct Regs<'a> {
    /// Index of the running frame in `ts.frames`.
    pub fidx: usize,
    pub code: &'a CodeObj,
    /// The thread's bytecode copy of `code`.
    pub units: &'a CodeUnits,
    /// Index of `localsplus[0]` in the value stack.
    pub base: usize,
    /// Unit index of the next instruction.
    pub pc: usize,
    /// Unit index of the running instruction's opcode.
    pub lasti: usize,
    /// High oparg bits from EXTENDED_ARG prefixes.
    pub ext: u32,
    /// The frame's `globals` and `builtins`.
    pub globals: Gc<DictObj>,
    pub builtins: Gc<DictObj>,
}

/// How a handler ended: what the backend does next.
pub enum Flow {
    /// Run the instruction at `pc`.
    Next,
    /// A specialized member's guard failed and nothing changed: run the
    /// family head (`op.deopt()`) on the same stack and oparg.
    Miss,
    /// The frame stack changed (a call, a return, a yield, a handled
    /// exception in the caller): reload the registers from the top frame.
    Frame,
    /// Raise in the running frame: `reraise` keeps the traceback as is.
    Raise(PyErr, bool),
    /// Leave `eval::run` (its entry frame returned or yielded, or an
    /// exception escaped it).
    Exit(PyResult<Value>),
}

impl<'a> Regs<'a> {
    /// The registers of the thread's top frame.
    #[inline(always)]
    pub fn load(ts: &mut Thread) -> Regs<'a> {
        // Field by field: a whole-`Frame` copy would read `pc` and `lasti`
        // (just written by `save_pc`) as one wide load, which stalls.
        let fidx = ts.frames.len() - 1;
        let code_gc = ts.frames[fidx].code;
        let units = ts.units_of(code_gc);
        let frame = &ts.frames[fidx];
        Regs {
            fidx,
            code: code_gc.get(),
            units,
            base: frame.base,
            pc: frame.pc,
            lasti: frame.pc,
            ext: 0,
            globals: frame.globals,
            builtins: frame.builtins,
        }
    }

    /// Fetches the instruction at `pc` (a relaxed load) and steps past it
    /// and its caches: the opcode and its full oparg. (The tail-call
    /// backend passes the position in its calls instead.)
    #[cfg(not(feature = "tail-call"))]
    #[inline(always)]
    pub fn fetch(&mut self) -> (Op, u32) {
        self.lasti = self.pc;
        let unit = self.units.fetch(self.pc);
        let arg = self.ext | unit_arg(unit) as u32;
        self.ext = 0;
        let op = Op::from_u8(unit_op(unit)).expect("invalid opcode");
        self.pc += 1 + op.cache_entries();
        (op, arg)
    }

    /// Records where the frame is, for anything that may look at it
    /// (tracebacks, generators, a nested call that raises).
    #[inline(always)]
    pub fn save_pc(&self, ts: &mut Thread) {
        let f = &mut ts.frames[self.fidx];
        f.pc = self.pc;
        f.lasti = self.lasti;
    }

    /// A copy of the running frame, for the instructions that need more of
    /// it than the registers hold.
    #[inline(always)]
    pub fn frame(&self, ts: &Thread) -> Frame {
        ts.frames[self.fidx]
    }

    /// The running instruction's inline caches.
    #[inline(always)]
    pub fn cache(&self) -> Cache<'a> {
        Cache::new(self.units, self.lasti)
    }

    /// `co_names[i]`.
    #[inline(always)]
    pub fn name(&self, i: u32) -> Value {
        self.code.names[i as usize]
    }
}

/// Ends a handler that raised or exits, out of the hot path: unwinds (the
/// caller then reloads the registers), or returns `Some` to leave
/// `eval::run`. `fidx` and `lasti` are the running frame's.
#[cold]
#[inline(never)]
pub fn settle(ts: &mut Thread, fidx: usize, lasti: usize, flow: Flow) -> Option<PyResult<Value>> {
    match flow {
        Flow::Next | Flow::Miss | Flow::Frame => None,
        Flow::Raise(e, reraise) => {
            ts.frames[fidx].lasti = lasti;
            super::unwind::unwind(ts, e, reraise).err().map(Err)
        }
        Flow::Exit(v) => Some(v),
    }
}

macro_rules! pop {
    ($ts:expr) => {
        $ts.stack.pop().expect("value stack underflow")
    };
}

macro_rules! top {
    ($ts:expr) => {
        *$ts.stack.last().expect("value stack underflow")
    };
}

/// Stack slot `n` from the top (1 = top).
macro_rules! peek {
    ($ts:expr, $n:expr) => {
        $ts.stack[$ts.stack.len() - $n]
    };
}

/// `?` for handlers: an error raises in the running frame.
macro_rules! tri {
    ($e:expr) => {
        match $e {
            Ok(v) => v,
            Err(e) => return $crate::eval::regs::Flow::Raise(e, false),
        }
    };
}

/// A family head: count down, and when the counter triggers try to
/// specialize; on success run the instruction again as the new member.
macro_rules! adaptive {
    ($ts:ident, $r:ident, $head:expr, $arg:ident, $c:ident => $attempt:expr) => {
        if $ts.specializing {
            let $c = $r.cache();
            let counter = $c.counter();
            if $crate::specialize::backoff::triggers(counter) {
                let before = $c.op();
                let outcome = $attempt;
                $crate::specialize::finish($ts, $c, before, outcome);
                if $c.op().is_specialized() {
                    $r.pc = $r.lasti;
                    $r.ext = $arg & !0xFF;
                    return $crate::eval::regs::Flow::Next;
                }
            } else {
                $c.set_counter($crate::specialize::backoff::advance(counter));
            }
        }
        if let Some(s) = $ts.stats.as_deref_mut() {
            s.generic($head);
        }
    };
}
