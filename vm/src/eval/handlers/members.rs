//! The specialized family members (`isa.rs`, `@specialized`): each runs its
//! body from `eval/specialized.rs`, whose guards fail before any side
//! effect; the backend then runs the family head (`Flow::Miss`).

#![allow(non_snake_case)]

use super::prelude::*;
use crate::eval::specialized::{self as s, Step};
use crate::protocol::iter::FastIter;
use crate::specialize::simple::TB_VERSION;

#[inline(always)]
fn step(r: &mut Regs, s: Step) -> Flow {
    match s {
        Step::Next => Flow::Next,
        Step::Miss => Flow::Miss,
        Step::Jump(n) => {
            r.pc += n;
            Flow::Next
        }
        Step::Frame => Flow::Frame,
        Step::Err(e) => Flow::Raise(e, false),
    }
}

/// A member that may call back into Python or push a frame: the frame's
/// position is saved first.
#[inline(always)]
fn step_saved(ts: &mut Thread, r: &mut Regs, body: impl FnOnce(&mut Thread) -> Step) -> Flow {
    r.save_pc(ts);
    let s = body(ts);
    step(r, s)
}

#[inline(always)]
pub fn RESUME_CHECK(ts: &mut Thread, r: &mut Regs, _arg: u32) -> Flow {
    super::check_breaker(ts, r)
}

#[inline(always)]
pub fn LOAD_GLOBAL_MODULE(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    let st = s::load_global_module(ts, r.globals, r.cache(), arg);
    step(r, st)
}

#[inline(always)]
pub fn LOAD_GLOBAL_BUILTIN(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    let st = s::load_global_builtin(ts, r.globals, r.builtins, r.cache(), arg);
    step(r, st)
}

#[inline(always)]
pub fn LOAD_ATTR_INSTANCE_VALUE(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    let st = s::load_attr_instance_value(ts, r.cache(), arg, r.name(arg >> 1));
    step(r, st)
}

#[inline(always)]
pub fn LOAD_ATTR_SLOT(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    let st = s::load_attr_slot(ts, r.cache(), arg);
    step(r, st)
}

#[inline(always)]
pub fn LOAD_ATTR_MODULE(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    let st = s::load_attr_module(ts, r.cache(), arg);
    step(r, st)
}

#[inline(always)]
pub fn LOAD_ATTR_CLASS(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    let st = s::load_attr_class(ts, r.cache(), arg);
    step(r, st)
}

#[inline(always)]
pub fn LOAD_ATTR_NONDESCRIPTOR(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    let st = s::load_attr_nondescriptor(ts, r.cache(), arg, r.name(arg >> 1));
    step(r, st)
}

#[inline(always)]
pub fn LOAD_ATTR_METHOD_WITH_VALUES(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    let st = s::load_attr_method(ts, r.cache(), r.name(arg >> 1), true);
    step(r, st)
}

#[inline(always)]
pub fn LOAD_ATTR_METHOD_NO_DICT(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    let st = s::load_attr_method(ts, r.cache(), r.name(arg >> 1), false);
    step(r, st)
}

#[inline(always)]
pub fn LOAD_ATTR_PROPERTY(ts: &mut Thread, r: &mut Regs, _arg: u32) -> Flow {
    let c = r.cache();
    step_saved(ts, r, |ts| s::load_attr_property(ts, c))
}

#[inline(always)]
pub fn STORE_ATTR_INSTANCE_VALUE(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    let st = s::store_attr_instance_value(ts, r.cache(), r.name(arg));
    step(r, st)
}

#[inline(always)]
pub fn STORE_ATTR_SLOT(ts: &mut Thread, r: &mut Regs, _arg: u32) -> Flow {
    let st = s::store_attr_slot(ts, r.cache());
    step(r, st)
}

#[inline(always)]
pub fn BINARY_OP_ADD_INT(ts: &mut Thread, r: &mut Regs, _arg: u32) -> Flow {
    step(r, s::binary_int(ts, i64::checked_add))
}

#[inline(always)]
pub fn BINARY_OP_SUBTRACT_INT(ts: &mut Thread, r: &mut Regs, _arg: u32) -> Flow {
    step(r, s::binary_int(ts, i64::checked_sub))
}

#[inline(always)]
pub fn BINARY_OP_MULTIPLY_INT(ts: &mut Thread, r: &mut Regs, _arg: u32) -> Flow {
    step(r, s::binary_int(ts, i64::checked_mul))
}

#[inline(always)]
pub fn BINARY_OP_ADD_FLOAT(ts: &mut Thread, r: &mut Regs, _arg: u32) -> Flow {
    step(r, s::binary_float(ts, |a, b| a + b))
}

#[inline(always)]
pub fn BINARY_OP_SUBTRACT_FLOAT(ts: &mut Thread, r: &mut Regs, _arg: u32) -> Flow {
    step(r, s::binary_float(ts, |a, b| a - b))
}

#[inline(always)]
pub fn BINARY_OP_MULTIPLY_FLOAT(ts: &mut Thread, r: &mut Regs, _arg: u32) -> Flow {
    step(r, s::binary_float(ts, |a, b| a * b))
}

#[inline(always)]
pub fn BINARY_OP_ADD_UNICODE(ts: &mut Thread, r: &mut Regs, _arg: u32) -> Flow {
    step(r, s::binary_add_unicode(ts))
}

#[inline(always)]
pub fn BINARY_OP_EXTEND_INT(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    step(r, s::binary_extend_int(ts, arg))
}

#[inline(always)]
pub fn BINARY_OP_EXTEND_FLOAT(ts: &mut Thread, r: &mut Regs, _arg: u32) -> Flow {
    step(r, s::binary_extend_float(ts))
}

#[inline(always)]
pub fn BINARY_OP_SUBSCR_LIST_INT(ts: &mut Thread, r: &mut Regs, _arg: u32) -> Flow {
    step(r, s::subscr_list_int(ts))
}

#[inline(always)]
pub fn BINARY_OP_SUBSCR_TUPLE_INT(ts: &mut Thread, r: &mut Regs, _arg: u32) -> Flow {
    step(r, s::subscr_tuple_int(ts))
}

#[inline(always)]
pub fn BINARY_OP_SUBSCR_STR_INT(ts: &mut Thread, r: &mut Regs, _arg: u32) -> Flow {
    step(r, s::subscr_str_int(ts))
}

#[inline(always)]
pub fn BINARY_OP_SUBSCR_DICT(ts: &mut Thread, r: &mut Regs, _arg: u32) -> Flow {
    step_saved(ts, r, s::subscr_dict)
}

#[inline(always)]
pub fn STORE_SUBSCR_LIST_INT(ts: &mut Thread, r: &mut Regs, _arg: u32) -> Flow {
    step(r, s::store_subscr_list_int(ts))
}

#[inline(always)]
pub fn STORE_SUBSCR_DICT(ts: &mut Thread, r: &mut Regs, _arg: u32) -> Flow {
    step_saved(ts, r, s::store_subscr_dict)
}

#[inline(always)]
pub fn COMPARE_OP_INT(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    step(r, s::compare_int(ts, arg))
}

#[inline(always)]
pub fn COMPARE_OP_FLOAT(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    step(r, s::compare_float(ts, arg))
}

#[inline(always)]
pub fn COMPARE_OP_STR(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    step(r, s::compare_str(ts, arg))
}

#[inline(always)]
pub fn CONTAINS_OP_SET(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    step_saved(ts, r, |ts| s::contains_set(ts, arg))
}

#[inline(always)]
pub fn CONTAINS_OP_STR(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    step(r, s::contains_str(ts, arg))
}

#[inline(always)]
pub fn CONTAINS_OP_DICT(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    step_saved(ts, r, |ts| s::contains_dict(ts, arg))
}

#[inline(always)]
fn to_bool(ts: &mut Thread, r: &mut Regs, op: Op) -> Flow {
    let version = r.cache().u32(TB_VERSION);
    step(r, s::to_bool(ts, op, version))
}

#[inline(always)]
pub fn TO_BOOL_BOOL(ts: &mut Thread, r: &mut Regs, _arg: u32) -> Flow {
    to_bool(ts, r, Op::TO_BOOL_BOOL)
}

#[inline(always)]
pub fn TO_BOOL_INT(ts: &mut Thread, r: &mut Regs, _arg: u32) -> Flow {
    to_bool(ts, r, Op::TO_BOOL_INT)
}

#[inline(always)]
pub fn TO_BOOL_NONE(ts: &mut Thread, r: &mut Regs, _arg: u32) -> Flow {
    to_bool(ts, r, Op::TO_BOOL_NONE)
}

#[inline(always)]
pub fn TO_BOOL_LIST(ts: &mut Thread, r: &mut Regs, _arg: u32) -> Flow {
    to_bool(ts, r, Op::TO_BOOL_LIST)
}

#[inline(always)]
pub fn TO_BOOL_STR(ts: &mut Thread, r: &mut Regs, _arg: u32) -> Flow {
    to_bool(ts, r, Op::TO_BOOL_STR)
}

#[inline(always)]
pub fn TO_BOOL_ALWAYS_TRUE(ts: &mut Thread, r: &mut Regs, _arg: u32) -> Flow {
    to_bool(ts, r, Op::TO_BOOL_ALWAYS_TRUE)
}

#[inline(always)]
pub fn FOR_ITER_RANGE(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    step(r, s::for_iter_fast(ts, FastIter::Range, arg))
}

#[inline(always)]
pub fn FOR_ITER_LIST(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    step(r, s::for_iter_fast(ts, FastIter::List, arg))
}

#[inline(always)]
pub fn FOR_ITER_TUPLE(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    step(r, s::for_iter_fast(ts, FastIter::Tuple, arg))
}

#[inline(always)]
pub fn FOR_ITER_GEN(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    step_saved(ts, r, |ts| s::for_iter_gen(ts, arg))
}

#[inline(always)]
pub fn UNPACK_SEQUENCE_TWO_TUPLE(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    step(r, s::unpack_tuple(ts, arg))
}

#[inline(always)]
pub fn UNPACK_SEQUENCE_TUPLE(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    step(r, s::unpack_tuple(ts, arg))
}

#[inline(always)]
pub fn UNPACK_SEQUENCE_LIST(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    step(r, s::unpack_list(ts, arg))
}

#[inline(always)]
pub fn CALL_PY_EXACT_ARGS(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    step_saved(ts, r, |ts| s::call_py_exact_args(ts, arg as usize))
}

#[inline(always)]
pub fn CALL_BOUND_METHOD_EXACT_ARGS(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    step_saved(ts, r, |ts| {
        s::call_bound_method_exact_args(ts, arg as usize)
    })
}

#[inline(always)]
pub fn CALL_BOUND_METHOD_GENERAL(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    step_saved(ts, r, |ts| s::call_bound_method_general(ts, arg as usize))
}

#[inline(always)]
pub fn CALL_PY_GENERAL(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    step_saved(ts, r, |ts| s::call_py_general(ts, arg as usize))
}

#[inline(always)]
pub fn CALL_ALLOC_AND_ENTER_INIT(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    let c = r.cache();
    step_saved(ts, r, |ts| {
        s::call_alloc_and_enter_init(ts, c, arg as usize)
    })
}

#[inline(always)]
pub fn CALL_BUILTIN_FAST(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    step_saved(ts, r, |ts| s::call_builtin_fast(ts, arg as usize))
}

#[inline(always)]
pub fn CALL_BUILTIN_CLASS(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    step_saved(ts, r, |ts| s::call_builtin_class(ts, arg as usize))
}

#[inline(always)]
pub fn CALL_LEN(ts: &mut Thread, r: &mut Regs, _arg: u32) -> Flow {
    let c = r.cache();
    step_saved(ts, r, |ts| s::call_len(ts, c))
}

#[inline(always)]
pub fn CALL_ISINSTANCE(ts: &mut Thread, r: &mut Regs, _arg: u32) -> Flow {
    let c = r.cache();
    step_saved(ts, r, |ts| s::call_isinstance(ts, c))
}

#[inline(always)]
pub fn CALL_LIST_APPEND(ts: &mut Thread, r: &mut Regs, _arg: u32) -> Flow {
    let st = s::call_list_append(ts, r.cache());
    step(r, st)
}

#[inline(always)]
pub fn SEND_GEN(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    step_saved(ts, r, |ts| s::send_gen(ts, arg))
}
