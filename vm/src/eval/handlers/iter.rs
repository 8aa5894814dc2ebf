//! Iteration, generators and coroutines.

#![allow(non_snake_case)]

use super::prelude::*;
use crate::eval::{generator, Exit};
use crate::objects::exception::ExceptionObj;
use crate::objects::generator::GeneratorObj;
use crate::ops;
use crate::protocol;
use crate::runtime::errors::PyErr;
use crate::runtime::types::types;
use crate::specialize;

#[inline(always)]
pub fn GET_ITER(ts: &mut Thread, r: &mut Regs, _arg: u32) -> Flow {
    r.save_pc(ts);
    let v = pop!(ts);
    let pushed = tri!(protocol::iter(ts, v));
    ts.stack.push(pushed);
    Flow::Next
}

#[inline(always)]
pub fn FOR_ITER(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    adaptive!(ts, r, Op::FOR_ITER, arg, c => specialize::for_iter(top!(ts)));
    r.save_pc(ts);
    let it = top!(ts);
    match tri!(protocol::next(ts, it)) {
        Some(v) => ts.stack.push(v),
        None => {
            ts.stack.pop();
            r.pc += arg as usize;
        }
    }
    Flow::Next
}

#[inline(always)]
pub fn YIELD_VALUE(ts: &mut Thread, r: &mut Regs, _arg: u32) -> Flow {
    r.save_pc(ts);
    let v = pop!(ts);
    let f = generator::suspend(ts);
    if f.is_entry {
        ts.last_exit = Exit::Yield;
        return Flow::Exit(Ok(v));
    }
    // An inline generator yielded: its caller's SEND produced v.
    ts.exc_info = f.prev_exc;
    ts.stack.push(v);
    Flow::Frame
}

#[inline(always)]
pub fn SEND(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    adaptive!(ts, r, Op::SEND, arg, c => specialize::send(peek!(ts, 2)));
    r.save_pc(ts);
    let v = pop!(ts);
    let receiver = top!(ts);
    if generator::push_inline(ts, receiver, v, arg) {
        return Flow::Frame;
    }
    ts.stack.push(v);
    let (res, done) = tri!(generator::send(ts, receiver, v));
    ts.stack.pop();
    ts.stack.push(res);
    if done {
        r.pc += arg as usize;
    }
    Flow::Next
}

#[inline(always)]
pub fn END_SEND(ts: &mut Thread, _r: &mut Regs, _arg: u32) -> Flow {
    let v = pop!(ts);
    ts.stack.pop();
    ts.stack.push(v);
    Flow::Next
}

#[inline(always)]
pub fn GET_YIELD_FROM_ITER(ts: &mut Thread, r: &mut Regs, _arg: u32) -> Flow {
    r.save_pc(ts);
    let v = pop!(ts);
    let it = if let Some(g) = v.downcast::<GeneratorObj>() {
        if g.cls() == types().coroutine && r.code.flags & crate::objects::code::CO_COROUTINE == 0 {
            return Flow::Raise(
                crate::runtime::errors::type_error(
                    "cannot 'yield from' a coroutine object in a non-coroutine generator",
                ),
                false,
            );
        }
        v
    } else {
        tri!(protocol::iter(ts, v))
    };
    ts.stack.push(it);
    Flow::Next
}

#[inline(always)]
pub fn GET_AWAITABLE(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    r.save_pc(ts);
    let v = pop!(ts);
    let pushed = tri!(ops::coro::get_awaitable(ts, v, arg));
    ts.stack.push(pushed);
    Flow::Next
}

#[inline(always)]
pub fn GET_AITER(ts: &mut Thread, r: &mut Regs, _arg: u32) -> Flow {
    r.save_pc(ts);
    let v = pop!(ts);
    let pushed = tri!(ops::coro::get_aiter(ts, v));
    ts.stack.push(pushed);
    Flow::Next
}

#[inline(always)]
pub fn GET_ANEXT(ts: &mut Thread, r: &mut Regs, _arg: u32) -> Flow {
    r.save_pc(ts);
    let pushed = tri!(ops::coro::get_anext(ts, top!(ts)));
    ts.stack.push(pushed);
    Flow::Next
}

#[inline(always)]
pub fn END_ASYNC_FOR(ts: &mut Thread, _r: &mut Regs, _arg: u32) -> Flow {
    let exc = pop!(ts);
    let e = exc.downcast::<ExceptionObj>().expect("exception");
    if !e.cls().is_subtype(types().stop_async_iteration) {
        return Flow::Raise(PyErr(e), true);
    }
    ts.stack.pop();
    Flow::Next
}

#[inline(always)]
pub fn BEFORE_ASYNC_WITH(ts: &mut Thread, r: &mut Regs, _arg: u32) -> Flow {
    r.save_pc(ts);
    let mgr = pop!(ts);
    let (exit, res) = tri!(ops::coro::before_async_with(ts, mgr));
    ts.stack.push(exit);
    ts.stack.push(res);
    Flow::Next
}

#[inline(always)]
pub fn CLEANUP_THROW(ts: &mut Thread, _r: &mut Regs, _arg: u32) -> Flow {
    let exc = pop!(ts);
    let _last_sent = pop!(ts);
    let _sub = pop!(ts);
    let e = exc.downcast::<ExceptionObj>().expect("exception");
    if !e.cls().is_subtype(types().stop_iteration) {
        return Flow::Raise(PyErr(e), true);
    }
    let val = e
        .args
        .get()
        .as_tuple()
        .and_then(|a| a.first().copied())
        .unwrap_or(Value::NONE);
    ts.stack.push(Value::NONE);
    ts.stack.push(val);
    Flow::Next
}
