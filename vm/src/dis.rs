//! A disassembler for code objects, modelled on CPython 3.11's `dis`
//! output, in a stable format (no addresses) used by the golden tests.
//!
//! ```text
//! Disassembly of <code object NAME at FILE:FIRSTLINE>:
//! -- flags: OPTIMIZED|NEWLOCALS, args: 1 (posonly 0, kwonly 0), stacksize: 2
//! -- localsplus: 0 a (arg), 1 b (local,cell), 2 c (free)
//!   3           0 RESUME                   0
//!
//!   4           2 LOAD_FAST                0 (a)
//!          >>   4 ...
//! ExceptionTable:
//!   4 to 12 -> 40 [0]
//!   40 to 46 -> 60 [1] lasti
//! ```
//! Columns: source line at the first instruction of each line (`--` for
//! instructions without a location), `>>` on jump targets, byte offset
//! (2 × unit index), opname, oparg, and a description. CACHE units are
//! hidden; EXTENDED_ARG prefixes are shown. Exception-table offsets are
//! bytes, the end exclusive. Nested code objects follow their parent.

mod repr;

use crate::isa::{ArgKind, Op, BINARY_OP_NAMES, COMPARE_OP_NAMES};
use crate::object::Gc;
use crate::objects::code::*;
pub use repr::{const_repr, float_repr, str_repr};
use std::fmt::Write;

static DIS_AFTER: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
/// The `__main__` code object, kept for `-X dis-after` (a permanent root).
static MAIN_CODE: parking_lot::Mutex<Option<Gc<CodeObj>>> = parking_lot::Mutex::new(None);

/// `-X dis-after`: print the main module's code, as the run left its
/// bytecode (the main thread's copy, with specialized instructions).
pub fn set_dis_after(on: bool) {
    DIS_AFTER.store(on, std::sync::atomic::Ordering::Relaxed);
}

pub fn dis_after() -> bool {
    DIS_AFTER.load(std::sync::atomic::Ordering::Relaxed)
}

/// Records the first `__main__` code object run (only with `-X dis-after`).
pub fn remember_main(code: Gc<CodeObj>) {
    if dis_after() {
        let mut m = MAIN_CODE.lock();
        if m.is_none() {
            crate::runtime::globals::add_permanent(code.value());
            *m = Some(code);
        }
    }
}

/// The disassembly `-X dis-after` prints at exit, if any.
pub fn main_after_run() -> Option<String> {
    MAIN_CODE.lock().map(disassemble)
}

pub fn disassemble(code: Gc<CodeObj>) -> String {
    let mut out = String::new();
    dis_code(code, &mut out, true);
    out
}

fn code_header(c: &CodeObj) -> String {
    format!(
        "<code object {} at {}:{}>",
        c.name.as_str().unwrap_or("?"),
        c.filename.as_str().unwrap_or("?"),
        c.firstlineno
    )
}

fn flag_names(flags: u32) -> String {
    let names = [
        (CO_OPTIMIZED, "OPTIMIZED"),
        (CO_NEWLOCALS, "NEWLOCALS"),
        (CO_VARARGS, "VARARGS"),
        (CO_VARKEYWORDS, "VARKEYWORDS"),
        (CO_NESTED, "NESTED"),
        (CO_GENERATOR, "GENERATOR"),
        (CO_COROUTINE, "COROUTINE"),
        (CO_ASYNC_GENERATOR, "ASYNC_GENERATOR"),
    ];
    let v: Vec<&str> = names
        .iter()
        .filter(|(f, _)| flags & f != 0)
        .map(|(_, n)| *n)
        .collect();
    if v.is_empty() {
        "0".to_string()
    } else {
        v.join("|")
    }
}

fn dis_code(code: Gc<CodeObj>, out: &mut String, first: bool) {
    let c: &CodeObj = code.get();
    if !first {
        out.push('\n');
    }
    let _ = writeln!(out, "Disassembly of {}:", code_header(c));
    let _ = writeln!(
        out,
        "-- flags: {}, args: {} (posonly {}, kwonly {}), stacksize: {}",
        flag_names(c.flags),
        c.argcount,
        c.posonlyargcount,
        c.kwonlyargcount,
        c.stacksize
    );
    if !c.localsplus_names.is_empty() {
        let parts: Vec<String> = c
            .localsplus_names
            .iter()
            .zip(c.localsplus_kinds.iter())
            .enumerate()
            .map(|(i, (n, k))| {
                let mut kinds = Vec::new();
                if k & KIND_ARG != 0 {
                    kinds.push("arg");
                } else if k & KIND_LOCAL != 0 {
                    kinds.push("local");
                }
                if k & KIND_CELL != 0 {
                    kinds.push("cell");
                }
                if k & KIND_FREE != 0 {
                    kinds.push("free");
                }
                format!("{i} {} ({})", n.as_str().unwrap_or("?"), kinds.join(","))
            })
            .collect();
        let _ = writeln!(out, "-- localsplus: {}", parts.join(", "));
    }
    let units = c.units.snapshot();
    // Decode instructions: (start unit, op, full arg, end unit incl. caches).
    let mut instrs = Vec::new();
    let mut i = 0;
    let mut ext: u32 = 0;
    let mut start = 0;
    while i < units.len() {
        let u = units[i];
        let op = Op::from_u8(crate::atomics::unit_op(u)).unwrap_or(Op::NOP);
        let arg = ext << 8 | crate::atomics::unit_arg(u) as u32;
        if op == Op::EXTENDED_ARG {
            instrs.push((i, op, crate::atomics::unit_arg(u) as u32, i + 1));
            ext = arg;
            i += 1;
            continue;
        }
        let end = i + 1 + op.cache_entries();
        instrs.push((i, op, arg, end));
        ext = 0;
        let _ = start;
        i = end;
        start = i;
    }
    let targets: std::collections::HashSet<usize> = instrs
        .iter()
        .filter_map(|&(_, op, arg, end)| jump_target(op, arg, end))
        .collect();
    let mut prev_line: Option<u32> = None;
    for &(pos, op, arg, end) in &instrs {
        let line = c.location(pos).line;
        let mut lineno = "   ".to_string();
        if prev_line != Some(line) {
            if prev_line.is_some() {
                out.push('\n');
            }
            lineno = if line == 0 {
                " --".to_string()
            } else {
                format!("{line:>3}")
            };
            prev_line = Some(line);
        }
        let marker = if targets.contains(&pos) { ">>" } else { "  " };
        let mut fields = format!("{lineno}      {marker} {:>4} {:<24}", pos * 2, op.name());
        if op.has_arg() {
            let _ = write!(fields, " {arg:>4}");
            let desc = describe(c, op, arg, end);
            if !desc.is_empty() {
                let _ = write!(fields, " ({desc})");
            }
        }
        let _ = writeln!(out, "{}", fields.trim_end());
    }
    if !c.exception_table.is_empty() {
        let _ = writeln!(out, "ExceptionTable:");
        for e in c.exception_table.iter() {
            let lasti = if e.push_lasti { " lasti" } else { "" };
            let _ = writeln!(
                out,
                "  {} to {} -> {} [{}]{}",
                e.start * 2,
                e.end * 2,
                e.target * 2,
                e.depth,
                lasti
            );
        }
    }
    for &k in c.consts.iter() {
        if let Some(child) = k.downcast::<CodeObj>() {
            dis_code(child, out, false);
        }
    }
}

fn jump_target(op: Op, arg: u32, end: usize) -> Option<usize> {
    match op.arg_kind() {
        ArgKind::JumpForward => Some(end + arg as usize),
        ArgKind::JumpBackward => Some(end.saturating_sub(arg as usize)),
        _ => None,
    }
}

fn local_name(c: &CodeObj, i: u32) -> String {
    c.localsplus_names
        .get(i as usize)
        .and_then(|v| v.as_str())
        .unwrap_or("?")
        .to_string()
}

fn name(c: &CodeObj, i: u32) -> String {
    c.names
        .get(i as usize)
        .and_then(|v| v.as_str())
        .unwrap_or("?")
        .to_string()
}

fn describe(c: &CodeObj, op: Op, arg: u32, end: usize) -> String {
    match op.arg_kind() {
        ArgKind::None | ArgKind::Plain => match op {
            Op::SET_FUNCTION_ATTRIBUTE => match arg {
                1 => "defaults",
                2 => "kwdefaults",
                4 => "annotations",
                8 => "closure",
                _ => "",
            }
            .to_string(),
            Op::CONVERT_VALUE => ["", "str", "repr", "ascii"]
                .get(arg as usize)
                .unwrap_or(&"")
                .to_string(),
            Op::IS_OP => if arg == 0 { "is" } else { "is not" }.to_string(),
            Op::CONTAINS_OP => if arg == 0 { "in" } else { "not in" }.to_string(),
            Op::LOAD_COMMON_CONSTANT => ["AssertionError", "NotImplementedError"]
                .get(arg as usize)
                .unwrap_or(&"")
                .to_string(),
            Op::COPY_FREE_VARS | Op::RESUME | Op::EXTENDED_ARG => String::new(),
            _ => String::new(),
        },
        ArgKind::Const => c
            .consts
            .get(arg as usize)
            .map_or("?".to_string(), |&v| const_repr(v)),
        ArgKind::Name => name(c, arg),
        ArgKind::GlobalName => {
            let n = name(c, arg >> 1);
            if arg & 1 != 0 {
                format!("{n} + NULL")
            } else {
                n
            }
        }
        ArgKind::AttrName => {
            let n = name(c, arg >> 1);
            if arg & 1 != 0 {
                format!("{n} + NULL|self")
            } else {
                n
            }
        }
        ArgKind::Local | ArgKind::Deref => local_name(c, arg),
        ArgKind::LocalPair => format!("{}, {}", local_name(c, arg >> 4), local_name(c, arg & 15)),
        ArgKind::LocalConst => format!(
            "{}, {}",
            local_name(c, arg >> 4),
            c.consts
                .get((arg & 15) as usize)
                .map_or("?".to_string(), |&v| const_repr(v))
        ),
        ArgKind::JumpForward | ArgKind::JumpBackward => {
            format!("to {}", jump_target(op, arg, end).unwrap_or(0) * 2)
        }
        ArgKind::Compare => COMPARE_OP_NAMES
            .get(arg as usize)
            .unwrap_or(&"?")
            .to_string(),
        ArgKind::BinaryOp => BINARY_OP_NAMES
            .get(arg as usize)
            .unwrap_or(&"?")
            .to_string(),
        ArgKind::Intrinsic => match arg {
            1 => "INTRINSIC_PRINT",
            2 => "INTRINSIC_IMPORT_STAR",
            3 => "INTRINSIC_STOPITERATION_ERROR",
            5 => "INTRINSIC_UNARY_POSITIVE",
            6 => "INTRINSIC_LIST_TO_TUPLE",
            _ => "?",
        }
        .to_string(),
    }
}
