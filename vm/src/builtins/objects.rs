//! `object`, `type`, `super`, `property`, `staticmethod`, `classmethod`.

use super::args::{arg_or_kw, count};
use super::{add_bound, add_methods, Bind};
use crate::atomics::AtomicValue;
use crate::heap::alloc;
use crate::objects::builtin_fn::KwArgs;
use crate::objects::code::KIND_CELL;
use crate::objects::descr::{ClassMethodObj, PropertyObj, StaticMethodObj, SuperObj};
use crate::objects::function::CellObj;
use crate::objects::instance::new_instance;
use crate::objects::str::new_str;
use crate::protocol::dunder::type_lookup;
use crate::runtime::errors::{runtime_error, type_error};

use crate::runtime::thread::Thread;
use crate::runtime::types::{type_name, type_of, types};
use crate::runtime::PyResult;
use crate::value::Value;

pub fn register() {
    let t = types();
    let _ = t.object.native_new.set(object_new);
    let _ = t.type_.native_new.set(type_new);
    let _ = t.super_.native_new.set(super_new);
    let _ = t.property.native_new.set(property_new);
    let _ = t.staticmethod.native_new.set(staticmethod_new);
    let _ = t.classmethod.native_new.set(classmethod_new);
    add_methods(
        t.object,
        &[
            ("__init__", object_init),
            ("__eq__", object_eq),
            ("__ne__", object_ne),
            ("__hash__", object_hash),
            ("__repr__", object_repr),
            ("__str__", object_str),
            ("__setattr__", object_setattr),
            ("__getattribute__", object_getattribute),
            ("__delattr__", object_delattr),
            ("__format__", object_format),
            ("__dir__", object_dir),
        ],
    );
    add_bound(
        t.object,
        Bind::Class,
        &[
            ("__init_subclass__", object_init_subclass),
            ("__subclasshook__", object_subclasshook),
        ],
    );
    add_bound(t.object, Bind::Static, &[("__new__", object_new)]);
    add_methods(
        t.type_,
        &[
            ("mro", type_mro),
            ("__subclasses__", type_subclasses),
            ("__call__", type_call_method),
        ],
    );
    add_bound(t.type_, Bind::Static, &[("__new__", type_new)]);
    let _ = t.slice.native_new.set(slice_new);
    add_methods(
        t.function,
        &[("__get__", function_get), ("__call__", call_self)],
    );
    // `__call__` in the dict makes collections.abc.Callable recognise them.
    add_methods(t.builtin_function, &[("__call__", call_self)]);
    add_methods(t.method, &[("__call__", call_self)]);
    add_methods(t.classmethod, &[("__get__", wrapper_get)]);
    add_methods(t.staticmethod, &[("__get__", wrapper_get)]);
    add_methods(t.slice, &[("indices", slice_indices)]);
    add_methods(
        t.property,
        &[
            ("getter", property_getter),
            ("setter", property_setter),
            ("deleter", property_deleter),
            ("__get__", property_get),
            ("__set__", property_set),
        ],
    );
}

fn object_new(ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let Some(cls) = args.first().and_then(|c| c.as_type()) else {
        return Err(type_error("object.__new__(X): X is not a type object"));
    };
    if cls.layout != crate::object::Kind::Instance {
        return Err(type_error(format!(
            "object.__new__({}) is not safe, use {}.__new__()",
            cls.name_str(),
            cls.name_str()
        )));
    }
    super::abstract_check::check_not_abstract(ts, cls)?;
    Ok(new_instance(cls).value())
}

fn object_init(_ts: &mut Thread, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::NONE)
}

fn object_init_subclass(_ts: &mut Thread, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::NONE)
}

/// `object.__subclasshook__`: "no opinion" (what ABCMeta falls back on).
fn object_subclasshook(_ts: &mut Thread, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::NOT_IMPLEMENTED)
}

fn object_eq(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    count("__eq__", args.len() - 1, 1, 1)?;
    Ok(if args[0] == args[1] {
        Value::TRUE
    } else {
        Value::NOT_IMPLEMENTED
    })
}

fn object_ne(ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    count("__ne__", args.len() - 1, 1, 1)?;
    let r = crate::protocol::rich_compare(ts, args[0], args[1], crate::protocol::compare::EQ)?;
    if r == Value::NOT_IMPLEMENTED {
        return Ok(r);
    }
    Ok(Value::from_bool(!crate::protocol::truthy(ts, r)?))
}

fn object_hash(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(crate::objects::int::int_from_i64(
        crate::protocol::hash::identity_hash(args[0]),
    ))
}

fn object_repr(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(new_str(crate::protocol::repr::default_repr(args[0])))
}

fn object_str(ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    crate::protocol::repr(ts, args[0])
}

fn object_setattr(ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    count("__setattr__", args.len() - 1, 2, 2)?;
    crate::protocol::attr::generic_setattr(ts, args[0], args[1], args[2])?;
    Ok(Value::NONE)
}

fn object_getattribute(ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    count("__getattribute__", args.len() - 1, 1, 1)?;
    crate::protocol::attr::generic_getattr_value(ts, args[0], args[1])
}

fn object_delattr(ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    count("__delattr__", args.len() - 1, 1, 1)?;
    crate::protocol::attr::generic_delattr(ts, args[0], args[1])?;
    Ok(Value::NONE)
}

fn object_format(ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    count("__format__", args.len() - 1, 1, 1)?;
    if args[1].as_str() != Some("") {
        return Err(type_error(format!(
            "unsupported format string passed to {}.__format__",
            type_name(args[0])
        )));
    }
    crate::protocol::str_of(ts, args[0])
}

fn object_dir(ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    super::functions::dir_of(ts, args[0])
}

/// `type(x)` or `type(name, bases, namespace)`.
fn type_new(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let Some(meta) = args.first().and_then(|m| m.as_type()) else {
        return Err(type_error("type.__new__(X): X is not a type object"));
    };
    if !meta.is_subtype(types().type_) {
        return Err(type_error(format!(
            "type.__new__({}): {} is not a subtype of type",
            meta.name_str(),
            meta.name_str()
        )));
    }
    match args.len() - 1 {
        1 if kw.is_empty() => Ok(type_of(args[1]).value()),
        3 => {
            // The most derived metaclass of the bases wins (CPython's
            // `_PyType_CalculateMetaclass`); its own `__new__` takes over.
            let winner = super::build_class::calculate_meta(meta, args[2])?;
            if winner != meta {
                if let Some(f) = crate::protocol::dunder::user_dunder(winner, "__new__") {
                    let f = match f.downcast::<StaticMethodObj>() {
                        Some(s) => s.func.get(),
                        None => f,
                    };
                    let full = [winner.value(), args[1], args[2], args[3]];
                    return crate::protocol::call::call(ts, f, &full, kw);
                }
            }
            super::build_class::new_class(ts, winner, args[1], args[2], args[3], kw)
        }
        _ => Err(type_error("type() takes 1 or 3 arguments")),
    }
}

fn type_call_method(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let Some(cls) = args.first().and_then(|c| c.as_type()) else {
        return Err(type_error("descriptor '__call__' requires a 'type' object"));
    };
    crate::protocol::call::type_call_default(ts, cls, &args[1..], kw)
}

fn type_mro(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let t = args[0]
        .as_type()
        .ok_or_else(|| type_error("descriptor 'mro' requires a 'type' object"))?;
    Ok(crate::objects::list::new_list(t.mro_slice().to_vec()))
}

fn type_subclasses(_ts: &mut Thread, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(crate::objects::list::new_list(Vec::new()))
}

/// `super()` (zero-argument: `__class__` cell and first argument of the
/// calling frame) or `super(type, obj)`.
fn super_new(ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (typ, obj) = match args.len() - 1 {
        0 => zero_arg_super(ts)?,
        1 => (args[1], Value::NONE),
        _ => (args[1], args[2]),
    };
    let Some(t) = typ.as_type() else {
        return Err(type_error(format!(
            "super() argument 1 must be a type, not {}",
            type_name(typ)
        )));
    };
    let obj_type = if obj.is_none() {
        Value::NONE
    } else if obj.as_type().is_some_and(|o| o.is_subtype(t)) {
        obj
    } else if type_of(obj).is_subtype(t) {
        type_of(obj).value()
    } else {
        return Err(type_error(
            "super(type, obj): obj must be an instance or subtype of type",
        ));
    };
    Ok(alloc(types().super_, SuperObj { typ, obj, obj_type }).value())
}

fn zero_arg_super(ts: &mut Thread) -> PyResult<(Value, Value)> {
    let Some(f) = ts.frames.last() else {
        return Err(runtime_error("super(): no current frame"));
    };
    let code = f.code;
    if code.argcount == 0 && code.flags & crate::objects::code::CO_VARARGS == 0 {
        return Err(runtime_error("super(): no arguments"));
    }
    let mut first = ts.stack[f.base];
    if code.localsplus_kinds[0] & KIND_CELL != 0 {
        if let Some(c) = first.downcast::<CellObj>() {
            first = c.value.get();
        }
    }
    if first.is_null() {
        return Err(runtime_error("super(): arg[0] deleted"));
    }
    let n = code.nlocalsplus();
    for i in 0..n {
        if code.localsplus_names[i].as_str() == Some("__class__") {
            let cell = ts.stack[f.base + i];
            let cls = cell
                .downcast::<CellObj>()
                .map(|c| c.value.get())
                .unwrap_or(Value::NULL);
            if cls.is_null() {
                return Err(runtime_error("super(): empty __class__ cell"));
            }
            return Ok((cls, first));
        }
    }
    Err(runtime_error("super(): __class__ cell not found"))
}

/// Attribute lookup through a `super` object.
pub fn super_getattr(ts: &mut Thread, s: &SuperObj, name: Value) -> PyResult<Option<Value>> {
    let start = s
        .obj_type
        .as_type()
        .unwrap_or_else(|| s.typ.as_type().expect("type"));
    let mro = start.mro_slice();
    let skip = mro
        .iter()
        .position(|&t| t == s.typ)
        .map_or(mro.len(), |i| i + 1);
    for &t in &mro[skip..] {
        let t = t.as_type().expect("type");
        if let Some(v) = crate::protocol::dict::dict_get_str(t.dict, name) {
            let obj = if s.obj.is_none() || s.obj == s.obj_type {
                Value::NULL
            } else {
                s.obj
            };
            return crate::protocol::attr::bind_descriptor(ts, v, obj, s.obj_type).map(Some);
        }
    }
    let _ = type_lookup;
    Ok(None)
}

fn property_new(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let a = &args[1..];
    let get = |i: usize, n: &str| arg_or_kw(a, kw, i, n).unwrap_or(Value::NONE);
    let fget = get(0, "fget");
    let mut doc = get(3, "doc");
    if doc.is_none() {
        if let Some(f) = fget.downcast::<crate::objects::function::FunctionObj>() {
            doc = f.doc.get();
        }
    }
    let p = PropertyObj {
        fget: AtomicValue::new(fget),
        fset: AtomicValue::new(get(1, "fset")),
        fdel: AtomicValue::new(get(2, "fdel")),
        doc: AtomicValue::new(doc),
    };
    let cls = args[0].as_type().expect("cls");
    Ok(alloc(cls, p).value())
}

fn property_copy(args: &[Value], which: usize) -> PyResult<Value> {
    let p = args[0]
        .downcast::<PropertyObj>()
        .ok_or_else(|| type_error("descriptor requires a 'property' object"))?;
    count("setter", args.len() - 1, 1, 1)?;
    let mut vals = [p.fget.get(), p.fset.get(), p.fdel.get()];
    vals[which] = args[1];
    let mut doc = p.doc.get();
    if which == 0 && doc.is_none() {
        if let Some(f) = args[1].downcast::<crate::objects::function::FunctionObj>() {
            doc = f.doc.get();
        }
    }
    Ok(alloc(
        args[0].as_gc().expect("obj").cls(),
        PropertyObj {
            fget: AtomicValue::new(vals[0]),
            fset: AtomicValue::new(vals[1]),
            fdel: AtomicValue::new(vals[2]),
            doc: AtomicValue::new(doc),
        },
    )
    .value())
}

fn property_getter(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    property_copy(args, 0)
}
fn property_setter(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    property_copy(args, 1)
}
fn property_deleter(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    property_copy(args, 2)
}
fn property_get(ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let obj = args.get(1).copied().unwrap_or(Value::NONE);
    let obj = if obj.is_none() { Value::NULL } else { obj };
    crate::protocol::attr::bind_descriptor(
        ts,
        args[0],
        obj,
        args.get(2).copied().unwrap_or(Value::NULL),
    )
}
fn property_set(ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let p = args[0]
        .downcast::<PropertyObj>()
        .ok_or_else(|| type_error("descriptor requires a 'property' object"))?;
    let setter = p.fset.get();
    if setter.is_none() {
        return Err(crate::runtime::errors::attribute_error(
            "can't set attribute",
        ));
    }
    crate::protocol::call(ts, setter, &[args[1], args[2]], &[])
}

fn staticmethod_new(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    count("staticmethod", args.len() - 1, 1, 1)?;
    Ok(alloc(
        args[0].as_type().expect("cls"),
        StaticMethodObj {
            func: AtomicValue::new(args[1]),
        },
    )
    .value())
}

fn classmethod_new(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    count("classmethod", args.len() - 1, 1, 1)?;
    Ok(alloc(
        args[0].as_type().expect("cls"),
        ClassMethodObj {
            func: AtomicValue::new(args[1]),
        },
    )
    .value())
}

fn slice_new(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    super::args::check("slice", &args[1..], kw, 1, 3)?;
    let a = &args[1..];
    let (start, stop, step) = match a.len() {
        1 => (Value::NONE, a[0], Value::NONE),
        2 => (a[0], a[1], Value::NONE),
        _ => (a[0], a[1], a[2]),
    };
    Ok(crate::objects::slice::new_slice(start, stop, step))
}

fn slice_indices(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    super::args::check("indices", &args[1..], kw, 1, 1)?;
    let s = args[0]
        .downcast::<crate::objects::slice::SliceObj>()
        .ok_or_else(|| type_error("descriptor 'indices' requires a 'slice' object"))?;
    let Some(len) = crate::protocol::container::index_value(ts, args[1])? else {
        return Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(args[1])
        )));
    };
    if len < 0 {
        return Err(crate::runtime::errors::value_error(
            "length should not be negative",
        ));
    }
    let (start, stop, step, _) = crate::protocol::container::slice_indices(ts, &s, len)?;
    let stop = if step < 0 && stop < -1 { -1 } else { stop };
    Ok(crate::objects::tuple::new_tuple([
        crate::objects::int::int_from_i64(start),
        crate::objects::int::int_from_i64(stop),
        crate::objects::int::int_from_i64(step),
    ]))
}

/// `function.__get__(obj, type=None)`: binds like attribute access does.
/// `classmethod.__get__` / `staticmethod.__get__` (so that `hasattr(x,
/// '__get__')` sees them as descriptors, as enum and inspect expect).
fn wrapper_get(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    super::args::check("__get__", &args[1..], kw, 1, 2)?;
    let obj = if args[1].is_none() {
        Value::NULL
    } else {
        args[1]
    };
    let owner = match args.get(2).copied() {
        Some(o) if !o.is_none() => o,
        _ if !obj.is_null() => type_of(obj).value(),
        _ => return Err(type_error("__get__(None, None) is invalid")),
    };
    crate::protocol::attr::bind_descriptor(ts, args[0], obj, owner)
}

fn call_self(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    crate::protocol::call(ts, args[0], &args[1..], kw)
}

fn function_get(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    super::args::check("__get__", &args[1..], kw, 1, 2)?;
    let obj = if args[1].is_none() {
        Value::NULL
    } else {
        args[1]
    };
    crate::protocol::attr::bind_descriptor(
        ts,
        args[0],
        obj,
        args.get(2).copied().unwrap_or(Value::NULL),
    )
}
