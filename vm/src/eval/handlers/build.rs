//! Building and unpacking containers, and pattern matching.

#![allow(non_snake_case)]

use super::prelude::*;
use crate::objects::list::{new_list, ListObj};
use crate::objects::tuple::new_tuple;
use crate::ops;
use crate::specialize;
use smallvec::SmallVec;

#[inline(always)]
pub fn BUILD_TUPLE(ts: &mut Thread, _r: &mut Regs, arg: u32) -> Flow {
    let at = ts.stack.len() - arg as usize;
    let t = new_tuple(ts.stack[at..].to_vec());
    ts.stack.truncate(at);
    ts.stack.push(t);
    Flow::Next
}

#[inline(always)]
pub fn BUILD_LIST(ts: &mut Thread, _r: &mut Regs, arg: u32) -> Flow {
    let at = ts.stack.len() - arg as usize;
    let l = new_list(ts.stack[at..].to_vec());
    ts.stack.truncate(at);
    ts.stack.push(l);
    Flow::Next
}

/// BUILD_SET and BUILD_MAP: the top `n` items become one container.
#[inline(always)]
fn build_hashed(
    ts: &mut Thread,
    r: &mut Regs,
    n: usize,
    build: fn(&mut Thread, &[Value]) -> crate::runtime::PyResult<Value>,
) -> Flow {
    r.save_pc(ts);
    let at = ts.stack.len() - n;
    let items: SmallVec<[Value; 16]> = SmallVec::from_slice(&ts.stack[at..]);
    let v = tri!(build(ts, &items));
    ts.stack.truncate(at);
    ts.stack.push(v);
    Flow::Next
}

#[inline(always)]
pub fn BUILD_SET(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    build_hashed(ts, r, arg as usize, ops::build::build_set)
}

#[inline(always)]
pub fn BUILD_MAP(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    build_hashed(ts, r, 2 * arg as usize, ops::build::build_map)
}

#[inline(always)]
pub fn BUILD_STRING(ts: &mut Thread, _r: &mut Regs, arg: u32) -> Flow {
    let at = ts.stack.len() - arg as usize;
    let s = ops::strings::build_string(&ts.stack[at..]);
    ts.stack.truncate(at);
    ts.stack.push(s);
    Flow::Next
}

#[inline(always)]
pub fn BUILD_SLICE(ts: &mut Thread, _r: &mut Regs, arg: u32) -> Flow {
    let step = if arg == 3 { pop!(ts) } else { Value::NONE };
    let stop = pop!(ts);
    let start = pop!(ts);
    ts.stack
        .push(crate::objects::slice::new_slice(start, stop, step));
    Flow::Next
}

#[inline(always)]
pub fn LIST_APPEND(ts: &mut Thread, _r: &mut Regs, arg: u32) -> Flow {
    let v = pop!(ts);
    peek!(ts, arg as usize)
        .downcast::<ListObj>()
        .expect("list")
        .push(v);
    Flow::Next
}

#[inline(always)]
pub fn SET_ADD(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    r.save_pc(ts);
    let v = pop!(ts);
    let s = peek!(ts, arg as usize)
        .downcast::<crate::objects::set::SetObj>()
        .expect("set");
    tri!(crate::protocol::set::set_add(ts, s, v));
    Flow::Next
}

#[inline(always)]
pub fn MAP_ADD(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    r.save_pc(ts);
    let v = pop!(ts);
    let k = pop!(ts);
    let d = peek!(ts, arg as usize)
        .downcast::<crate::objects::dict::DictObj>()
        .expect("dict");
    tri!(crate::protocol::dict::dict_set(ts, d, k, v));
    Flow::Next
}

#[inline(always)]
pub fn LIST_EXTEND(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    r.save_pc(ts);
    let v = pop!(ts);
    let l = peek!(ts, arg as usize);
    tri!(ops::build::list_extend(ts, l, v));
    Flow::Next
}

#[inline(always)]
pub fn SET_UPDATE(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    r.save_pc(ts);
    let v = pop!(ts);
    let s = peek!(ts, arg as usize);
    tri!(ops::build::set_update(ts, s, v));
    Flow::Next
}

#[inline(always)]
pub fn DICT_UPDATE(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    r.save_pc(ts);
    let v = pop!(ts);
    let d = peek!(ts, arg as usize);
    tri!(ops::build::dict_update(ts, d, v, None));
    Flow::Next
}

#[inline(always)]
pub fn DICT_MERGE(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    r.save_pc(ts);
    let v = pop!(ts);
    let d = peek!(ts, arg as usize);
    // Stack: callable, NULL, args tuple, dict.
    let callable = peek!(ts, arg as usize + 3);
    tri!(ops::build::dict_update(ts, d, v, Some(callable)));
    Flow::Next
}

#[inline(always)]
pub fn UNPACK_SEQUENCE(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    adaptive!(ts, r, Op::UNPACK_SEQUENCE, arg, c => specialize::unpack_sequence(top!(ts), arg));
    r.save_pc(ts);
    let seq = pop!(ts);
    if let Some(items) = seq.as_tuple() {
        if items.len() == arg as usize {
            ts.stack.extend(items.iter().rev());
            return Flow::Next;
        }
    }
    let items = tri!(ops::build::unpack_sequence(ts, seq, arg as usize));
    ts.stack.extend(items);
    Flow::Next
}

#[inline(always)]
pub fn UNPACK_EX(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    r.save_pc(ts);
    let seq = pop!(ts);
    let items = tri!(ops::build::unpack_ex(
        ts,
        seq,
        (arg & 0xFF) as usize,
        (arg >> 8) as usize
    ));
    ts.stack.extend(items);
    Flow::Next
}

#[inline(always)]
pub fn GET_LEN(ts: &mut Thread, r: &mut Regs, _arg: u32) -> Flow {
    r.save_pc(ts);
    let n = tri!(ops::pattern::get_len(ts, top!(ts)));
    ts.stack.push(n);
    Flow::Next
}

#[inline(always)]
pub fn MATCH_SEQUENCE(ts: &mut Thread, _r: &mut Regs, _arg: u32) -> Flow {
    let b = ops::pattern::is_sequence(top!(ts));
    ts.stack.push(Value::from_bool(b));
    Flow::Next
}

#[inline(always)]
pub fn MATCH_MAPPING(ts: &mut Thread, _r: &mut Regs, _arg: u32) -> Flow {
    let b = ops::pattern::is_mapping(top!(ts));
    ts.stack.push(Value::from_bool(b));
    Flow::Next
}

#[inline(always)]
pub fn MATCH_KEYS(ts: &mut Thread, r: &mut Regs, _arg: u32) -> Flow {
    r.save_pc(ts);
    let (subject, keys) = (peek!(ts, 2), peek!(ts, 1));
    let v = tri!(ops::pattern::match_keys(ts, subject, keys));
    ts.stack.push(v);
    Flow::Next
}

#[inline(always)]
pub fn MATCH_CLASS(ts: &mut Thread, r: &mut Regs, arg: u32) -> Flow {
    r.save_pc(ts);
    let (subject, cls, names) = (peek!(ts, 3), peek!(ts, 2), peek!(ts, 1));
    let v = tri!(ops::pattern::match_class(
        ts,
        subject,
        cls,
        names,
        arg as usize
    ));
    ts.stack.truncate(ts.stack.len() - 3);
    ts.stack.push(v);
    Flow::Next
}
