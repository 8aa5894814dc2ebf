//! Globals, names, attributes and imports.

#![allow(non_snake_case)]

use super::prelude::*;
use crate::ops;
use crate::protocol;
use crate::specialize;

#[inline(always)]
pub fn LOAD_GLOBAL(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    adaptive!(ts, r, Op::LOAD_GLOBAL, arg, c => specialize::load_global(
        c,
        r.globals,
        r.builtins,
        r.name(arg >> 1)
    ));
    let v = tri!(ops::names::load_global(
        r.globals,
        r.builtins,
        r.name(arg >> 1)
    ));
    ts.stack.push(v);
    if arg & 1 != 0 {
        ts.stack.push(Value::NULL);
    }
    Flow::Next
}

#[inline(always)]
pub fn STORE_GLOBAL(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    let v = pop!(ts);
    tri!(protocol::dict::dict_set(ts, r.globals, r.name(arg), v));
    Flow::Next
}

#[inline(always)]
pub fn DELETE_GLOBAL(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    tri!(ops::names::delete_global(ts, &r.frame(ts), r.name(arg)));
    Flow::Next
}

#[inline(always)]
pub fn LOAD_NAME(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    r.save_pc(ts);
    let v = tri!(ops::names::load_name(ts, &r.frame(ts), r.name(arg)));
    ts.stack.push(v);
    Flow::Next
}

#[inline(always)]
pub fn STORE_NAME(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    let v = pop!(ts);
    tri!(ops::names::store_name(ts, &r.frame(ts), r.name(arg), v));
    Flow::Next
}

#[inline(always)]
pub fn DELETE_NAME(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    tri!(ops::names::delete_name(ts, &r.frame(ts), r.name(arg)));
    Flow::Next
}

#[inline(always)]
pub fn LOAD_ATTR(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    adaptive!(ts, r, Op::LOAD_ATTR, arg, c => specialize::load_attr(
        c,
        top!(ts),
        r.name(arg >> 1),
        arg & 1 != 0
    ));
    r.save_pc(ts);
    let owner = pop!(ts);
    let name = r.name(arg >> 1);
    if arg & 1 != 0 {
        let (f, this) = tri!(protocol::load_method(ts, owner, name));
        ts.stack.push(f);
        ts.stack.push(this);
    } else {
        let v = tri!(protocol::getattr(ts, owner, name));
        ts.stack.push(v);
    }
    Flow::Next
}

#[inline(always)]
pub fn STORE_ATTR(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    adaptive!(ts, r, Op::STORE_ATTR, arg, c => specialize::store_attr(c, top!(ts), r.name(arg)));
    r.save_pc(ts);
    let owner = pop!(ts);
    let v = pop!(ts);
    tri!(protocol::setattr(ts, owner, r.name(arg), v));
    Flow::Next
}

#[inline(always)]
pub fn DELETE_ATTR(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    r.save_pc(ts);
    let owner = pop!(ts);
    tri!(protocol::attr::delattr(ts, owner, r.name(arg)));
    Flow::Next
}

#[inline(always)]
pub fn IMPORT_NAME(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    r.save_pc(ts);
    let fromlist = pop!(ts);
    let level = pop!(ts);
    let m = tri!(crate::runtime::import::import_name(
        ts,
        &r.frame(ts),
        r.name(arg),
        fromlist,
        level
    ));
    ts.stack.push(m);
    Flow::Next
}

#[inline(always)]
pub fn IMPORT_FROM(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    r.save_pc(ts);
    let m = top!(ts);
    let pushed = tri!(ops::names::import_from(ts, m, r.name(arg)));
    ts.stack.push(pushed);
    Flow::Next
}

#[inline(always)]
pub fn LOAD_BUILD_CLASS(ts: &mut Thread, _r: &mut Regs, _arg: u32) -> Flow {
    ts.stack.push(ops::names::builtin("__build_class__"));
    Flow::Next
}

#[inline(always)]
pub fn LOAD_COMMON_CONSTANT(ts: &mut Thread, _r: &mut Regs, arg: u32) -> Flow {
    let t = crate::runtime::types::types();
    ts.stack.push(if arg == 0 {
        t.assertion_error.value()
    } else {
        t.not_implemented_error.value()
    });
    Flow::Next
}

#[inline(always)]
pub fn SETUP_ANNOTATIONS(ts: &mut Thread, r: &mut Regs, _arg: u32) -> Flow {
    r.save_pc(ts);
    tri!(crate::runtime::intrinsics::setup_annotations(
        ts,
        &r.frame(ts)
    ));
    Flow::Next
}
