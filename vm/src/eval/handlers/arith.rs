//! Operators, comparisons, truth tests and formatting.

#![allow(non_snake_case)]

use super::prelude::*;
use crate::eval::specialized::{self, Step};
use crate::ops;
use crate::protocol::{self, container, number};
use crate::specialize;

#[inline(always)]
pub fn BINARY_OP(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    adaptive!(ts, r, Op::BINARY_OP, arg, c => specialize::binary_op(peek!(ts, 2), peek!(ts, 1), arg));
    // Unspecialized (-X tlbc=0, or after a miss): the common cases still
    // skip the protocol, through the members' bodies.
    let fast = if arg == crate::isa::NB_SUBSCR {
        specialized::subscr_list_int(ts)
    } else {
        specialized::binary_extend_int(ts, arg)
    };
    if matches!(fast, Step::Next) {
        return Flow::Next;
    }
    let rhs = pop!(ts);
    let lhs = pop!(ts);
    r.save_pc(ts);
    let res = if arg == crate::isa::NB_SUBSCR {
        container::getitem(ts, lhs, rhs)
    } else {
        number::binary_op(ts, lhs, rhs, arg)
    };
    let pushed = tri!(res);
    ts.stack.push(pushed);
    Flow::Next
}

#[inline(always)]
pub fn STORE_SUBSCR(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    adaptive!(ts, r, Op::STORE_SUBSCR, arg, c => specialize::store_subscr(peek!(ts, 2), peek!(ts, 1)));
    if matches!(specialized::store_subscr_list_int(ts), Step::Next) {
        return Flow::Next;
    }
    let key = pop!(ts);
    let container_v = pop!(ts);
    let v = pop!(ts);
    r.save_pc(ts);
    tri!(container::setitem(ts, container_v, key, v));
    Flow::Next
}

#[inline(always)]
pub fn DELETE_SUBSCR(ts: &mut Thread, r: &mut Regs, _arg: u32) -> Flow {
    r.save_pc(ts);
    let key = pop!(ts);
    let container_v = pop!(ts);
    tri!(container::delitem(ts, container_v, key));
    Flow::Next
}

#[inline(always)]
pub fn BINARY_SLICE(ts: &mut Thread, r: &mut Regs, _arg: u32) -> Flow {
    r.save_pc(ts);
    let stop = pop!(ts);
    let start = pop!(ts);
    let c = pop!(ts);
    let s = crate::objects::slice::new_slice(start, stop, Value::NONE);
    let pushed = tri!(container::getitem(ts, c, s));
    ts.stack.push(pushed);
    Flow::Next
}

#[inline(always)]
pub fn STORE_SLICE(ts: &mut Thread, r: &mut Regs, _arg: u32) -> Flow {
    r.save_pc(ts);
    let stop = pop!(ts);
    let start = pop!(ts);
    let c = pop!(ts);
    let v = pop!(ts);
    let s = crate::objects::slice::new_slice(start, stop, Value::NONE);
    tri!(container::setitem(ts, c, s, v));
    Flow::Next
}

/// `(v -- f(v))` for a unary operation that may call back into Python.
#[inline(always)]
fn unary(
    ts: &mut Thread,
    r: &mut Regs,
    f: fn(&mut Thread, Value) -> crate::runtime::PyResult<Value>,
) -> Flow {
    r.save_pc(ts);
    let v = pop!(ts);
    let pushed = tri!(f(ts, v));
    ts.stack.push(pushed);
    Flow::Next
}

#[inline(always)]
pub fn UNARY_NEGATIVE(ts: &mut Thread, r: &mut Regs, _arg: u32) -> Flow {
    unary(ts, r, number::negative)
}

#[inline(always)]
pub fn UNARY_INVERT(ts: &mut Thread, r: &mut Regs, _arg: u32) -> Flow {
    unary(ts, r, number::invert)
}

#[inline(always)]
pub fn UNARY_NOT(ts: &mut Thread, r: &mut Regs, _arg: u32) -> Flow {
    r.save_pc(ts);
    let v = pop!(ts);
    let b = tri!(protocol::truthy(ts, v));
    ts.stack.push(Value::from_bool(!b));
    Flow::Next
}

#[inline(always)]
pub fn TO_BOOL(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    adaptive!(ts, r, Op::TO_BOOL, arg, c => specialize::to_bool(c, top!(ts)));
    r.save_pc(ts);
    let v = pop!(ts);
    let b = tri!(protocol::truthy(ts, v));
    ts.stack.push(Value::from_bool(b));
    Flow::Next
}

#[inline(always)]
pub fn COMPARE_OP(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    adaptive!(ts, r, Op::COMPARE_OP, arg, c => specialize::compare_op(peek!(ts, 2), peek!(ts, 1), arg));
    if matches!(specialized::compare_int(ts, arg), Step::Next) {
        return Flow::Next;
    }
    let rhs = pop!(ts);
    let lhs = pop!(ts);
    r.save_pc(ts);
    let pushed = tri!(protocol::rich_compare(ts, lhs, rhs, arg));
    ts.stack.push(pushed);
    Flow::Next
}

#[inline(always)]
pub fn IS_OP(ts: &mut Thread, _r: &mut Regs, arg: u32) -> Flow {
    let rhs = pop!(ts);
    let lhs = pop!(ts);
    ts.stack.push(Value::from_bool((lhs == rhs) != (arg == 1)));
    Flow::Next
}

#[inline(always)]
pub fn CONTAINS_OP(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    adaptive!(ts, r, Op::CONTAINS_OP, arg, c => specialize::contains_op(peek!(ts, 2), peek!(ts, 1)));
    r.save_pc(ts);
    let c = pop!(ts);
    let item = pop!(ts);
    let res = tri!(container::contains(ts, c, item));
    ts.stack.push(Value::from_bool(res != (arg == 1)));
    Flow::Next
}

#[inline(always)]
pub fn FORMAT_SIMPLE(ts: &mut Thread, r: &mut Regs, _arg: u32) -> Flow {
    unary(ts, r, ops::strings::format_simple)
}

#[inline(always)]
pub fn FORMAT_WITH_SPEC(ts: &mut Thread, r: &mut Regs, _arg: u32) -> Flow {
    r.save_pc(ts);
    let spec = pop!(ts);
    let v = pop!(ts);
    let pushed = tri!(ops::strings::format_with_spec(ts, v, spec));
    ts.stack.push(pushed);
    Flow::Next
}

#[inline(always)]
pub fn CONVERT_VALUE(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    r.save_pc(ts);
    let v = pop!(ts);
    let pushed = tri!(ops::strings::convert_value(ts, v, arg));
    ts.stack.push(pushed);
    Flow::Next
}
