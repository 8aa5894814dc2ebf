//! Calling any callable from Rust: Python functions run in the eval loop
//! (a nested `eval::run`), builtins directly, types construct instances.

use crate::object::Kind;
use crate::objects::builtin_fn::{BuiltinFnObj, KwArgs};
use crate::objects::function::{FunctionObj, MethodObj};
use crate::objects::typeobj::TypeObj;
use crate::protocol::dunder::{call_user_dunder, user_dunder};
use crate::runtime::errors::type_error;
use crate::runtime::thread::Thread;
use crate::runtime::types::{type_name, type_of};
use crate::runtime::PyResult;
use crate::value::Value;
use smallvec::SmallVec;

/// Calls `f(*args, **kwargs)`; `kwargs` are (interned name, value) pairs.
pub fn call(ts: &mut Thread, f: Value, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    match f.kind() {
        Some(Kind::Function) => {
            let func = f.downcast::<FunctionObj>().expect("function");
            crate::eval::call::call_function(ts, func, args, kwargs)
        }
        Some(Kind::Builtin) => {
            let b = f.downcast::<BuiltinFnObj>().expect("builtin");
            if b.this.is_null() {
                (b.func)(ts, args, kwargs)
            } else {
                let mut full: SmallVec<[Value; 8]> = SmallVec::with_capacity(args.len() + 1);
                full.push(b.this);
                full.extend_from_slice(args);
                (b.func)(ts, &full, kwargs)
            }
        }
        Some(Kind::Method) => {
            let m = f.downcast::<MethodObj>().expect("method");
            let mut full: SmallVec<[Value; 8]> = SmallVec::with_capacity(args.len() + 1);
            full.push(m.this);
            full.extend_from_slice(args);
            call(ts, m.func, &full, kwargs)
        }
        Some(Kind::Type) => type_call(ts, f.as_type().expect("type"), args, kwargs),
        _ => {
            if user_dunder(type_of(f), "__call__").is_some() {
                let callable = crate::protocol::attr::getattr(
                    ts,
                    f,
                    crate::runtime::intern::intern("__call__"),
                )?;
                return call(ts, callable, args, kwargs);
            }
            Err(type_error(format!(
                "'{}' object is not callable",
                type_name(f)
            )))
        }
    }
}

/// `obj.name(*args)`.
pub fn call_method(ts: &mut Thread, obj: Value, name: &str, args: &[Value]) -> PyResult<Value> {
    let (f, this) =
        crate::protocol::attr::load_method(ts, obj, crate::runtime::intern::intern(name))?;
    if this.is_null() {
        call(ts, f, args, &[])
    } else {
        let mut full: SmallVec<[Value; 8]> = SmallVec::with_capacity(args.len() + 1);
        full.push(this);
        full.extend_from_slice(args);
        call(ts, f, &full, &[])
    }
}

pub fn is_callable(v: Value) -> bool {
    matches!(
        v.kind(),
        Some(Kind::Function | Kind::Builtin | Kind::Method | Kind::Type)
    ) || user_dunder(type_of(v), "__call__").is_some()
}

/// Calling a class: `type(x)`, builtin constructors, `__new__` + `__init__`.
pub fn type_call(
    ts: &mut Thread,
    cls: crate::object::Gc<TypeObj>,
    args: &[Value],
    kwargs: KwArgs,
) -> PyResult<Value> {
    let t = crate::runtime::types::types();
    if cls == t.type_ && args.len() == 1 && kwargs.is_empty() {
        return Ok(type_of(args[0]).value());
    }
    // A metaclass with its own __call__.
    let meta = type_of(cls.value());
    if meta != t.type_ {
        if let Some(f) = user_dunder(meta, "__call__") {
            let f = crate::protocol::attr::bind_descriptor(ts, f, cls.value(), meta.value())?;
            return call(ts, f, args, kwargs);
        }
    }
    type_call_default(ts, cls, args, kwargs)
}

/// `type.__call__`: `__new__` then `__init__`, ignoring a metaclass `__call__`
/// (what `super().__call__(...)` in a metaclass reaches).
pub fn type_call_default(
    ts: &mut Thread,
    cls: crate::object::Gc<TypeObj>,
    args: &[Value],
    kwargs: KwArgs,
) -> PyResult<Value> {
    let mut new_args: SmallVec<[Value; 8]> = SmallVec::with_capacity(args.len() + 1);
    new_args.push(cls.value());
    new_args.extend_from_slice(args);
    let obj = if let Some(new) = user_dunder(cls, "__new__") {
        let new = match new.downcast::<crate::objects::descr::StaticMethodObj>() {
            Some(s) => s.func.get(),
            None => new,
        };
        call(ts, new, &new_args, kwargs)?
    } else {
        match native_new_of(cls) {
            Some(native) => native(ts, &new_args, kwargs)?,
            None => {
                let init_defined = user_dunder(cls, "__init__").is_some();
                if !init_defined && (!args.is_empty() || !kwargs.is_empty()) {
                    return Err(type_error(format!(
                        "{}() takes no arguments",
                        cls.name_str()
                    )));
                }
                crate::builtins::abstract_check::check_not_abstract(ts, cls)?;
                crate::objects::instance::new_instance(cls).value()
            }
        }
    };
    if !type_of(obj).is_subtype(cls) {
        return Ok(obj);
    }
    if let Some(init) = user_dunder(cls, "__init__") {
        let r = if kwargs.is_empty() {
            call_user_dunder(ts, obj, "__init__", args)?.expect("defined")
        } else {
            // Looked up on the type (for a metaclass, `obj.__init__` would be the new class's).
            let init = crate::protocol::attr::bind_descriptor(ts, init, obj, type_of(obj).value())?;
            call(ts, init, args, kwargs)?
        };
        if !r.is_none() {
            return Err(type_error(format!(
                "__init__() should return None, not '{}'",
                type_name(r)
            )));
        }
    }
    Ok(obj)
}

/// The nearest builtin constructor along the MRO.
pub fn native_new_of(
    cls: crate::object::Gc<TypeObj>,
) -> Option<crate::objects::builtin_fn::NativeFn> {
    cls.mro_slice()
        .iter()
        .find_map(|t| t.as_type().and_then(|t| t.get().native_new.get().copied()))
}
