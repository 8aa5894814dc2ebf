//! The value stack, locals, cells and jumps.

#![allow(non_snake_case)]

use super::prelude::*;
use crate::objects::function::{new_cell, FunctionObj};
use crate::ops;

/// Never executed: caches are stepped over by the instruction before them.
/// Reached only through a VM bug (a jump into caches): raises SystemError,
/// as CPython does for an unknown opcode.
#[inline(always)]
pub fn CACHE(_ts: &mut Thread, r: &mut Regs, _arg: u32) -> Flow {
    Flow::Raise(invalid_instruction(r.code, r.lasti), false)
}

#[cold]
#[inline(never)]
fn invalid_instruction(
    code: &crate::objects::code::CodeObj,
    at: usize,
) -> crate::runtime::errors::PyErr {
    crate::runtime::errors::system_error(format!(
        "{}:{}: invalid instruction",
        code.name.as_str().unwrap_or("?"),
        at
    ))
}

#[inline(always)]
pub fn NOP(_ts: &mut Thread, _r: &mut Regs, _arg: u32) -> Flow {
    Flow::Next
}

#[inline(always)]
pub fn EXTENDED_ARG(_ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    r.ext = arg << 8;
    Flow::Next
}

/// Polls the eval breaker (and `-X gc-stress` collects here).
#[inline(always)]
pub fn check_breaker(ts: &mut Thread, r: &mut Regs) -> Flow {
    if ts.breaker.pending() || crate::heap::stress() {
        r.save_pc(ts);
        tri!(crate::runtime::pending::handle_pending(ts));
    }
    Flow::Next
}

#[inline(always)]
pub fn RESUME(ts: &mut Thread, r: &mut Regs, _arg: u32) -> Flow {
    if ts.specializing {
        r.cache().specialize(Op::RESUME_CHECK);
    }
    check_breaker(ts, r)
}

#[inline(always)]
pub fn JUMP_BACKWARD(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    r.pc -= arg as usize;
    check_breaker(ts, r)
}

#[inline(always)]
pub fn JUMP_FORWARD(_ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    r.pc += arg as usize;
    Flow::Next
}

#[inline(always)]
fn pop_jump_if_bool(ts: &mut Thread, r: &mut Regs, arg: u32, when: bool) -> Flow {
    let v = pop!(ts);
    let b = if v == Value::TRUE {
        true
    } else if v == Value::FALSE {
        false
    } else {
        r.save_pc(ts);
        tri!(crate::protocol::truthy(ts, v))
    };
    if b == when {
        r.pc += arg as usize;
    }
    Flow::Next
}

#[inline(always)]
pub fn POP_JUMP_IF_FALSE(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    pop_jump_if_bool(ts, r, arg, false)
}

#[inline(always)]
pub fn POP_JUMP_IF_TRUE(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    pop_jump_if_bool(ts, r, arg, true)
}

#[inline(always)]
pub fn POP_JUMP_IF_NONE(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    if pop!(ts).is_none() {
        r.pc += arg as usize;
    }
    Flow::Next
}

#[inline(always)]
pub fn POP_JUMP_IF_NOT_NONE(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    if !pop!(ts).is_none() {
        r.pc += arg as usize;
    }
    Flow::Next
}

#[inline(always)]
pub fn POP_TOP(ts: &mut Thread, _r: &mut Regs, _arg: u32) -> Flow {
    ts.stack.pop();
    Flow::Next
}

#[inline(always)]
pub fn PUSH_NULL(ts: &mut Thread, _r: &mut Regs, _arg: u32) -> Flow {
    ts.stack.push(Value::NULL);
    Flow::Next
}

#[inline(always)]
pub fn COPY(ts: &mut Thread, _r: &mut Regs, arg: u32) -> Flow {
    let v = peek!(ts, arg as usize);
    ts.stack.push(v);
    Flow::Next
}

#[inline(always)]
pub fn SWAP(ts: &mut Thread, _r: &mut Regs, arg: u32) -> Flow {
    let n = ts.stack.len();
    ts.stack.swap(n - 1, n - arg as usize);
    Flow::Next
}

#[inline(always)]
pub fn LOAD_CONST(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    ts.stack.push(r.code.consts[arg as usize]);
    Flow::Next
}

#[inline(always)]
pub fn LOAD_FAST(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    let v = ts.stack[r.base + arg as usize];
    debug_assert!(!v.is_null(), "LOAD_FAST of an unbound local");
    ts.stack.push(v);
    Flow::Next
}

#[inline(always)]
pub fn LOAD_FAST_CHECK(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    let v = ts.stack[r.base + arg as usize];
    if v.is_null() {
        return Flow::Raise(ops::names::unbound_local(r.code, arg as usize), false);
    }
    ts.stack.push(v);
    Flow::Next
}

#[inline(always)]
pub fn LOAD_FAST_LOAD_FAST(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    let (a, b) = (
        ts.stack[r.base + (arg >> 4) as usize],
        ts.stack[r.base + (arg & 15) as usize],
    );
    ts.stack.push(a);
    ts.stack.push(b);
    Flow::Next
}

#[inline(always)]
pub fn LOAD_FAST_LOAD_CONST(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    let v = ts.stack[r.base + (arg >> 4) as usize];
    debug_assert!(!v.is_null(), "LOAD_FAST of an unbound local");
    ts.stack.push(v);
    ts.stack.push(r.code.consts[(arg & 15) as usize]);
    Flow::Next
}

#[inline(always)]
pub fn STORE_FAST(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    let v = pop!(ts);
    ts.stack[r.base + arg as usize] = v;
    Flow::Next
}

#[inline(always)]
pub fn STORE_FAST_LOAD_FAST(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    let v = pop!(ts);
    ts.stack[r.base + (arg >> 4) as usize] = v;
    let w = ts.stack[r.base + (arg & 15) as usize];
    ts.stack.push(w);
    Flow::Next
}

#[inline(always)]
pub fn STORE_FAST_STORE_FAST(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    let v1 = pop!(ts);
    let v2 = pop!(ts);
    ts.stack[r.base + (arg >> 4) as usize] = v1;
    ts.stack[r.base + (arg & 15) as usize] = v2;
    Flow::Next
}

#[inline(always)]
pub fn DELETE_FAST(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    if ts.stack[r.base + arg as usize].is_null() {
        return Flow::Raise(ops::names::unbound_local(r.code, arg as usize), false);
    }
    ts.stack[r.base + arg as usize] = Value::NULL;
    Flow::Next
}

#[inline(always)]
pub fn MAKE_CELL(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    let slot = r.base + arg as usize;
    ts.stack[slot] = new_cell(ts.stack[slot]);
    Flow::Next
}

#[inline(always)]
pub fn COPY_FREE_VARS(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    let f = ts.frames[r.fidx]
        .func
        .downcast::<FunctionObj>()
        .expect("closure function");
    let cells = f.closure.get();
    let cells = cells.as_tuple().expect("closure tuple");
    let start = r.base + r.code.nlocalsplus() - arg as usize;
    ts.stack[start..start + arg as usize].copy_from_slice(&cells[..arg as usize]);
    Flow::Next
}

#[inline(always)]
pub fn LOAD_DEREF(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    let v = ops::names::cell_at(ts.stack[r.base + arg as usize])
        .value
        .get();
    if v.is_null() {
        return Flow::Raise(ops::names::unbound_deref(r.code, arg as usize), false);
    }
    ts.stack.push(v);
    Flow::Next
}

#[inline(always)]
pub fn STORE_DEREF(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    let v = pop!(ts);
    ops::names::cell_at(ts.stack[r.base + arg as usize])
        .value
        .set(v);
    Flow::Next
}

#[inline(always)]
pub fn DELETE_DEREF(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    let cell = ops::names::cell_at(ts.stack[r.base + arg as usize]);
    if cell.value.swap(Value::NULL).is_null() {
        return Flow::Raise(ops::names::unbound_deref(r.code, arg as usize), false);
    }
    Flow::Next
}

#[inline(always)]
pub fn LOAD_FROM_DICT_OR_DEREF(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    let mapping = pop!(ts);
    let name = r.code.localsplus_names[arg as usize];
    let cell = ts.stack[r.base + arg as usize];
    match tri!(ops::names::load_from_dict_or_deref(ts, mapping, name, cell)) {
        Some(v) => ts.stack.push(v),
        None => return Flow::Raise(ops::names::unbound_deref(r.code, arg as usize), false),
    }
    Flow::Next
}

#[inline(always)]
pub fn LOAD_LOCALS(ts: &mut Thread, r: &mut Regs, _arg: u32) -> Flow {
    let locals = ts.frames[r.fidx].locals;
    let l = if locals.is_null() {
        r.globals.value()
    } else {
        locals
    };
    ts.stack.push(l);
    Flow::Next
}
