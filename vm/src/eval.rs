//! The eval loop: fetches code units with relaxed loads and dispatches on
//! the opcode with a `match` (the stable backend). Opcode bodies of any
//! size live in `ops/` and `protocol/`; this file holds the dispatch, the
//! frame transitions (call, return, yield) and exception unwinding.
//!
//! Python-to-Python calls push a `Frame` and continue in the same loop;
//! only Rust code calling back into Python (`run_nested`) recurses natively.

pub mod call;
pub mod generator;
mod specialized;
mod unwind;

use crate::atomics::{unit_arg, unit_op};
use crate::isa::Op;
use crate::objects::function::{new_cell, FunctionObj, MethodObj};
use crate::objects::list::{new_list, ListObj};
use crate::objects::tuple::new_tuple;
use crate::ops;
use crate::protocol::{self, container, number};
use crate::runtime::errors::{recursion_error, PyErr};
use crate::runtime::thread::{Thread, NATIVE_DEPTH_LIMIT};
use crate::runtime::PyResult;
use crate::specialize::{self, backoff, Cache};
use crate::value::Value;
use smallvec::SmallVec;
use specialized::Step;

/// How the last `run` left its entry frame.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Exit {
    Return,
    Yield,
}

/// Runs the top frame (an entry frame) until it returns or yields.
pub fn run_nested(ts: &mut Thread) -> PyResult<Value> {
    if ts.native_depth >= NATIVE_DEPTH_LIMIT {
        let f = ts.frames.pop().expect("entry frame");
        ts.stack.truncate(f.ret_sp);
        return Err(recursion_error("maximum recursion depth exceeded"));
    }
    ts.native_depth += 1;
    let r = run(ts);
    ts.native_depth -= 1;
    r
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

fn run(ts: &mut Thread) -> PyResult<Value> {
    'frames: loop {
        let fidx = ts.frames.len() - 1;
        let frame = ts.frames[fidx];
        let code = frame.code.get();
        let units = code.units_for(ts.tlbc_index);
        let base = frame.base;
        let mut pc = frame.pc;
        let mut lasti;
        // High oparg bits from EXTENDED_ARG prefixes (a handler of its own,
        // so the dispatch step stays small enough for the compiler to
        // duplicate it into every handler: one indirect jump per handler).
        let mut ext: u32 = 0;
        let (err, reraise): (PyErr, bool) = 'instr: loop {
            lasti = pc;
            let unit = units.fetch(pc);
            let arg = ext | unit_arg(unit) as u32;
            ext = 0;
            let op = Op::from_u8(unit_op(unit)).expect("invalid opcode");
            pc += 1 + op.cache_entries();
            macro_rules! tri {
                ($e:expr) => {
                    match $e {
                        Ok(v) => v,
                        Err(e) => break 'instr (e, false),
                    }
                };
            }
            macro_rules! save_pc {
                () => {{
                    let f = &mut ts.frames[fidx];
                    f.pc = pc;
                    f.lasti = lasti;
                }};
            }
            // A family head: count down, and when the counter triggers try
            // to specialize; on success run the instruction again as the
            // new member.
            macro_rules! adaptive {
                ($c:ident => $attempt:expr) => {
                    if ts.specializing {
                        let $c = Cache::new(units, lasti);
                        let counter = $c.counter();
                        if backoff::triggers(counter) {
                            let before = $c.op();
                            let outcome = $attempt;
                            specialize::finish(ts, $c, before, outcome);
                            if $c.op().is_specialized() {
                                pc = lasti;
                                ext = arg & !0xFF;
                                continue 'instr;
                            }
                        } else {
                            $c.set_counter(backoff::advance(counter));
                        }
                    }
                    if let Some(s) = ts.stats.as_deref_mut() {
                        s.generic(op);
                    }
                };
            }
            // Specialized family members (eval/specialized.rs) run first,
            // each to completion with a dispatch of its own, or miss and
            // yield the family head, whose generic body runs below.
            let op = if op.is_specialized() {
                let at = lasti;
                'member: {
                    macro_rules! member {
                        ($step:expr) => {
                            match $step {
                                Step::Next => {
                                    if let Some(s) = ts.stats.as_deref_mut() {
                                        s.hit(op);
                                    }
                                    continue 'instr;
                                }
                                Step::Jump(n) => {
                                    pc += n;
                                    if let Some(s) = ts.stats.as_deref_mut() {
                                        s.hit(op);
                                    }
                                    continue 'instr;
                                }
                                Step::Frame => {
                                    if let Some(s) = ts.stats.as_deref_mut() {
                                        s.hit(op);
                                    }
                                    continue 'frames;
                                }
                                Step::Miss => {
                                    if let Some(s) = ts.stats.as_deref_mut() {
                                        s.miss(op);
                                    }
                                    break 'member op.deopt();
                                }
                                Step::Err(e) => break 'instr (e, false),
                            }
                        };
                    }
                    match op {
                        Op::LOAD_GLOBAL_MODULE => member!({
                            specialized::load_global_module(ts, &frame, Cache::new(units, at), arg)
                        }),
                        Op::LOAD_GLOBAL_BUILTIN => member!({
                            specialized::load_global_builtin(ts, &frame, Cache::new(units, at), arg)
                        }),
                        Op::LOAD_ATTR_INSTANCE_VALUE => {
                            member!(specialized::load_attr_instance_value(
                                ts,
                                Cache::new(units, at),
                                arg,
                                code.names[(arg >> 1) as usize],
                            ))
                        }
                        Op::LOAD_ATTR_SLOT => {
                            member!({ specialized::load_attr_slot(ts, Cache::new(units, at), arg) })
                        }
                        Op::LOAD_ATTR_MODULE => member!({
                            specialized::load_attr_module(ts, Cache::new(units, at), arg)
                        }),
                        Op::LOAD_ATTR_CLASS => member!({
                            specialized::load_attr_class(ts, Cache::new(units, at), arg)
                        }),
                        Op::LOAD_ATTR_NONDESCRIPTOR => {
                            member!(specialized::load_attr_nondescriptor(
                                ts,
                                Cache::new(units, at),
                                arg,
                                code.names[(arg >> 1) as usize],
                            ))
                        }
                        Op::LOAD_ATTR_METHOD_WITH_VALUES | Op::LOAD_ATTR_METHOD_NO_DICT => {
                            member!({
                                specialized::load_attr_method(
                                    ts,
                                    Cache::new(units, at),
                                    code.names[(arg >> 1) as usize],
                                    op == Op::LOAD_ATTR_METHOD_WITH_VALUES,
                                )
                            })
                        }
                        Op::LOAD_ATTR_PROPERTY => member!({
                            save_pc!();
                            specialized::load_attr_property(ts, Cache::new(units, at))
                        }),
                        Op::STORE_ATTR_INSTANCE_VALUE => {
                            member!(specialized::store_attr_instance_value(
                                ts,
                                Cache::new(units, at),
                                code.names[arg as usize],
                            ))
                        }
                        Op::STORE_ATTR_SLOT => {
                            member!(specialized::store_attr_slot(ts, Cache::new(units, at)))
                        }
                        Op::BINARY_OP_ADD_INT => {
                            member!(specialized::binary_int(ts, i64::checked_add))
                        }
                        Op::BINARY_OP_SUBTRACT_INT => {
                            member!(specialized::binary_int(ts, i64::checked_sub))
                        }
                        Op::BINARY_OP_MULTIPLY_INT => {
                            member!(specialized::binary_int(ts, i64::checked_mul))
                        }
                        Op::BINARY_OP_ADD_FLOAT => {
                            member!(specialized::binary_float(ts, |a, b| a + b))
                        }
                        Op::BINARY_OP_SUBTRACT_FLOAT => {
                            member!(specialized::binary_float(ts, |a, b| a - b))
                        }
                        Op::BINARY_OP_MULTIPLY_FLOAT => {
                            member!(specialized::binary_float(ts, |a, b| a * b))
                        }
                        Op::BINARY_OP_ADD_UNICODE => member!(specialized::binary_add_unicode(ts)),
                        Op::BINARY_OP_EXTEND_INT => {
                            member!(specialized::binary_extend_int(ts, arg))
                        }
                        Op::BINARY_OP_EXTEND_FLOAT => member!(specialized::binary_extend_float(ts)),
                        Op::BINARY_OP_SUBSCR_LIST_INT => member!(specialized::subscr_list_int(ts)),
                        Op::BINARY_OP_SUBSCR_TUPLE_INT => {
                            member!(specialized::subscr_tuple_int(ts))
                        }
                        Op::BINARY_OP_SUBSCR_STR_INT => member!(specialized::subscr_str_int(ts)),
                        Op::BINARY_OP_SUBSCR_DICT => member!({
                            save_pc!();
                            specialized::subscr_dict(ts)
                        }),
                        Op::STORE_SUBSCR_LIST_INT => {
                            member!(specialized::store_subscr_list_int(ts))
                        }
                        Op::STORE_SUBSCR_DICT => member!({
                            save_pc!();
                            specialized::store_subscr_dict(ts)
                        }),
                        Op::COMPARE_OP_INT => member!(specialized::compare_int(ts, arg)),
                        Op::COMPARE_OP_FLOAT => member!(specialized::compare_float(ts, arg)),
                        Op::COMPARE_OP_STR => member!(specialized::compare_str(ts, arg)),
                        Op::CONTAINS_OP_SET => member!({
                            save_pc!();
                            specialized::contains_set(ts, arg)
                        }),
                        Op::CONTAINS_OP_STR => member!(specialized::contains_str(ts, arg)),
                        Op::CONTAINS_OP_DICT => member!({
                            save_pc!();
                            specialized::contains_dict(ts, arg)
                        }),
                        Op::TO_BOOL_BOOL
                        | Op::TO_BOOL_INT
                        | Op::TO_BOOL_NONE
                        | Op::TO_BOOL_LIST
                        | Op::TO_BOOL_STR
                        | Op::TO_BOOL_ALWAYS_TRUE => member!(specialized::to_bool(
                            ts,
                            op,
                            Cache::new(units, at).u32(specialize::simple::TB_VERSION),
                        )),
                        Op::FOR_ITER_RANGE => member!({
                            specialized::for_iter_fast(
                                ts,
                                crate::protocol::iter::FastIter::Range,
                                arg,
                            )
                        }),
                        Op::FOR_ITER_LIST => member!({
                            specialized::for_iter_fast(
                                ts,
                                crate::protocol::iter::FastIter::List,
                                arg,
                            )
                        }),
                        Op::FOR_ITER_TUPLE => member!({
                            specialized::for_iter_fast(
                                ts,
                                crate::protocol::iter::FastIter::Tuple,
                                arg,
                            )
                        }),
                        Op::FOR_ITER_GEN => member!({
                            save_pc!();
                            specialized::for_iter_gen(ts, arg)
                        }),
                        Op::UNPACK_SEQUENCE_TWO_TUPLE | Op::UNPACK_SEQUENCE_TUPLE => {
                            member!({ specialized::unpack_tuple(ts, arg) })
                        }
                        Op::UNPACK_SEQUENCE_LIST => member!(specialized::unpack_list(ts, arg)),
                        Op::CALL_PY_EXACT_ARGS => member!({
                            save_pc!();
                            specialized::call_py_exact_args(ts, arg as usize)
                        }),
                        Op::CALL_BOUND_METHOD_EXACT_ARGS => member!({
                            save_pc!();
                            specialized::call_bound_method_exact_args(ts, arg as usize)
                        }),
                        Op::CALL_BOUND_METHOD_GENERAL => member!({
                            save_pc!();
                            specialized::call_bound_method_general(ts, arg as usize)
                        }),
                        Op::CALL_PY_GENERAL => member!({
                            save_pc!();
                            specialized::call_py_general(ts, arg as usize)
                        }),
                        Op::CALL_ALLOC_AND_ENTER_INIT => member!({
                            save_pc!();
                            specialized::call_alloc_and_enter_init(
                                ts,
                                Cache::new(units, at),
                                arg as usize,
                            )
                        }),
                        Op::CALL_BUILTIN_FAST => member!({
                            save_pc!();
                            specialized::call_builtin_fast(ts, arg as usize)
                        }),
                        Op::CALL_BUILTIN_CLASS => member!({
                            save_pc!();
                            specialized::call_builtin_class(ts, arg as usize)
                        }),
                        Op::CALL_LEN => member!({
                            save_pc!();
                            specialized::call_len(ts, Cache::new(units, at))
                        }),
                        Op::CALL_ISINSTANCE => member!({
                            save_pc!();
                            specialized::call_isinstance(ts, Cache::new(units, at))
                        }),
                        Op::CALL_LIST_APPEND => {
                            member!({ specialized::call_list_append(ts, Cache::new(units, at)) })
                        }
                        Op::SEND_GEN => member!({
                            save_pc!();
                            specialized::send_gen(ts, arg)
                        }),
                        Op::RESUME_CHECK => member!({
                            if ts.breaker.pending() || crate::heap::stress() {
                                save_pc!();
                                tri!(crate::runtime::pending::handle_pending(ts));
                            }
                            Step::Next
                        }),
                        _ => unreachable!("a specialized instruction"),
                    }
                }
            } else {
                op
            };
            match op {
                Op::NOP | Op::CACHE => {}
                Op::EXTENDED_ARG => ext = arg << 8,
                Op::RESUME | Op::JUMP_BACKWARD => {
                    if op == Op::JUMP_BACKWARD {
                        pc -= arg as usize;
                    } else if op == Op::RESUME && ts.specializing {
                        Cache::new(units, lasti).specialize(Op::RESUME_CHECK);
                    }
                    if ts.breaker.pending() || crate::heap::stress() {
                        save_pc!();
                        tri!(crate::runtime::pending::handle_pending(ts));
                    }
                }
                Op::POP_TOP => {
                    ts.stack.pop();
                }
                Op::PUSH_NULL => ts.stack.push(Value::NULL),
                Op::COPY => {
                    let v = peek!(ts, arg as usize);
                    ts.stack.push(v);
                }
                Op::SWAP => {
                    let n = ts.stack.len();
                    ts.stack.swap(n - 1, n - arg as usize);
                }
                Op::LOAD_CONST => ts.stack.push(code.consts[arg as usize]),
                Op::LOAD_FAST => {
                    let v = ts.stack[base + arg as usize];
                    debug_assert!(!v.is_null(), "LOAD_FAST of an unbound local");
                    ts.stack.push(v);
                }
                Op::LOAD_FAST_CHECK => {
                    let v = ts.stack[base + arg as usize];
                    if v.is_null() {
                        break 'instr (ops::names::unbound_local(code, arg as usize), false);
                    }
                    ts.stack.push(v);
                }
                Op::LOAD_FAST_LOAD_FAST => {
                    let (a, b) = (
                        ts.stack[base + (arg >> 4) as usize],
                        ts.stack[base + (arg & 15) as usize],
                    );
                    ts.stack.push(a);
                    ts.stack.push(b);
                }
                Op::STORE_FAST => {
                    let v = pop!(ts);
                    ts.stack[base + arg as usize] = v;
                }
                Op::STORE_FAST_LOAD_FAST => {
                    let v = pop!(ts);
                    ts.stack[base + (arg >> 4) as usize] = v;
                    let w = ts.stack[base + (arg & 15) as usize];
                    ts.stack.push(w);
                }
                Op::STORE_FAST_STORE_FAST => {
                    let v1 = pop!(ts);
                    let v2 = pop!(ts);
                    ts.stack[base + (arg >> 4) as usize] = v1;
                    ts.stack[base + (arg & 15) as usize] = v2;
                }
                Op::DELETE_FAST => {
                    if ts.stack[base + arg as usize].is_null() {
                        break 'instr (ops::names::unbound_local(code, arg as usize), false);
                    }
                    ts.stack[base + arg as usize] = Value::NULL;
                }
                Op::MAKE_CELL => {
                    let slot = base + arg as usize;
                    ts.stack[slot] = new_cell(ts.stack[slot]);
                }
                Op::COPY_FREE_VARS => {
                    let f = frame
                        .func
                        .downcast::<FunctionObj>()
                        .expect("closure function");
                    let cells = f.closure.get();
                    let cells = cells.as_tuple().expect("closure tuple");
                    let start = base + code.nlocalsplus() - arg as usize;
                    ts.stack[start..start + arg as usize].copy_from_slice(&cells[..arg as usize]);
                }
                Op::LOAD_DEREF => {
                    let v = ops::names::cell_at(ts.stack[base + arg as usize])
                        .value
                        .get();
                    if v.is_null() {
                        break 'instr (ops::names::unbound_deref(code, arg as usize), false);
                    }
                    ts.stack.push(v);
                }
                Op::STORE_DEREF => {
                    let v = pop!(ts);
                    ops::names::cell_at(ts.stack[base + arg as usize])
                        .value
                        .set(v);
                }
                Op::DELETE_DEREF => {
                    let cell = ops::names::cell_at(ts.stack[base + arg as usize]);
                    if cell.value.swap(Value::NULL).is_null() {
                        break 'instr (ops::names::unbound_deref(code, arg as usize), false);
                    }
                }
                Op::LOAD_FROM_DICT_OR_DEREF => {
                    let mapping = pop!(ts);
                    let name = code.localsplus_names[arg as usize];
                    let cell = ts.stack[base + arg as usize];
                    match tri!(ops::names::load_from_dict_or_deref(ts, mapping, name, cell)) {
                        Some(v) => ts.stack.push(v),
                        None => {
                            break 'instr (ops::names::unbound_deref(code, arg as usize), false)
                        }
                    }
                }
                Op::LOAD_LOCALS => {
                    let l = if frame.locals.is_null() {
                        frame.globals.value()
                    } else {
                        frame.locals
                    };
                    ts.stack.push(l);
                }
                Op::LOAD_GLOBAL => {
                    adaptive!(c => specialize::load_global(
                        c,
                        frame.globals,
                        frame.builtins,
                        code.names[(arg >> 1) as usize]
                    ));
                    let v = tri!(ops::names::load_global(
                        &frame,
                        code.names[(arg >> 1) as usize]
                    ));
                    ts.stack.push(v);
                    if arg & 1 != 0 {
                        ts.stack.push(Value::NULL);
                    }
                }
                Op::STORE_GLOBAL => {
                    let v = pop!(ts);
                    tri!(protocol::dict::dict_set(
                        ts,
                        frame.globals,
                        code.names[arg as usize],
                        v
                    ));
                }
                Op::DELETE_GLOBAL => tri!(ops::names::delete_global(
                    ts,
                    &frame,
                    code.names[arg as usize]
                )),
                Op::LOAD_NAME => {
                    save_pc!();
                    let v = tri!(ops::names::load_name(ts, &frame, code.names[arg as usize]));
                    ts.stack.push(v);
                }
                Op::STORE_NAME => {
                    let v = pop!(ts);
                    tri!(ops::names::store_name(
                        ts,
                        &frame,
                        code.names[arg as usize],
                        v
                    ));
                }
                Op::DELETE_NAME => tri!(ops::names::delete_name(
                    ts,
                    &frame,
                    code.names[arg as usize]
                )),
                Op::LOAD_ATTR => {
                    adaptive!(c => specialize::load_attr(
                        c,
                        top!(ts),
                        code.names[(arg >> 1) as usize],
                        arg & 1 != 0
                    ));
                    save_pc!();
                    let owner = pop!(ts);
                    let name = code.names[(arg >> 1) as usize];
                    if arg & 1 != 0 {
                        let (f, this) = tri!(protocol::load_method(ts, owner, name));
                        ts.stack.push(f);
                        ts.stack.push(this);
                    } else {
                        let v = tri!(protocol::getattr(ts, owner, name));
                        ts.stack.push(v);
                    }
                }
                Op::STORE_ATTR => {
                    adaptive!(c => specialize::store_attr(c, top!(ts), code.names[arg as usize]));
                    save_pc!();
                    let owner = pop!(ts);
                    let v = pop!(ts);
                    tri!(protocol::setattr(ts, owner, code.names[arg as usize], v));
                }
                Op::DELETE_ATTR => {
                    save_pc!();
                    let owner = pop!(ts);
                    tri!(protocol::attr::delattr(ts, owner, code.names[arg as usize]));
                }
                Op::BINARY_OP => {
                    adaptive!(c => specialize::binary_op(peek!(ts, 2), peek!(ts, 1), arg));
                    // Unspecialized (-X tlbc=0, or after a miss): the common
                    // cases still skip the protocol, through the members' bodies.
                    let fast = if arg == crate::isa::NB_SUBSCR {
                        specialized::subscr_list_int(ts)
                    } else {
                        specialized::binary_extend_int(ts, arg)
                    };
                    if matches!(fast, Step::Next) {
                        continue 'instr;
                    }
                    let rhs = pop!(ts);
                    let lhs = pop!(ts);
                    save_pc!();
                    let r = if arg == crate::isa::NB_SUBSCR {
                        container::getitem(ts, lhs, rhs)
                    } else {
                        number::binary_op(ts, lhs, rhs, arg)
                    };
                    let pushed = tri!(r);
                    ts.stack.push(pushed);
                }
                Op::STORE_SUBSCR => {
                    adaptive!(c => specialize::store_subscr(peek!(ts, 2), peek!(ts, 1)));
                    if matches!(specialized::store_subscr_list_int(ts), Step::Next) {
                        continue 'instr;
                    }
                    let key = pop!(ts);
                    let container_v = pop!(ts);
                    let v = pop!(ts);
                    save_pc!();
                    tri!(container::setitem(ts, container_v, key, v));
                }
                Op::DELETE_SUBSCR => {
                    save_pc!();
                    let key = pop!(ts);
                    let container_v = pop!(ts);
                    tri!(container::delitem(ts, container_v, key));
                }
                Op::BINARY_SLICE => {
                    save_pc!();
                    let stop = pop!(ts);
                    let start = pop!(ts);
                    let c = pop!(ts);
                    let s = crate::objects::slice::new_slice(start, stop, Value::NONE);
                    let pushed = tri!(container::getitem(ts, c, s));
                    ts.stack.push(pushed);
                }
                Op::STORE_SLICE => {
                    save_pc!();
                    let stop = pop!(ts);
                    let start = pop!(ts);
                    let c = pop!(ts);
                    let v = pop!(ts);
                    let s = crate::objects::slice::new_slice(start, stop, Value::NONE);
                    tri!(container::setitem(ts, c, s, v));
                }
                Op::UNARY_NEGATIVE => {
                    save_pc!();
                    let v = pop!(ts);
                    let pushed = tri!(number::negative(ts, v));
                    ts.stack.push(pushed);
                }
                Op::UNARY_INVERT => {
                    save_pc!();
                    let v = pop!(ts);
                    let pushed = tri!(number::invert(ts, v));
                    ts.stack.push(pushed);
                }
                Op::UNARY_NOT => {
                    save_pc!();
                    let v = pop!(ts);
                    let b = tri!(protocol::truthy(ts, v));
                    ts.stack.push(Value::from_bool(!b));
                }
                Op::TO_BOOL => {
                    adaptive!(c => specialize::to_bool(c, top!(ts)));
                    save_pc!();
                    let v = pop!(ts);
                    let b = tri!(protocol::truthy(ts, v));
                    ts.stack.push(Value::from_bool(b));
                }
                Op::COMPARE_OP => {
                    adaptive!(c => specialize::compare_op(peek!(ts, 2), peek!(ts, 1), arg));
                    if matches!(specialized::compare_int(ts, arg), Step::Next) {
                        continue 'instr;
                    }
                    let rhs = pop!(ts);
                    let lhs = pop!(ts);
                    save_pc!();
                    let pushed = tri!(protocol::rich_compare(ts, lhs, rhs, arg));
                    ts.stack.push(pushed);
                }
                Op::IS_OP => {
                    let rhs = pop!(ts);
                    let lhs = pop!(ts);
                    ts.stack.push(Value::from_bool((lhs == rhs) != (arg == 1)));
                }
                Op::CONTAINS_OP => {
                    adaptive!(c => specialize::contains_op(peek!(ts, 2), peek!(ts, 1)));
                    save_pc!();
                    let c = pop!(ts);
                    let item = pop!(ts);
                    let r = tri!(container::contains(ts, c, item));
                    ts.stack.push(Value::from_bool(r != (arg == 1)));
                }
                Op::JUMP_FORWARD => pc += arg as usize,
                Op::POP_JUMP_IF_FALSE | Op::POP_JUMP_IF_TRUE => {
                    let v = pop!(ts);
                    let b = if v == Value::TRUE {
                        true
                    } else if v == Value::FALSE {
                        false
                    } else {
                        save_pc!();
                        tri!(protocol::truthy(ts, v))
                    };
                    if b == (op == Op::POP_JUMP_IF_TRUE) {
                        pc += arg as usize;
                    }
                }
                Op::POP_JUMP_IF_NONE => {
                    if pop!(ts).is_none() {
                        pc += arg as usize;
                    }
                }
                Op::POP_JUMP_IF_NOT_NONE => {
                    if !pop!(ts).is_none() {
                        pc += arg as usize;
                    }
                }
                Op::GET_ITER => {
                    save_pc!();
                    let v = pop!(ts);
                    let pushed = tri!(protocol::iter(ts, v));
                    ts.stack.push(pushed);
                }
                Op::FOR_ITER => {
                    adaptive!(c => specialize::for_iter(top!(ts)));
                    save_pc!();
                    let it = top!(ts);
                    match tri!(protocol::next(ts, it)) {
                        Some(v) => ts.stack.push(v),
                        None => {
                            ts.stack.pop();
                            pc += arg as usize;
                        }
                    }
                }
                Op::BUILD_TUPLE => {
                    let at = ts.stack.len() - arg as usize;
                    let t = new_tuple(ts.stack[at..].to_vec());
                    ts.stack.truncate(at);
                    ts.stack.push(t);
                }
                Op::BUILD_LIST => {
                    let at = ts.stack.len() - arg as usize;
                    let l = new_list(ts.stack[at..].to_vec());
                    ts.stack.truncate(at);
                    ts.stack.push(l);
                }
                Op::BUILD_SET | Op::BUILD_MAP => {
                    save_pc!();
                    let n = if op == Op::BUILD_MAP {
                        2 * arg as usize
                    } else {
                        arg as usize
                    };
                    let at = ts.stack.len() - n;
                    let items: SmallVec<[Value; 16]> = SmallVec::from_slice(&ts.stack[at..]);
                    let r = if op == Op::BUILD_MAP {
                        ops::build::build_map(ts, &items)
                    } else {
                        ops::build::build_set(ts, &items)
                    };
                    let v = tri!(r);
                    ts.stack.truncate(at);
                    ts.stack.push(v);
                }
                Op::BUILD_STRING => {
                    let at = ts.stack.len() - arg as usize;
                    let s = ops::strings::build_string(&ts.stack[at..]);
                    ts.stack.truncate(at);
                    ts.stack.push(s);
                }
                Op::BUILD_SLICE => {
                    let step = if arg == 3 { pop!(ts) } else { Value::NONE };
                    let stop = pop!(ts);
                    let start = pop!(ts);
                    ts.stack
                        .push(crate::objects::slice::new_slice(start, stop, step));
                }
                Op::LIST_APPEND => {
                    let v = pop!(ts);
                    peek!(ts, arg as usize)
                        .downcast::<ListObj>()
                        .expect("list")
                        .push(v);
                }
                Op::SET_ADD => {
                    save_pc!();
                    let v = pop!(ts);
                    let s = peek!(ts, arg as usize)
                        .downcast::<crate::objects::set::SetObj>()
                        .expect("set");
                    tri!(protocol::set::set_add(ts, s, v));
                }
                Op::MAP_ADD => {
                    save_pc!();
                    let v = pop!(ts);
                    let k = pop!(ts);
                    let d = peek!(ts, arg as usize)
                        .downcast::<crate::objects::dict::DictObj>()
                        .expect("dict");
                    tri!(protocol::dict::dict_set(ts, d, k, v));
                }
                Op::LIST_EXTEND => {
                    save_pc!();
                    let v = pop!(ts);
                    let l = peek!(ts, arg as usize);
                    tri!(ops::build::list_extend(ts, l, v));
                }
                Op::SET_UPDATE => {
                    save_pc!();
                    let v = pop!(ts);
                    let s = peek!(ts, arg as usize);
                    tri!(ops::build::set_update(ts, s, v));
                }
                Op::DICT_UPDATE | Op::DICT_MERGE => {
                    save_pc!();
                    let v = pop!(ts);
                    let d = peek!(ts, arg as usize);
                    // Stack: callable, NULL, args tuple, dict.
                    let merge = (op == Op::DICT_MERGE).then(|| peek!(ts, arg as usize + 3));
                    tri!(ops::build::dict_update(ts, d, v, merge));
                }
                Op::UNPACK_SEQUENCE => {
                    adaptive!(c => specialize::unpack_sequence(top!(ts), arg));
                    save_pc!();
                    let seq = pop!(ts);
                    if let Some(items) = seq.as_tuple() {
                        if items.len() == arg as usize {
                            ts.stack.extend(items.iter().rev());
                            continue 'instr;
                        }
                    }
                    let items = tri!(ops::build::unpack_sequence(ts, seq, arg as usize));
                    ts.stack.extend(items);
                }
                Op::UNPACK_EX => {
                    save_pc!();
                    let seq = pop!(ts);
                    let items = tri!(ops::build::unpack_ex(
                        ts,
                        seq,
                        (arg & 0xFF) as usize,
                        (arg >> 8) as usize
                    ));
                    ts.stack.extend(items);
                }
                Op::CALL | Op::CALL_KW => {
                    if op == Op::CALL {
                        adaptive!(c => {
                            let n = arg as usize;
                            let ret_sp = ts.stack.len() - n - 2;
                            specialize::call(c, ts.stack[ret_sp], ts.stack[ret_sp + 1], n)
                        });
                    }
                    save_pc!();
                    let kwnames = if op == Op::CALL_KW {
                        pop!(ts)
                    } else {
                        Value::NULL
                    };
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
                        if kwnames.is_null()
                            && crate::specialize::call::takes_exactly(&func.code, nargs)
                        {
                            tri!(call::push_exact_frame(ts, func, args_start, ret_sp));
                        } else {
                            let all: SmallVec<[Value; 8]> =
                                SmallVec::from_slice(&ts.stack[args_start..]);
                            let r = if kwnames.is_null() {
                                call::push_frame(ts, func, &all, &[], ret_sp, false)
                            } else {
                                let (pos, kw) = ops::func::split_kw(&all, kwnames);
                                call::push_frame(ts, func, &pos, &kw, ret_sp, false)
                            };
                            tri!(r);
                        }
                        continue 'frames;
                    }
                    let all: SmallVec<[Value; 8]> = SmallVec::from_slice(&ts.stack[args_start..]);
                    let r = if kwnames.is_null() {
                        protocol::call(ts, callable, &all, &[])
                    } else {
                        let (pos, kw) = ops::func::split_kw(&all, kwnames);
                        protocol::call(ts, callable, &pos, &kw)
                    };
                    let v = tri!(r);
                    ts.stack.truncate(ret_sp);
                    ts.stack.push(v);
                }
                Op::CALL_FUNCTION_EX => {
                    save_pc!();
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
                    let r = protocol::call(ts, callable, &argv, &kw);
                    ts.stack.truncate(ts.stack.len() - 3);
                    let pushed = tri!(r);
                    ts.stack.push(pushed);
                }
                Op::CALL_INTRINSIC_1 => {
                    save_pc!();
                    let v = pop!(ts);
                    let r = tri!(crate::runtime::intrinsics::call_intrinsic_1(
                        ts, &frame, arg, v
                    ));
                    ts.stack.push(r);
                }
                Op::MAKE_FUNCTION => {
                    let c = pop!(ts);
                    ts.stack.push(ops::func::make_function(&frame, c));
                }
                Op::SET_FUNCTION_ATTRIBUTE => {
                    let func = pop!(ts);
                    let attr = pop!(ts);
                    ops::func::set_function_attribute(func, attr, arg);
                    ts.stack.push(func);
                }
                Op::RETURN_VALUE | Op::RETURN_CONST => {
                    let v = if op == Op::RETURN_CONST {
                        code.consts[arg as usize]
                    } else {
                        pop!(ts)
                    };
                    let f = ts.frames.pop().expect("frame");
                    ts.stack.truncate(f.ret_sp);
                    let v = if f.init_self.is_null() {
                        v
                    } else if v.is_none() {
                        f.init_self
                    } else {
                        // Raised in the caller, at its CALL, as CPython's init shim.
                        let e = crate::runtime::errors::type_error(format!(
                            "__init__() should return None, not '{}'",
                            crate::runtime::types::type_name(v)
                        ));
                        unwind::unwind(ts, e, false)?;
                        continue 'frames;
                    };
                    if f.is_entry {
                        ts.last_exit = Exit::Return;
                        return Ok(v);
                    }
                    ts.stack.push(v);
                    if !f.generator.is_null() {
                        // An inline generator returned: its SEND jumps with
                        // the return value; its FOR_ITER_GEN drops the value
                        // and the iterator and leaves the loop.
                        generator::finish_inline(ts, &f);
                        let mut jump = f.send_jump;
                        if jump & generator::FOR_ITER_INLINE != 0 {
                            jump &= !generator::FOR_ITER_INLINE;
                            ts.stack.truncate(ts.stack.len() - 2);
                        }
                        let caller = ts.frames.last_mut().expect("caller frame");
                        caller.pc += jump as usize;
                    }
                    continue 'frames;
                }
                Op::RETURN_GENERATOR => {
                    save_pc!();
                    let f = ts.frames.pop().expect("frame");
                    let g = generator::make_generator(ts, f);
                    ts.stack.truncate(f.ret_sp);
                    if f.is_entry {
                        ts.last_exit = Exit::Return;
                        return Ok(g);
                    }
                    ts.stack.push(g);
                    continue 'frames;
                }
                Op::YIELD_VALUE => {
                    save_pc!();
                    let v = pop!(ts);
                    let f = generator::suspend(ts);
                    if f.is_entry {
                        ts.last_exit = Exit::Yield;
                        return Ok(v);
                    }
                    // An inline generator yielded: its caller's SEND produced v.
                    ts.exc_info = f.prev_exc;
                    ts.stack.push(v);
                    continue 'frames;
                }
                Op::SEND => {
                    adaptive!(c => specialize::send(peek!(ts, 2)));
                    save_pc!();
                    let v = pop!(ts);
                    let receiver = top!(ts);
                    if generator::push_inline(ts, receiver, v, arg) {
                        continue 'frames;
                    }
                    ts.stack.push(v);
                    let (r, done) = tri!(generator::send(ts, receiver, v));
                    ts.stack.pop();
                    ts.stack.push(r);
                    if done {
                        pc += arg as usize;
                    }
                }
                Op::END_SEND => {
                    let v = pop!(ts);
                    ts.stack.pop();
                    ts.stack.push(v);
                }
                Op::GET_YIELD_FROM_ITER => {
                    save_pc!();
                    let v = pop!(ts);
                    let it = if let Some(g) =
                        v.downcast::<crate::objects::generator::GeneratorObj>()
                    {
                        if g.cls() == crate::runtime::types::types().coroutine
                            && code.flags & crate::objects::code::CO_COROUTINE == 0
                        {
                            break 'instr (
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
                }
                Op::GET_AWAITABLE => {
                    save_pc!();
                    let v = pop!(ts);
                    let pushed = tri!(ops::coro::get_awaitable(ts, v, arg));
                    ts.stack.push(pushed);
                }
                Op::GET_AITER => {
                    save_pc!();
                    let v = pop!(ts);
                    let pushed = tri!(ops::coro::get_aiter(ts, v));
                    ts.stack.push(pushed);
                }
                Op::GET_ANEXT => {
                    save_pc!();
                    let pushed = tri!(ops::coro::get_anext(ts, top!(ts)));
                    ts.stack.push(pushed);
                }
                Op::END_ASYNC_FOR => {
                    let exc = pop!(ts);
                    let e = exc
                        .downcast::<crate::objects::exception::ExceptionObj>()
                        .expect("exception");
                    if !e
                        .cls()
                        .is_subtype(crate::runtime::types::types().stop_async_iteration)
                    {
                        break 'instr (PyErr(e), true);
                    }
                    ts.stack.pop();
                }
                Op::BEFORE_ASYNC_WITH => {
                    save_pc!();
                    let mgr = pop!(ts);
                    let (exit, res) = tri!(ops::coro::before_async_with(ts, mgr));
                    ts.stack.push(exit);
                    ts.stack.push(res);
                }
                Op::CLEANUP_THROW => {
                    let exc = pop!(ts);
                    let _last_sent = pop!(ts);
                    let _sub = pop!(ts);
                    let e = exc
                        .downcast::<crate::objects::exception::ExceptionObj>()
                        .expect("exception");
                    if e.cls()
                        .is_subtype(crate::runtime::types::types().stop_iteration)
                    {
                        let val = e
                            .args
                            .get()
                            .as_tuple()
                            .and_then(|a| a.first().copied())
                            .unwrap_or(Value::NONE);
                        ts.stack.push(Value::NONE);
                        ts.stack.push(val);
                    } else {
                        break 'instr (PyErr(e), true);
                    }
                }
                Op::RAISE_VARARGS => {
                    save_pc!();
                    match arg {
                        0 => {
                            let cur = ts.exc_info;
                            match cur.downcast::<crate::objects::exception::ExceptionObj>() {
                                Some(e) => break 'instr (PyErr(e), true),
                                None => {
                                    break 'instr (
                                        crate::runtime::errors::runtime_error(
                                            "No active exception to reraise",
                                        ),
                                        false,
                                    )
                                }
                            }
                        }
                        1 => {
                            let v = pop!(ts);
                            let e = tri!(ops::exc::exception_from(ts, v));
                            break 'instr (e, false);
                        }
                        _ => {
                            let cause = pop!(ts);
                            let v = pop!(ts);
                            let e = tri!(ops::exc::exception_from(ts, v));
                            tri!(ops::exc::set_cause(ts, e, cause));
                            break 'instr (e, false);
                        }
                    }
                }
                Op::RERAISE => {
                    // With an oparg the item below `exc` is the raising
                    // unit's offset: CPython restores it only for line
                    // numbers; the handler search uses this RERAISE, and the
                    // traceback already holds the original location.
                    let exc = pop!(ts);
                    match exc.downcast::<crate::objects::exception::ExceptionObj>() {
                        Some(e) => break 'instr (PyErr(e), true),
                        None => {
                            break 'instr (
                                crate::runtime::errors::system_error("RERAISE of a non-exception"),
                                false,
                            )
                        }
                    }
                }
                Op::PUSH_EXC_INFO => {
                    let exc = pop!(ts);
                    let prev = ts.exc_info;
                    ts.stack.push(prev);
                    ts.stack.push(exc);
                    ts.exc_info = exc;
                }
                Op::POP_EXCEPT => {
                    let prev = pop!(ts);
                    // In a generator, "no exception" falls back to the one
                    // its resumer is handling (CPython's exc_info chain).
                    ts.exc_info =
                        if (prev.is_none() || prev.is_null()) && !frame.generator.is_null() {
                            ts.frames[fidx].prev_exc
                        } else {
                            prev
                        };
                }
                Op::CHECK_EXC_MATCH => {
                    let ty = pop!(ts);
                    let exc = top!(ts);
                    let r = tri!(ops::exc::exc_matches(exc, ty));
                    ts.stack.push(Value::from_bool(r));
                }
                Op::BEFORE_WITH => {
                    save_pc!();
                    let mgr = pop!(ts);
                    let (exit, res) = tri!(ops::exc::before_with(ts, mgr));
                    ts.stack.push(exit);
                    ts.stack.push(res);
                }
                Op::WITH_EXCEPT_START => {
                    save_pc!();
                    let exc = peek!(ts, 1);
                    let exit = peek!(ts, 4);
                    let r = tri!(ops::exc::with_except_start(ts, exit, exc));
                    ts.stack.push(r);
                }
                Op::FORMAT_SIMPLE => {
                    save_pc!();
                    let v = pop!(ts);
                    let pushed = tri!(ops::strings::format_simple(ts, v));
                    ts.stack.push(pushed);
                }
                Op::FORMAT_WITH_SPEC => {
                    save_pc!();
                    let spec = pop!(ts);
                    let v = pop!(ts);
                    let pushed = tri!(ops::strings::format_with_spec(ts, v, spec));
                    ts.stack.push(pushed);
                }
                Op::CONVERT_VALUE => {
                    save_pc!();
                    let v = pop!(ts);
                    let pushed = tri!(ops::strings::convert_value(ts, v, arg));
                    ts.stack.push(pushed);
                }
                Op::LOAD_BUILD_CLASS => ts.stack.push(ops::names::builtin("__build_class__")),
                Op::LOAD_COMMON_CONSTANT => {
                    let t = crate::runtime::types::types();
                    ts.stack.push(if arg == 0 {
                        t.assertion_error.value()
                    } else {
                        t.not_implemented_error.value()
                    });
                }
                Op::IMPORT_NAME => {
                    save_pc!();
                    let fromlist = pop!(ts);
                    let level = pop!(ts);
                    let m = tri!(crate::runtime::import::import_name(
                        ts,
                        &frame,
                        code.names[arg as usize],
                        fromlist,
                        level
                    ));
                    ts.stack.push(m);
                }
                Op::IMPORT_FROM => {
                    save_pc!();
                    let m = top!(ts);
                    let pushed = tri!(ops::names::import_from(ts, m, code.names[arg as usize]));
                    ts.stack.push(pushed);
                }
                Op::GET_LEN => {
                    save_pc!();
                    let r = tri!(ops::pattern::get_len(ts, top!(ts)));
                    ts.stack.push(r);
                }
                Op::MATCH_SEQUENCE => {
                    let r = ops::pattern::is_sequence(top!(ts));
                    ts.stack.push(Value::from_bool(r));
                }
                Op::MATCH_MAPPING => {
                    let r = ops::pattern::is_mapping(top!(ts));
                    ts.stack.push(Value::from_bool(r));
                }
                Op::MATCH_KEYS => {
                    save_pc!();
                    let (subject, keys) = (peek!(ts, 2), peek!(ts, 1));
                    let r = tri!(ops::pattern::match_keys(ts, subject, keys));
                    ts.stack.push(r);
                }
                Op::MATCH_CLASS => {
                    save_pc!();
                    let (subject, cls, names) = (peek!(ts, 3), peek!(ts, 2), peek!(ts, 1));
                    let r = tri!(ops::pattern::match_class(
                        ts,
                        subject,
                        cls,
                        names,
                        arg as usize
                    ));
                    ts.stack.truncate(ts.stack.len() - 3);
                    ts.stack.push(r);
                }
                Op::SETUP_ANNOTATIONS => {
                    save_pc!();
                    tri!(crate::runtime::intrinsics::setup_annotations(ts, &frame));
                }
                _ => unreachable!("specialized instructions run above"),
            }
        };
        // An exception: find a handler in this frame or unwind to the caller.
        ts.frames[fidx].lasti = lasti;
        unwind::unwind(ts, err, reraise)?;
    }
}
