//! Raising and handling exceptions, and `with`.

#![allow(non_snake_case)]

use super::prelude::*;
use crate::objects::exception::ExceptionObj;
use crate::ops;
use crate::runtime::errors::{runtime_error, system_error, PyErr};

#[inline(always)]
pub fn RAISE_VARARGS(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    r.save_pc(ts);
    match arg {
        0 => match ts.exc_info.downcast::<ExceptionObj>() {
            Some(e) => Flow::Raise(PyErr(e), true),
            None => Flow::Raise(runtime_error("No active exception to reraise"), false),
        },
        1 => {
            let v = pop!(ts);
            let e = tri!(ops::exc::exception_from(ts, v));
            Flow::Raise(e, false)
        }
        _ => {
            let cause = pop!(ts);
            let v = pop!(ts);
            let e = tri!(ops::exc::exception_from(ts, v));
            tri!(ops::exc::set_cause(ts, e, cause));
            Flow::Raise(e, false)
        }
    }
}

/// With an oparg the item below `exc` is the raising unit's offset:
/// CPython restores it only for line numbers; the handler search uses this
/// RERAISE, and the traceback already holds the original location.
#[inline(always)]
pub fn RERAISE(ts: &mut Thread, _r: &mut Regs, _arg: u32) -> Flow {
    let exc = pop!(ts);
    match exc.downcast::<ExceptionObj>() {
        Some(e) => Flow::Raise(PyErr(e), true),
        None => Flow::Raise(system_error("RERAISE of a non-exception"), false),
    }
}

#[inline(always)]
pub fn PUSH_EXC_INFO(ts: &mut Thread, _r: &mut Regs, _arg: u32) -> Flow {
    let exc = pop!(ts);
    let prev = ts.exc_info;
    ts.stack.push(prev);
    ts.stack.push(exc);
    ts.exc_info = exc;
    Flow::Next
}

#[inline(always)]
pub fn POP_EXCEPT(ts: &mut Thread, r: &mut Regs, _arg: u32) -> Flow {
    let prev = pop!(ts);
    // In a generator, "no exception" falls back to the one its resumer is
    // handling (CPython's exc_info chain).
    ts.exc_info = if (prev.is_none() || prev.is_null()) && !ts.frames[r.fidx].generator.is_null() {
        ts.frames[r.fidx].prev_exc
    } else {
        prev
    };
    Flow::Next
}

#[inline(always)]
pub fn CHECK_EXC_MATCH(ts: &mut Thread, _r: &mut Regs, _arg: u32) -> Flow {
    let ty = pop!(ts);
    let exc = top!(ts);
    let b = tri!(ops::exc::exc_matches(exc, ty));
    ts.stack.push(Value::from_bool(b));
    Flow::Next
}

#[inline(always)]
pub fn BEFORE_WITH(ts: &mut Thread, r: &mut Regs, _arg: u32) -> Flow {
    r.save_pc(ts);
    let mgr = pop!(ts);
    let (exit, res) = tri!(ops::exc::before_with(ts, mgr));
    ts.stack.push(exit);
    ts.stack.push(res);
    Flow::Next
}

#[inline(always)]
pub fn WITH_EXCEPT_START(ts: &mut Thread, r: &mut Regs, _arg: u32) -> Flow {
    r.save_pc(ts);
    let exc = peek!(ts, 1);
    let exit = peek!(ts, 4);
    let v = tri!(ops::exc::with_except_start(ts, exit, exc));
    ts.stack.push(v);
    Flow::Next
}
