//! Specializing the families whose members need at most a counter:
//! arithmetic, comparisons, subscripts, truth tests, iteration, unpacking
//! and SEND; and LOAD_GLOBAL, keyed by dict-keys versions.

use super::{Attempt, Cache};
use crate::isa::{Op, NB_SUBSCR};
use crate::object::Kind;
use crate::objects::dict::DictObj;
use crate::objects::str::StrObj;
use crate::protocol::iter::FastIter;
use crate::runtime::types::{type_of, types};
use crate::value::Value;

/// LOAD_GLOBAL cache: counter, entry index, globals keys version, builtins
/// keys version.
pub const LG_INDEX: usize = 2;
pub const LG_GLOBALS_VERSION: usize = 3;
pub const LG_BUILTINS_VERSION: usize = 5;
/// TO_BOOL cache: counter, type version.
pub const TB_VERSION: usize = 2;

fn is_exact(v: Value, t: crate::object::Gc<crate::objects::typeobj::TypeObj>) -> bool {
    v.is_ptr() && type_of(v) == t
}

pub fn load_global(
    c: Cache<'_>,
    globals: crate::object::Gc<DictObj>,
    builtins: crate::object::Gc<DictObj>,
    name: Value,
) -> Attempt {
    let hash = name
        .downcast::<StrObj>()
        .ok_or("global name not a str")?
        .hash();
    let (gv, index) = globals
        .table
        .versioned_index(hash, name)
        .ok_or("globals have no keys version")?;
    let (op, index) = match index {
        Some(i) => (Op::LOAD_GLOBAL_MODULE, i),
        None => {
            let (bv, index) = builtins
                .table
                .versioned_index(hash, name)
                .ok_or("builtins have no keys version")?;
            c.set_u32(LG_BUILTINS_VERSION, bv);
            (Op::LOAD_GLOBAL_BUILTIN, index.ok_or("name not defined")?)
        }
    };
    let index = u16::try_from(index).map_err(|_| "index out of range")?;
    c.set_u16(LG_INDEX, index);
    c.set_u32(LG_GLOBALS_VERSION, gv);
    Ok(op)
}

pub fn binary_op(lhs: Value, rhs: Value, arg: u32) -> Attempt {
    let t = types();
    if arg == NB_SUBSCR {
        return if rhs.is_small_int() && is_exact(lhs, t.list) {
            Ok(Op::BINARY_OP_SUBSCR_LIST_INT)
        } else if rhs.is_small_int() && is_exact(lhs, t.tuple) {
            Ok(Op::BINARY_OP_SUBSCR_TUPLE_INT)
        } else if rhs.is_small_int()
            && is_exact(lhs, t.str)
            && lhs.downcast::<StrObj>().is_some_and(|s| s.is_ascii())
        {
            Ok(Op::BINARY_OP_SUBSCR_STR_INT)
        } else if is_exact(lhs, t.dict) {
            Ok(Op::BINARY_OP_SUBSCR_DICT)
        } else {
            Err("subscript of another type")
        };
    }
    let op = arg % crate::isa::NB_INPLACE_OFFSET;
    if lhs.is_small_int() && rhs.is_small_int() {
        return match op {
            0 => Ok(Op::BINARY_OP_ADD_INT),
            10 => Ok(Op::BINARY_OP_SUBTRACT_INT),
            5 => Ok(Op::BINARY_OP_MULTIPLY_INT),
            4 => Err("int operator"),
            _ => Ok(Op::BINARY_OP_EXTEND_INT),
        };
    }
    let numeric = |v: Value| v.is_float() || v.is_small_int();
    if numeric(lhs) && numeric(rhs) {
        return match op {
            0 => Ok(Op::BINARY_OP_ADD_FLOAT),
            10 => Ok(Op::BINARY_OP_SUBTRACT_FLOAT),
            5 => Ok(Op::BINARY_OP_MULTIPLY_FLOAT),
            11 => Ok(Op::BINARY_OP_EXTEND_FLOAT),
            _ => Err("float operator"),
        };
    }
    if op == 0 && is_exact(lhs, t.str) && is_exact(rhs, t.str) {
        return Ok(Op::BINARY_OP_ADD_UNICODE);
    }
    Err("operand types")
}

pub fn store_subscr(container: Value, key: Value) -> Attempt {
    let t = types();
    if key.is_small_int() && is_exact(container, t.list) {
        Ok(Op::STORE_SUBSCR_LIST_INT)
    } else if is_exact(container, t.dict) {
        Ok(Op::STORE_SUBSCR_DICT)
    } else {
        Err("container type")
    }
}

pub fn compare_op(lhs: Value, rhs: Value, arg: u32) -> Attempt {
    let t = types();
    if lhs.is_small_int() && rhs.is_small_int() {
        Ok(Op::COMPARE_OP_INT)
    } else if lhs.is_float() && rhs.is_float() {
        Ok(Op::COMPARE_OP_FLOAT)
    } else if (arg == 2 || arg == 3) && is_exact(lhs, t.str) && is_exact(rhs, t.str) {
        Ok(Op::COMPARE_OP_STR)
    } else {
        Err("operand types")
    }
}

pub fn contains_op(item: Value, container: Value) -> Attempt {
    let t = types();
    if is_exact(container, t.str) && is_exact(item, t.str) {
        return Ok(Op::CONTAINS_OP_STR);
    }
    if is_exact(container, t.set) || is_exact(container, t.frozenset) {
        Ok(Op::CONTAINS_OP_SET)
    } else if is_exact(container, t.dict) {
        Ok(Op::CONTAINS_OP_DICT)
    } else {
        Err("container type")
    }
}

pub fn to_bool(c: Cache<'_>, v: Value) -> Attempt {
    let t = types();
    if v.is_bool() {
        Ok(Op::TO_BOOL_BOOL)
    } else if v.is_small_int() {
        Ok(Op::TO_BOOL_INT)
    } else if v.is_none() {
        Ok(Op::TO_BOOL_NONE)
    } else if is_exact(v, t.list) {
        Ok(Op::TO_BOOL_LIST)
    } else if is_exact(v, t.str) {
        Ok(Op::TO_BOOL_STR)
    } else if v.kind() == Some(Kind::Instance) {
        let ty = type_of(v);
        if crate::protocol::dunder::user_dunder(ty, "__bool__").is_some()
            || crate::protocol::dunder::user_dunder(ty, "__len__").is_some()
        {
            return Err("__bool__ or __len__");
        }
        c.set_u32(TB_VERSION, super::attr::type_version(&ty)?);
        Ok(Op::TO_BOOL_ALWAYS_TRUE)
    } else {
        Err("operand type")
    }
}

pub fn for_iter(it: Value) -> Attempt {
    if is_exact(it, types().generator) {
        return Ok(Op::FOR_ITER_GEN);
    }
    match FastIter::of(it) {
        Some(FastIter::Range) => Ok(Op::FOR_ITER_RANGE),
        Some(FastIter::List) => Ok(Op::FOR_ITER_LIST),
        Some(FastIter::Tuple) => Ok(Op::FOR_ITER_TUPLE),
        None => Err("iterator type"),
    }
}

pub fn unpack_sequence(seq: Value, n: u32) -> Attempt {
    if let Some(items) = seq.as_tuple() {
        if items.len() != n as usize {
            return Err("wrong length");
        }
        return Ok(if n == 2 {
            Op::UNPACK_SEQUENCE_TWO_TUPLE
        } else {
            Op::UNPACK_SEQUENCE_TUPLE
        });
    }
    if is_exact(seq, types().list) {
        return Ok(Op::UNPACK_SEQUENCE_LIST);
    }
    Err("sequence type")
}

pub fn send(receiver: Value) -> Attempt {
    match receiver.kind() {
        Some(Kind::Generator) if type_of(receiver) != types().async_generator => Ok(Op::SEND_GEN),
        _ => Err("receiver type"),
    }
}
