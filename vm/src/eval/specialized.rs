//! Bodies of the specialized instructions (`isa.rs`, `@specialized`), as
//! CPython's `bytecodes.c`: each checks its guards first and returns
//! `Step::Miss` before any side effect (`DEOPT_IF`), so the family head's
//! generic body can run the same instruction from the same stack.

use crate::object::Gc;
use crate::objects::descr::PropertyObj;
use crate::objects::dict::DictObj;
use crate::objects::function::{FunctionObj, MethodObj};
use crate::objects::list::ListObj;
use crate::objects::module::ModuleObj;
use crate::objects::str::StrObj;
use crate::protocol::dict::dict_get_str;
use crate::protocol::iter::{next_fast, FastIter};
use crate::runtime::errors::PyErr;
use crate::runtime::thread::Thread;
use crate::runtime::types::{type_of, types};
use crate::specialize::call::{takes_exactly, CALL_OBJECT, CALL_VERSION};
use crate::specialize::simple::{LG_BUILTINS_VERSION, LG_GLOBALS_VERSION, LG_INDEX};
use crate::specialize::{attr::*, Cache};
use crate::value::Value;
use smallvec::SmallVec;
use std::sync::atomic::Ordering;

/// How a specialized instruction ended.
pub enum Step {
    Next,
    /// A guard failed; nothing was changed.
    Miss,
    /// Continue `n` units further (a taken branch).
    Jump(usize),
    /// A frame was pushed: continue in it.
    Frame,
    Err(PyErr),
}

macro_rules! guard {
    ($cond:expr) => {
        if !$cond {
            return Step::Miss;
        }
    };
}

macro_rules! tri {
    ($e:expr) => {
        match $e {
            Ok(v) => v,
            Err(e) => return Step::Err(e),
        }
    };
}

#[inline(always)]
fn top(ts: &Thread) -> Value {
    *ts.stack.last().expect("value stack underflow")
}

#[inline(always)]
fn type_version_is(v: Value, version: u32) -> bool {
    type_of(v).version.load(Ordering::Relaxed) == version
}

#[inline(always)]
fn set_top(ts: &mut Thread, v: Value) {
    *ts.stack.last_mut().expect("value stack underflow") = v;
}

// ---- LOAD_GLOBAL ----

/// Pushes a LOAD_GLOBAL's value (and NULL when `arg & 1`), or misses.
#[inline(always)]
fn global_result(ts: &mut Thread, v: Option<Value>, arg: u32) -> Step {
    let Some(v) = v else { return Step::Miss };
    ts.stack.push(v);
    if arg & 1 != 0 {
        ts.stack.push(Value::NULL);
    }
    Step::Next
}

#[inline(always)]
pub fn load_global_module(ts: &mut Thread, globals: Gc<DictObj>, c: Cache<'_>, arg: u32) -> Step {
    let v = globals
        .table
        .value_if_version(c.u32(LG_GLOBALS_VERSION), c.u16(LG_INDEX) as usize);
    global_result(ts, v, arg)
}

#[inline(always)]
pub fn load_global_builtin(
    ts: &mut Thread,
    globals: Gc<DictObj>,
    builtins: Gc<DictObj>,
    c: Cache<'_>,
    arg: u32,
) -> Step {
    guard!(globals.table.has_version(c.u32(LG_GLOBALS_VERSION)));
    let v = builtins
        .table
        .value_if_version(c.u32(LG_BUILTINS_VERSION), c.u16(LG_INDEX) as usize);
    global_result(ts, v, arg)
}

// ---- LOAD_ATTR ----

/// Pushes the result of a LOAD_ATTR that read `v` (method form: `v, NULL`).
#[inline(always)]
fn attr_result(ts: &mut Thread, v: Value, arg: u32) -> Step {
    set_top(ts, v);
    if arg & 1 != 0 {
        ts.stack.push(Value::NULL);
    }
    Step::Next
}

fn instance_dict_of(owner: Value) -> Option<crate::object::Gc<DictObj>> {
    owner.as_gc()?.dict_value().downcast::<DictObj>()
}

/// Whether the instance `__dict__` does not hold `name`.
#[inline(always)]
fn not_shadowed(owner: Value, name: Value) -> bool {
    instance_dict_of(owner).is_none_or(|d| dict_get_str(d, name).is_none())
}

#[inline(always)]
pub fn load_attr_instance_value(ts: &mut Thread, c: Cache<'_>, arg: u32, name: Value) -> Step {
    let owner = top(ts);
    if !type_version_is(owner, c.u32(LA_VERSION)) {
        // Another class at a polymorphic site: still a plain `__dict__` read?
        guard!(plain_instance_read(owner, name));
    }
    let Some(d) = instance_dict_of(owner) else {
        return Step::Miss;
    };
    let v = d
        .table
        .value_at_hint(c.u32(LA_AUX) as usize, name)
        .or_else(|| dict_get_str(d, name));
    let Some(v) = v else { return Step::Miss };
    attr_result(ts, v, arg)
}

#[inline(always)]
pub fn load_attr_slot(ts: &mut Thread, c: Cache<'_>, arg: u32) -> Step {
    let owner = top(ts);
    guard!(type_version_is(owner, c.u32(LA_VERSION)));
    let v = crate::objects::instance::slot_cells(owner)
        .and_then(|s| s.get(c.u32(LA_AUX) as usize))
        .map_or(Value::NULL, |s| s.get());
    guard!(!v.is_null());
    attr_result(ts, v, arg)
}

#[inline(always)]
pub fn load_attr_module(ts: &mut Thread, c: Cache<'_>, arg: u32) -> Step {
    let owner = top(ts);
    let Some(m) = owner.downcast::<ModuleObj>() else {
        return Step::Miss;
    };
    let v = m
        .dict
        .table
        .value_if_version(c.u32(LA_VERSION), c.u32(LA_AUX) as usize);
    let Some(v) = v else { return Step::Miss };
    attr_result(ts, v, arg)
}

#[inline(always)]
pub fn load_attr_class(ts: &mut Thread, c: Cache<'_>, arg: u32) -> Step {
    let owner = top(ts);
    let Some(t) = owner.as_type() else {
        return Step::Miss;
    };
    guard!(t.version.load(Ordering::Relaxed) == c.u32(LA_VERSION));
    attr_result(ts, c.value(LA_DESCR), arg)
}

#[inline(always)]
pub fn load_attr_nondescriptor(ts: &mut Thread, c: Cache<'_>, arg: u32, name: Value) -> Step {
    let owner = top(ts);
    guard!(type_version_is(owner, c.u32(LA_VERSION)));
    guard!(not_shadowed(owner, name));
    attr_result(ts, c.value(LA_DESCR), arg)
}

#[inline(always)]
pub fn load_attr_method(ts: &mut Thread, c: Cache<'_>, name: Value, has_dict: bool) -> Step {
    let owner = top(ts);
    let method = if type_version_is(owner, c.u32(LA_VERSION)) {
        c.value(LA_DESCR)
    } else if has_dict {
        // Another class at a polymorphic call site.
        match plain_instance_method(owner, name) {
            Some(m) => m,
            None => return Step::Miss,
        }
    } else {
        return Step::Miss;
    };
    if has_dict {
        guard!(not_shadowed(owner, name));
    }
    set_top(ts, method);
    ts.stack.push(owner);
    Step::Next
}

#[inline(always)]
pub fn load_attr_property(ts: &mut Thread, c: Cache<'_>) -> Step {
    let owner = top(ts);
    guard!(type_version_is(owner, c.u32(LA_VERSION)));
    let Some(p) = c.value(LA_DESCR).downcast::<PropertyObj>() else {
        return Step::Miss;
    };
    let Some(fget) = p.fget.get().downcast::<FunctionObj>() else {
        return Step::Miss;
    };
    guard!(takes_exactly(&fget.code, 1));
    // The owner becomes the getter's only argument; the result replaces it.
    let at = ts.stack.len() - 1;
    enter(ts, fget, at, at)
}

// ---- STORE_ATTR ----

#[inline(always)]
pub fn store_attr_instance_value(ts: &mut Thread, c: Cache<'_>, name: Value) -> Step {
    let owner = top(ts);
    if !type_version_is(owner, c.u32(SA_VERSION)) {
        // Another class at a polymorphic site: still a plain `__dict__` store?
        guard!(plain_instance_write(owner, name));
    }
    let Some(d) = crate::protocol::attr::instance_dict(owner, true) else {
        return Step::Miss;
    };
    let n = ts.stack.len();
    let v = ts.stack[n - 2];
    let hint = c.u16(SA_AUX);
    if hint == u16::MAX || !d.table.store_at_hint(hint as usize, name, v) {
        crate::protocol::dict::dict_set_str(d, name, v);
    }
    ts.stack.truncate(n - 2);
    Step::Next
}

#[inline(always)]
pub fn store_attr_slot(ts: &mut Thread, c: Cache<'_>) -> Step {
    let owner = top(ts);
    guard!(type_version_is(owner, c.u32(SA_VERSION)));
    let Some(cell) =
        crate::objects::instance::slot_cells(owner).and_then(|s| s.get(c.u16(SA_AUX) as usize))
    else {
        return Step::Miss;
    };
    let n = ts.stack.len();
    cell.set(ts.stack[n - 2]);
    ts.stack.truncate(n - 2);
    Step::Next
}

// ---- BINARY_OP, STORE_SUBSCR, COMPARE_OP, CONTAINS_OP, TO_BOOL ----

#[inline(always)]
fn operands(ts: &Thread) -> (Value, Value) {
    let n = ts.stack.len();
    (ts.stack[n - 2], ts.stack[n - 1])
}

#[inline(always)]
fn replace2(ts: &mut Thread, v: Value) -> Step {
    ts.stack.pop();
    set_top(ts, v);
    Step::Next
}

#[inline(always)]
pub fn binary_int(ts: &mut Thread, f: fn(i64, i64) -> Option<i64>) -> Step {
    let (l, r) = operands(ts);
    let (Some(a), Some(b)) = (l.as_small_int(), r.as_small_int()) else {
        return Step::Miss;
    };
    let Some(v) = f(a, b).and_then(Value::try_small_int) else {
        return Step::Miss;
    };
    replace2(ts, v)
}

#[inline(always)]
pub fn binary_float(ts: &mut Thread, f: fn(f64, f64) -> f64) -> Step {
    let (l, r) = operands(ts);
    guard!(l.is_float() || r.is_float());
    let (Some(a), Some(b)) = (as_f64(l), as_f64(r)) else {
        return Step::Miss;
    };
    replace2(ts, Value::float(f(a, b)))
}

/// A float operand, or a small int (exactly representable: below 2^49).
#[inline(always)]
fn as_f64(v: Value) -> Option<f64> {
    v.as_float().or_else(|| v.as_small_int().map(|i| i as f64))
}

/// `/` with a float operand: a zero divisor raises, in the generic body.
#[inline(always)]
pub fn binary_extend_float(ts: &mut Thread) -> Step {
    let (l, r) = operands(ts);
    guard!(l.is_float() || r.is_float());
    let (Some(a), Some(b)) = (as_f64(l), as_f64(r)) else {
        return Step::Miss;
    };
    guard!(b != 0.0);
    replace2(ts, Value::float(a / b))
}

/// Python's result of the operator `op` (a `BINARY_OP` oparg, in-place
/// forms folded) on two small ints, when it is an int or float computed
/// without overflow; None sends the generic body (errors, big ints).
#[inline(always)]
fn small_int_op(a: i64, b: i64, op: u32) -> Option<Value> {
    let r = match op {
        0 => a.checked_add(b)?,
        10 => a.checked_sub(b)?,
        5 => a.checked_mul(b)?,
        1 => a & b,
        7 => a | b,
        12 => a ^ b,
        2 | 6 => {
            if b == 0 {
                return None;
            }
            let (q, m) = (a / b, a % b);
            let adjust = m != 0 && ((m < 0) != (b < 0));
            if op == 2 {
                q - adjust as i64
            } else {
                m + if adjust { b } else { 0 }
            }
        }
        9 => {
            if b < 0 {
                return None;
            }
            a >> b.min(63)
        }
        3 => {
            if !(0..63).contains(&b) {
                return (a == 0 && b >= 0).then_some(Value::small_int(0));
            }
            let r = a << b;
            if r >> b != a {
                return None;
            }
            r
        }
        8 => a.checked_pow(u32::try_from(b).ok()?)?,
        11 => {
            return (b != 0).then(|| Value::float(a as f64 / b as f64));
        }
        _ => return None,
    };
    Value::try_small_int(r)
}

#[inline(always)]
pub fn binary_extend_int(ts: &mut Thread, arg: u32) -> Step {
    let (l, r) = operands(ts);
    let (Some(a), Some(b)) = (l.as_small_int(), r.as_small_int()) else {
        return Step::Miss;
    };
    let Some(v) = small_int_op(a, b, arg % crate::isa::NB_INPLACE_OFFSET) else {
        return Step::Miss;
    };
    replace2(ts, v)
}

#[inline(always)]
pub fn binary_add_unicode(ts: &mut Thread) -> Step {
    let (l, r) = operands(ts);
    let str_t = types().str;
    guard!(l.is_ptr() && r.is_ptr() && type_of(l) == str_t && type_of(r) == str_t);
    let (Some(a), Some(b)) = (l.as_str(), r.as_str()) else {
        return Step::Miss;
    };
    replace2(ts, crate::objects::str::concat(a, b))
}

#[inline(always)]
fn index(i: i64, len: usize) -> Option<usize> {
    let j = if i < 0 { i + len as i64 } else { i };
    usize::try_from(j).ok().filter(|&j| j < len)
}

#[inline(always)]
pub fn subscr_list_int(ts: &mut Thread) -> Step {
    let (l, r) = operands(ts);
    let (Some(list), Some(i)) = (l.downcast::<ListObj>(), r.as_small_int()) else {
        return Step::Miss;
    };
    guard!(list.cls() == types().list);
    let Some(v) = index(i, list.len()).and_then(|j| list.item(j)) else {
        return Step::Miss;
    };
    replace2(ts, v)
}

#[inline(always)]
pub fn subscr_tuple_int(ts: &mut Thread) -> Step {
    let (l, r) = operands(ts);
    guard!(l.is_ptr() && type_of(l) == types().tuple);
    let (Some(items), Some(i)) = (l.as_tuple(), r.as_small_int()) else {
        return Step::Miss;
    };
    let Some(j) = index(i, items.len()) else {
        return Step::Miss;
    };
    replace2(ts, items[j])
}

#[inline(always)]
pub fn subscr_str_int(ts: &mut Thread) -> Step {
    let (l, r) = operands(ts);
    let (Some(s), Some(i)) = (l.downcast::<StrObj>(), r.as_small_int()) else {
        return Step::Miss;
    };
    guard!(s.cls() == types().str && s.is_ascii());
    let bytes = s.as_str().as_bytes();
    let Some(j) = index(i, bytes.len()) else {
        return Step::Miss;
    };
    replace2(ts, crate::builtins::strings::char_str(bytes[j] as char))
}

#[inline(always)]
pub fn subscr_dict(ts: &mut Thread) -> Step {
    let (l, r) = operands(ts);
    let Some(d) = l.downcast::<DictObj>() else {
        return Step::Miss;
    };
    guard!(d.cls() == types().dict);
    match tri!(crate::protocol::dict::dict_get(ts, d, r)) {
        Some(v) => replace2(ts, v),
        None => Step::Err(crate::runtime::errors::key_error(r)),
    }
}

#[inline(always)]
pub fn store_subscr_list_int(ts: &mut Thread) -> Step {
    let n = ts.stack.len();
    let (v, container, key) = (ts.stack[n - 3], ts.stack[n - 2], ts.stack[n - 1]);
    let (Some(l), Some(i)) = (container.downcast::<ListObj>(), key.as_small_int()) else {
        return Step::Miss;
    };
    guard!(l.cls() == types().list);
    {
        let mut items = l.items.lock();
        let Some(j) = index(i, items.len()) else {
            return Step::Miss;
        };
        items.set(j, v);
    }
    ts.stack.truncate(n - 3);
    Step::Next
}

#[inline(always)]
pub fn store_subscr_dict(ts: &mut Thread) -> Step {
    let n = ts.stack.len();
    let (v, container, key) = (ts.stack[n - 3], ts.stack[n - 2], ts.stack[n - 1]);
    let Some(d) = container.downcast::<DictObj>() else {
        return Step::Miss;
    };
    guard!(d.cls() == types().dict);
    tri!(crate::protocol::dict::dict_set(ts, d, key, v));
    ts.stack.truncate(n - 3);
    Step::Next
}

#[inline(always)]
pub fn compare_int(ts: &mut Thread, arg: u32) -> Step {
    let (l, r) = operands(ts);
    let (Some(a), Some(b)) = (l.as_small_int(), r.as_small_int()) else {
        return Step::Miss;
    };
    let res = crate::protocol::compare::ordering_matches(Some(a.cmp(&b)), arg);
    replace2(ts, Value::from_bool(res))
}

#[inline(always)]
pub fn compare_float(ts: &mut Thread, arg: u32) -> Step {
    let (l, r) = operands(ts);
    let (Some(a), Some(b)) = (l.as_float(), r.as_float()) else {
        return Step::Miss;
    };
    let res = crate::protocol::compare::ordering_matches(a.partial_cmp(&b), arg);
    replace2(ts, Value::from_bool(res))
}

#[inline(always)]
pub fn compare_str(ts: &mut Thread, arg: u32) -> Step {
    let (l, r) = operands(ts);
    let str_t = types().str;
    guard!(l.is_ptr() && r.is_ptr() && type_of(l) == str_t && type_of(r) == str_t);
    let (Some(a), Some(b)) = (l.as_str(), r.as_str()) else {
        return Step::Miss;
    };
    replace2(ts, Value::from_bool((l == r || a == b) == (arg == 2)))
}

#[inline(always)]
pub fn contains_set(ts: &mut Thread, arg: u32) -> Step {
    let (item, c) = operands(ts);
    let t = types();
    guard!(c.is_ptr() && (type_of(c) == t.set || type_of(c) == t.frozenset));
    let r = tri!(crate::protocol::iter::set_contains(ts, c, item));
    replace2(ts, Value::from_bool(r != (arg == 1)))
}

#[inline(always)]
pub fn contains_str(ts: &mut Thread, arg: u32) -> Step {
    let (item, c) = operands(ts);
    let str_t = types().str;
    guard!(item.is_ptr() && c.is_ptr() && type_of(item) == str_t && type_of(c) == str_t);
    let (Some(needle), Some(hay)) = (item.as_str(), c.as_str()) else {
        return Step::Miss;
    };
    replace2(ts, Value::from_bool(hay.contains(needle) != (arg == 1)))
}

#[inline(always)]
pub fn contains_dict(ts: &mut Thread, arg: u32) -> Step {
    let (item, c) = operands(ts);
    let Some(d) = c.downcast::<DictObj>() else {
        return Step::Miss;
    };
    guard!(d.cls() == types().dict);
    let r = tri!(crate::protocol::dict::dict_contains(ts, d, item));
    replace2(ts, Value::from_bool(r != (arg == 1)))
}

#[inline(always)]
pub fn to_bool(ts: &mut Thread, op: crate::isa::Op, version: u32) -> Step {
    use crate::isa::Op;
    let v = top(ts);
    let b = match op {
        Op::TO_BOOL_BOOL if v.is_bool() => return Step::Next,
        Op::TO_BOOL_INT => match v.as_small_int() {
            Some(i) => i != 0,
            None => return Step::Miss,
        },
        Op::TO_BOOL_NONE if v.is_none() => false,
        Op::TO_BOOL_LIST => match v.downcast::<ListObj>() {
            Some(l) if l.cls() == types().list => !l.is_empty(),
            _ => return Step::Miss,
        },
        Op::TO_BOOL_STR => match v.downcast::<StrObj>() {
            Some(s) if s.cls() == types().str => !s.as_str().is_empty(),
            _ => return Step::Miss,
        },
        Op::TO_BOOL_ALWAYS_TRUE if type_version_is(v, version) => true,
        _ => return Step::Miss,
    };
    set_top(ts, Value::from_bool(b));
    Step::Next
}

// ---- FOR_ITER, UNPACK_SEQUENCE ----

#[inline(always)]
pub fn for_iter_fast(ts: &mut Thread, kind: FastIter, jump: u32) -> Step {
    match next_fast(top(ts), kind) {
        None => Step::Miss,
        Some(Some(v)) => {
            ts.stack.push(v);
            Step::Next
        }
        Some(None) => {
            ts.stack.pop();
            Step::Jump(jump as usize)
        }
    }
}

#[inline(always)]
pub fn for_iter_gen(ts: &mut Thread, jump: u32) -> Step {
    let it = top(ts);
    guard!(it.is_ptr() && type_of(it) == types().generator);
    // Resumed inline, in this loop (CPython's FOR_ITER_GEN): no nested run.
    let inline = jump | crate::eval::generator::FOR_ITER_INLINE;
    guard!(crate::eval::generator::push_inline(
        ts,
        it,
        Value::NONE,
        inline
    ));
    Step::Frame
}

#[inline(always)]
pub fn unpack_tuple(ts: &mut Thread, n: u32) -> Step {
    let seq = top(ts);
    let Some(items) = seq.as_tuple() else {
        return Step::Miss;
    };
    guard!(items.len() == n as usize);
    ts.stack.pop();
    ts.stack.extend(items.iter().rev());
    Step::Next
}

#[inline(always)]
pub fn unpack_list(ts: &mut Thread, n: u32) -> Step {
    let seq = top(ts);
    let Some(l) = seq.downcast::<ListObj>() else {
        return Step::Miss;
    };
    guard!(l.cls() == types().list);
    let items: SmallVec<[Value; 8]> = {
        let g = l.items.lock();
        if g.len() != n as usize {
            return Step::Miss;
        }
        (0..g.len()).rev().filter_map(|i| g.get(i)).collect()
    };
    ts.stack.pop();
    ts.stack.extend(items);
    Step::Next
}

// ---- CALL ----

/// Where the callable, `self_or_null` and arguments of a CALL with `n`
/// arguments sit: `(ret_sp, args_start)`.
#[inline(always)]
fn call_layout(ts: &Thread, n: usize) -> (usize, usize) {
    let sp = ts.stack.len();
    let ret_sp = sp - n - 2;
    let args_start = if ts.stack[ret_sp + 1].is_null() {
        sp - n
    } else {
        sp - n - 1
    };
    (ret_sp, args_start)
}

#[inline(always)]
fn enter(
    ts: &mut Thread,
    func: crate::object::Gc<FunctionObj>,
    args_start: usize,
    ret_sp: usize,
) -> Step {
    tri!(super::call::push_exact_frame(ts, func, args_start, ret_sp));
    Step::Frame
}

/// Pushes a frame for `func`, binding the arguments at `args_start`
/// (defaults, `*args`, ...).
#[inline(always)]
fn enter_general(
    ts: &mut Thread,
    func: crate::object::Gc<FunctionObj>,
    args_start: usize,
    ret_sp: usize,
) -> Step {
    let all = call_args(ts, args_start);
    tri!(super::call::push_frame(ts, func, &all, &[], ret_sp, false));
    Step::Frame
}

#[inline(always)]
pub fn call_py_exact_args(ts: &mut Thread, n: usize) -> Step {
    let (ret_sp, args_start) = call_layout(ts, n);
    let Some(func) = ts.stack[ret_sp].downcast::<FunctionObj>() else {
        return Step::Miss;
    };
    guard!(takes_exactly(&func.code, ts.stack.len() - args_start));
    enter(ts, func, args_start, ret_sp)
}

#[inline(always)]
pub fn call_bound_method_exact_args(ts: &mut Thread, n: usize) -> Step {
    let sp = ts.stack.len();
    let ret_sp = sp - n - 2;
    guard!(ts.stack[ret_sp + 1].is_null());
    let Some(m) = ts.stack[ret_sp].downcast::<MethodObj>() else {
        return Step::Miss;
    };
    let Some(func) = m.func.downcast::<FunctionObj>() else {
        return Step::Miss;
    };
    guard!(takes_exactly(&func.code, n + 1));
    ts.stack[ret_sp] = m.func;
    ts.stack[ret_sp + 1] = m.this;
    enter(ts, func, ret_sp + 1, ret_sp)
}

#[inline(always)]
pub fn call_bound_method_general(ts: &mut Thread, n: usize) -> Step {
    let sp = ts.stack.len();
    let ret_sp = sp - n - 2;
    guard!(ts.stack[ret_sp + 1].is_null());
    let Some(m) = ts.stack[ret_sp].downcast::<MethodObj>() else {
        return Step::Miss;
    };
    let Some(func) = m.func.downcast::<FunctionObj>() else {
        return Step::Miss;
    };
    ts.stack[ret_sp] = m.func;
    ts.stack[ret_sp + 1] = m.this;
    enter_general(ts, func, ret_sp + 1, ret_sp)
}

#[inline(always)]
pub fn call_py_general(ts: &mut Thread, n: usize) -> Step {
    let (ret_sp, args_start) = call_layout(ts, n);
    let Some(func) = ts.stack[ret_sp].downcast::<FunctionObj>() else {
        return Step::Miss;
    };
    enter_general(ts, func, args_start, ret_sp)
}

#[inline(always)]
pub fn call_alloc_and_enter_init(ts: &mut Thread, c: Cache<'_>, n: usize) -> Step {
    let sp = ts.stack.len();
    let ret_sp = sp - n - 2;
    let callable = ts.stack[ret_sp];
    let Some(cls) = callable.as_type() else {
        return Step::Miss;
    };
    guard!(ts.stack[ret_sp + 1].is_null());
    guard!(cls.version.load(Ordering::Relaxed) == c.u32(CALL_VERSION));
    let Some(init) = c.value(CALL_OBJECT).downcast::<FunctionObj>() else {
        return Step::Miss;
    };
    let obj = crate::objects::instance::new_instance(cls).value();
    ts.stack[ret_sp + 1] = obj;
    tri!(super::call::push_exact_frame(ts, init, ret_sp + 1, ret_sp));
    ts.frames.last_mut().expect("init frame").init_self = obj;
    Step::Frame
}

/// The arguments (self first) of a CALL, copied out of the value stack
/// (they stay there, rooted, during the call).
#[inline(always)]
fn call_args(ts: &Thread, args_start: usize) -> SmallVec<[Value; 8]> {
    SmallVec::from_slice(&ts.stack[args_start..])
}

#[inline(always)]
fn call_done(ts: &mut Thread, ret_sp: usize, r: crate::runtime::PyResult<Value>) -> Step {
    let v = tri!(r);
    ts.stack.truncate(ret_sp);
    ts.stack.push(v);
    Step::Next
}

#[inline(always)]
pub fn call_builtin_fast(ts: &mut Thread, n: usize) -> Step {
    let (ret_sp, args_start) = call_layout(ts, n);
    let Some(b) = ts.stack[ret_sp].downcast::<crate::objects::builtin_fn::BuiltinFnObj>() else {
        return Step::Miss;
    };
    let mut args = call_args(ts, args_start);
    if !b.this.is_null() {
        args.insert(0, b.this);
    }
    let r = (b.func)(ts, &args, &[]);
    call_done(ts, ret_sp, r)
}

#[inline(always)]
pub fn call_builtin_class(ts: &mut Thread, n: usize) -> Step {
    let (ret_sp, args_start) = call_layout(ts, n);
    let Some(cls) = ts.stack[ret_sp].as_type() else {
        return Step::Miss;
    };
    guard!(!cls.has_flag(crate::objects::typeobj::TF_HEAPTYPE));
    guard!(ts.stack[ret_sp + 1].is_null());
    let args = call_args(ts, args_start);
    let r = crate::protocol::call::type_call(ts, cls, &args, &[]);
    call_done(ts, ret_sp, r)
}

#[inline(always)]
pub fn call_len(ts: &mut Thread, c: Cache<'_>) -> Step {
    let sp = ts.stack.len();
    guard!(ts.stack[sp - 3] == c.value(CALL_OBJECT) && ts.stack[sp - 2].is_null());
    let arg = ts.stack[sp - 1];
    let r = crate::protocol::container::len(ts, arg)
        .map(|n| crate::objects::int::int_from_i64(n as i64));
    call_done(ts, sp - 3, r)
}

#[inline(always)]
pub fn call_isinstance(ts: &mut Thread, c: Cache<'_>) -> Step {
    let sp = ts.stack.len();
    let callable = ts.stack[sp - 4];
    guard!(callable == c.value(CALL_OBJECT) && ts.stack[sp - 3].is_null());
    let Some(b) = callable.downcast::<crate::objects::builtin_fn::BuiltinFnObj>() else {
        return Step::Miss;
    };
    let args = [ts.stack[sp - 2], ts.stack[sp - 1]];
    let r = (b.func)(ts, &args, &[]);
    call_done(ts, sp - 4, r)
}

#[inline(always)]
pub fn call_list_append(ts: &mut Thread, c: Cache<'_>) -> Step {
    let sp = ts.stack.len();
    guard!(ts.stack[sp - 3] == c.value(CALL_OBJECT));
    let Some(l) = ts.stack[sp - 2].downcast::<ListObj>() else {
        return Step::Miss;
    };
    guard!(l.cls() == types().list);
    l.push(ts.stack[sp - 1]);
    ts.stack.truncate(sp - 3);
    ts.stack.push(Value::NONE);
    Step::Next
}

// ---- SEND ----

#[inline(always)]
pub fn send_gen(ts: &mut Thread, jump: u32) -> Step {
    let n = ts.stack.len();
    let (receiver, v) = (ts.stack[n - 2], ts.stack[n - 1]);
    guard!(receiver.is_ptr() && type_of(receiver) != types().async_generator);
    guard!(receiver.is::<crate::objects::generator::GeneratorObj>());
    ts.stack.pop();
    if crate::eval::generator::push_inline(ts, receiver, v, jump) {
        return Step::Frame;
    }
    ts.stack.push(v);
    Step::Miss
}
