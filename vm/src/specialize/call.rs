//! Specializing `CALL` (CPython's `_Py_Specialize_Call`): Python functions
//! and bound methods called with exactly their positional parameters, class
//! instantiation that runs a Python `__init__` in a new frame, and builtins.

use super::attr::type_version;
use super::{Attempt, Cache};
use crate::isa::Op;
use crate::objects::builtin_fn::BuiltinFnObj;
use crate::objects::code::{CodeObj, CO_VARARGS, CO_VARKEYWORDS};
use crate::objects::function::{FunctionObj, MethodObj};
use crate::objects::typeobj::TF_HEAPTYPE;
use crate::protocol::dict::dict_get_str;
use crate::protocol::dunder::user_dunder;
use crate::runtime::intern::intern;
use crate::runtime::types::{type_of, types};
use crate::value::Value;

/// CALL cache: counter, type version, cached callable or `__init__`.
pub const CALL_VERSION: usize = 2;
pub const CALL_OBJECT: usize = 4;

/// Whether `code` binds exactly `n` positional arguments with no
/// defaults, `*args`, keyword-only parameters or `**kwargs` involved.
#[inline(always)]
pub fn takes_exactly(code: &CodeObj, n: usize) -> bool {
    code.argcount as usize == n
        && code.kwonlyargcount == 0
        && code.flags & (CO_VARARGS | CO_VARKEYWORDS) == 0
}

pub fn call(c: Cache<'_>, callable: Value, self_or_null: Value, nargs: usize) -> Attempt {
    let t = types();
    let total = nargs + usize::from(!self_or_null.is_null());
    if let Some(f) = callable.downcast::<FunctionObj>() {
        return Ok(if takes_exactly(&f.code, total) {
            Op::CALL_PY_EXACT_ARGS
        } else {
            Op::CALL_PY_GENERAL
        });
    }
    if let Some(m) = callable.downcast::<MethodObj>() {
        let f = m
            .func
            .downcast::<FunctionObj>()
            .ok_or("bound method of a builtin")?;
        if !self_or_null.is_null() {
            return Err("bound method called with self");
        }
        return Ok(if takes_exactly(&f.code, nargs + 1) {
            Op::CALL_BOUND_METHOD_EXACT_ARGS
        } else {
            Op::CALL_BOUND_METHOD_GENERAL
        });
    }
    if let Some(cls) = callable.as_type() {
        if !self_or_null.is_null() {
            return Err("class called with self");
        }
        if !cls.has_flag(TF_HEAPTYPE) {
            return Ok(Op::CALL_BUILTIN_CLASS);
        }
        if type_of(callable) != t.type_ {
            return Err("metaclass");
        }
        if user_dunder(cls, "__new__").is_some() || !default_new(cls) {
            return Err("class with its own __new__");
        }
        if dict_get_str(cls.dict, intern("__abstractmethods__")).is_some() {
            return Err("abstract class");
        }
        let init = user_dunder(cls, "__init__").ok_or("class without __init__")?;
        let f = init
            .downcast::<FunctionObj>()
            .ok_or("__init__ not a Python function")?;
        if !takes_exactly(&f.code, nargs + 1) {
            return Err("__init__ argument count");
        }
        c.set_u32(CALL_VERSION, type_version(&cls)?);
        c.set_value(CALL_OBJECT, init);
        return Ok(Op::CALL_ALLOC_AND_ENTER_INIT);
    }
    if callable.is::<BuiltinFnObj>() {
        let special = if self_or_null.is_null() && nargs == 1 && callable == builtin("len") {
            Some(Op::CALL_LEN)
        } else if self_or_null.is_null() && nargs == 2 && callable == builtin("isinstance") {
            Some(Op::CALL_ISINSTANCE)
        } else if nargs == 1
            && !self_or_null.is_null()
            && type_of(self_or_null) == t.list
            && Some(callable) == crate::protocol::dunder::type_lookup(t.list, intern("append"))
        {
            Some(Op::CALL_LIST_APPEND)
        } else {
            None
        };
        if let Some(op) = special {
            c.set_value(CALL_OBJECT, callable);
            return Ok(op);
        }
        return Ok(Op::CALL_BUILTIN_FAST);
    }
    Err("callable type")
}

/// Whether instances are made by `object.__new__` (a plain instance).
fn default_new(cls: crate::object::Gc<crate::objects::typeobj::TypeObj>) -> bool {
    cls.layout == crate::object::Kind::Instance
        && cls
            .mro_slice()
            .iter()
            .filter_map(|t| t.as_type())
            .find(|t| t.native_new.get().is_some())
            .is_some_and(|t| t == types().object)
}

fn builtin(name: &str) -> Value {
    crate::ops::names::builtin(name)
}
