//! Calls, function objects and returns.

#![allow(non_snake_case)]

use super::prelude::*;
use crate::eval::{call, generator, unwind, Exit};
use crate::objects::function::{FunctionObj, MethodObj};
use crate::ops;
use crate::protocol;
use crate::specialize;
use smallvec::SmallVec;

#[inline(always)]
pub fn CALL(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    adaptive!(ts, r, Op::CALL, arg, c => {
        let n = arg as usize;
        let ret_sp = ts.stack.len() - n - 2;
        specialize::call(c, ts.stack[ret_sp], ts.stack[ret_sp + 1], n)
    });
    call_generic(ts, r, arg, Value::NULL)
}

#[inline(always)]
pub fn CALL_KW(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    let kwnames = pop!(ts);
    call_generic(ts, r, arg, kwnames)
}

/// `(callable self_or_null args*n [kwnames] -- result)`: a Python function
/// continues in a new frame; anything else is called to completion.
#[inline(always)]
fn call_generic(ts: &mut Thread, r: &mut Regs, arg: u32, kwnames: Value) -> Flow {
    r.save_pc(ts);
    let n = arg as usize;
    let sp = ts.stack.len();
    let ret_sp = sp - n - 2;
    let mut callable = ts.stack[ret_sp];
    let mut self_or_null = ts.stack[ret_sp + 1];
    if self_or_null.is_null() {
        if let Some(m) = callable.downcast::<MethodObj>() {
            callable = m.func;
            self_or_null = m.this;
            ts.stack[ret_sp] = callable;
            ts.stack[ret_sp + 1] = self_or_null;
        }
    }
    let args_start = if self_or_null.is_null() {
        sp - n
    } else {
        sp - n - 1
    };
    let nargs = sp - args_start;
    if let Some(func) = callable.downcast::<FunctionObj>() {
        if kwnames.is_null() && specialize::call::takes_exactly(&func.code, nargs) {
            tri!(call::push_exact_frame(ts, func, args_start, ret_sp));
        } else {
            let all: SmallVec<[Value; 8]> = SmallVec::from_slice(&ts.stack[args_start..]);
            let pushed = if kwnames.is_null() {
                call::push_frame(ts, func, &all, &[], ret_sp, false)
            } else {
                let (pos, kw) = ops::func::split_kw(&all, kwnames);
                call::push_frame(ts, func, &pos, &kw, ret_sp, false)
            };
            tri!(pushed);
        }
        return Flow::Frame;
    }
    let all: SmallVec<[Value; 8]> = SmallVec::from_slice(&ts.stack[args_start..]);
    let res = if kwnames.is_null() {
        protocol::call(ts, callable, &all, &[])
    } else {
        let (pos, kw) = ops::func::split_kw(&all, kwnames);
        protocol::call(ts, callable, &pos, &kw)
    };
    let v = tri!(res);
    ts.stack.truncate(ret_sp);
    ts.stack.push(v);
    Flow::Next
}

#[inline(always)]
pub fn CALL_FUNCTION_EX(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    r.save_pc(ts);
    let kwargs = if arg & 1 != 0 { pop!(ts) } else { Value::NULL };
    let args = pop!(ts);
    let _null = pop!(ts);
    let callable = pop!(ts);
    // Keep the operands rooted during the call.
    ts.stack.extend([callable, args, kwargs]);
    let kw = if kwargs.is_null() {
        Default::default()
    } else {
        tri!(ops::func::kwargs_pairs(kwargs))
    };
    let argv: SmallVec<[Value; 8]> =
        SmallVec::from_slice(args.as_tuple().expect("CALL_FUNCTION_EX args tuple"));
    let res = protocol::call(ts, callable, &argv, &kw);
    ts.stack.truncate(ts.stack.len() - 3);
    let pushed = tri!(res);
    ts.stack.push(pushed);
    Flow::Next
}

#[inline(always)]
pub fn CALL_INTRINSIC_1(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    r.save_pc(ts);
    let v = pop!(ts);
    let res = tri!(crate::runtime::intrinsics::call_intrinsic_1(
        ts,
        &r.frame(ts),
        arg,
        v
    ));
    ts.stack.push(res);
    Flow::Next
}

#[inline(always)]
pub fn MAKE_FUNCTION(ts: &mut Thread, r: &mut Regs, _arg: u32) -> Flow {
    let c = pop!(ts);
    ts.stack.push(ops::func::make_function(&r.frame(ts), c));
    Flow::Next
}

#[inline(always)]
pub fn SET_FUNCTION_ATTRIBUTE(ts: &mut Thread, _r: &mut Regs, arg: u32) -> Flow {
    let func = pop!(ts);
    let attr = pop!(ts);
    ops::func::set_function_attribute(func, attr, arg);
    ts.stack.push(func);
    Flow::Next
}

#[inline(always)]
pub fn RETURN_VALUE(ts: &mut Thread, _r: &mut Regs, _arg: u32) -> Flow {
    let v = pop!(ts);
    return_value(ts, v)
}

#[inline(always)]
pub fn RETURN_CONST(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    return_value(ts, r.code.consts[arg as usize])
}

/// Pops the running frame and hands `v` to its caller.
#[inline(always)]
fn return_value(ts: &mut Thread, v: Value) -> Flow {
    let f = ts.frames.pop().expect("frame");
    ts.stack.truncate(f.ret_sp);
    let v = if f.init_self.is_null() {
        v
    } else if v.is_none() {
        f.init_self
    } else {
        return init_returned_non_none(ts, v);
    };
    if f.is_entry {
        ts.last_exit = Exit::Return;
        return Flow::Exit(Ok(v));
    }
    ts.stack.push(v);
    if !f.generator.is_null() {
        // An inline generator returned: its SEND jumps with the return
        // value; its FOR_ITER_GEN drops the value and the iterator and
        // leaves the loop.
        generator::finish_inline(ts, &f);
        let mut jump = f.send_jump;
        if jump & generator::FOR_ITER_INLINE != 0 {
            jump &= !generator::FOR_ITER_INLINE;
            ts.stack.truncate(ts.stack.len() - 2);
        }
        let caller = ts.frames.last_mut().expect("caller frame");
        caller.pc += jump as usize;
    }
    Flow::Frame
}

/// `__init__` returned something else than None: raised in the caller, at
/// its CALL, as CPython's init shim does.
#[cold]
fn init_returned_non_none(ts: &mut Thread, v: Value) -> Flow {
    let e = crate::runtime::errors::type_error(format!(
        "__init__() should return None, not '{}'",
        crate::runtime::types::type_name(v)
    ));
    match unwind::unwind(ts, e, false) {
        Ok(()) => Flow::Frame,
        Err(e) => Flow::Exit(Err(e)),
    }
}

#[inline(always)]
pub fn RETURN_GENERATOR(ts: &mut Thread, r: &mut Regs, _arg: u32) -> Flow {
    r.save_pc(ts);
    let f = ts.frames.pop().expect("frame");
    let g = generator::make_generator(ts, f);
    ts.stack.truncate(f.ret_sp);
    if f.is_entry {
        ts.last_exit = Exit::Return;
        return Flow::Exit(Ok(g));
    }
    ts.stack.push(g);
    Flow::Frame
}
