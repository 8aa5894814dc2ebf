//! Attribute access: `PyObject_GenericGetAttr` / `SetAttr` with the
//! descriptor protocol, type and module attributes, `__getattr__` hooks,
//! and the method-call form that avoids creating bound methods.

mod native_attrs;

use crate::object::Kind;
use crate::objects::builtin_fn::{bind_builtin, BuiltinFnObj};
use crate::objects::descr::{ClassMethodObj, PropertyObj, SlotDescr, StaticMethodObj};
use crate::objects::dict::{new_dict, DictObj};
use crate::objects::function::new_method;
use crate::objects::module::ModuleObj;
use crate::objects::typeobj::{TypeObj, TF_HAS_DICT, TF_HEAPTYPE};
use crate::protocol::call::call;
use crate::protocol::dict::{dict_get_str, dict_pop, dict_set_str};
use crate::protocol::dunder::{type_lookup, user_dunder};
use crate::runtime::errors::{attribute_error, type_error};
use crate::runtime::thread::Thread;
use crate::runtime::types::{type_name, type_of, types};
use crate::runtime::PyResult;
use crate::value::Value;
pub use native_attrs::native_getattr;

fn no_attr(obj: Value, name: Value) -> crate::runtime::PyErr {
    let n = name.as_str().unwrap_or("?");
    if let Some(m) = obj.downcast::<ModuleObj>() {
        return attribute_error(format!(
            "module '{}' has no attribute '{}'",
            m.name.as_str().unwrap_or("?"),
            n
        ));
    }
    if let Some(t) = obj.as_type() {
        return attribute_error(format!(
            "type object '{}' has no attribute '{}'",
            t.name_str(),
            n
        ));
    }
    attribute_error(format!(
        "'{}' object has no attribute '{}'",
        type_name(obj),
        n
    ))
}

/// The instance `__dict__` of `obj`, created on first use when the type has one.
pub fn instance_dict(obj: Value, create: bool) -> Option<crate::object::Gc<DictObj>> {
    let g = obj.as_gc()?;
    let d = g.dict_value();
    if !d.is_null() {
        return d.downcast::<DictObj>();
    }
    if !create || !type_of(obj).has_flag(TF_HAS_DICT) {
        return None;
    }
    let nd = new_dict();
    g.set_dict_value(nd.value());
    Some(nd)
}

pub(crate) fn is_data_descriptor(d: Value) -> bool {
    match d.kind() {
        Some(Kind::Property) => true,
        Some(Kind::Native) => d.as_native::<SlotDescr>().is_some(),
        Some(_) => {
            let t = type_of(d);
            t.has_flag(TF_HEAPTYPE)
                && (user_dunder(t, "__set__").is_some() || user_dunder(t, "__delete__").is_some())
        }
        None => false,
    }
}

/// Applies `descr.__get__(obj, owner)` for the descriptor kinds Python has.
/// `obj` NULL means access through the class.
pub fn bind_descriptor(ts: &mut Thread, descr: Value, obj: Value, owner: Value) -> PyResult<Value> {
    match descr.kind() {
        Some(Kind::Function) => Ok(if obj.is_null() {
            descr
        } else {
            new_method(descr, obj)
        }),
        Some(Kind::Builtin) if type_of(descr) == types().method_descriptor => {
            Ok(if obj.is_null() {
                descr
            } else {
                bind_builtin(&descr.downcast::<BuiltinFnObj>().expect("builtin"), obj)
            })
        }
        Some(Kind::StaticMethod) => Ok(descr
            .downcast::<StaticMethodObj>()
            .expect("staticmethod")
            .func
            .get()),
        Some(Kind::ClassMethod) => {
            let f = descr
                .downcast::<ClassMethodObj>()
                .expect("classmethod")
                .func
                .get();
            let cls = if owner.is_null() {
                type_of(obj).value()
            } else {
                owner
            };
            match f.downcast::<BuiltinFnObj>() {
                Some(b) => Ok(bind_builtin(&b, cls)),
                None => Ok(new_method(f, cls)),
            }
        }
        Some(Kind::Property) => {
            if obj.is_null() {
                return Ok(descr);
            }
            let p = descr.downcast::<PropertyObj>().expect("property");
            let getter = p.fget.get();
            if getter.is_none() || getter.is_null() {
                return Err(attribute_error("property has no getter".to_string()));
            }
            call(ts, getter, &[obj], &[])
        }
        Some(Kind::Native) if descr.as_native::<SlotDescr>().is_some() => {
            if obj.is_null() {
                return Ok(descr);
            }
            let sd = descr.as_native::<SlotDescr>().expect("slot");
            let v = crate::objects::instance::slot_cells(obj)
                .and_then(|s| s.get(sd.index).map(|s| s.get()));
            match v {
                Some(v) if !v.is_null() => Ok(v),
                _ => Err(attribute_error(format!(
                    "'{}' object has no attribute '{}'",
                    type_name(obj),
                    sd.name.as_str().unwrap_or("?")
                ))),
            }
        }
        Some(_)
            if type_of(descr).has_flag(TF_HEAPTYPE)
                && user_dunder(type_of(descr), "__get__").is_some() =>
        {
            let getter = crate::protocol::attr::getattr(
                ts,
                descr,
                crate::runtime::intern::intern("__get__"),
            )?;
            let o = if obj.is_null() { Value::NONE } else { obj };
            let own = if owner.is_null() {
                type_of(obj).value()
            } else {
                owner
            };
            call(ts, getter, &[o, own], &[])
        }
        _ => Ok(descr),
    }
}

pub fn getattr(ts: &mut Thread, obj: Value, name: Value) -> PyResult<Value> {
    match getattr_opt(ts, obj, name)? {
        Some(v) => Ok(v),
        None => Err(no_attr(obj, name)),
    }
}

/// Attribute lookup; Ok(None) instead of AttributeError when absent.
pub fn getattr_opt(ts: &mut Thread, obj: Value, name: Value) -> PyResult<Option<Value>> {
    let ty = type_of(obj);
    if ty.has_flag(TF_HEAPTYPE) {
        if let Some(ga) = user_dunder(ty, "__getattribute__") {
            let f = bind_descriptor(ts, ga, obj, ty.value())?;
            return match call(ts, f, &[name], &[]) {
                Ok(v) => Ok(Some(v)),
                Err(e) if e.matches(types().attribute_error) => {
                    getattr_hook(ts, obj, name, Some(e))
                }
                Err(e) => Err(e),
            };
        }
    }
    match generic_getattr(ts, obj, name) {
        Ok(Some(v)) => Ok(Some(v)),
        Ok(None) => getattr_hook(ts, obj, name, None),
        // An AttributeError raised by a descriptor (a property getter) also falls back to
        // `__getattr__`, as `slot_tp_getattr_hook` does.
        Err(e)
            if e.matches(types().attribute_error)
                && ty.has_flag(TF_HEAPTYPE)
                && user_dunder(ty, "__getattr__").is_some() =>
        {
            getattr_hook(ts, obj, name, Some(e))
        }
        Err(e) => Err(e),
    }
}

fn getattr_hook(
    ts: &mut Thread,
    obj: Value,
    name: Value,
    err: Option<crate::runtime::PyErr>,
) -> PyResult<Option<Value>> {
    let ty = type_of(obj);
    if let Some(ga) = user_dunder(ty, "__getattr__") {
        let f = bind_descriptor(ts, ga, obj, ty.value())?;
        return match call(ts, f, &[name], &[]) {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.matches(types().attribute_error) => Err(e),
            Err(e) => Err(e),
        };
    }
    match err {
        Some(e) => Err(e),
        None => Ok(None),
    }
}

/// `object.__getattribute__(obj, name)`.
pub fn generic_getattr_value(ts: &mut Thread, obj: Value, name: Value) -> PyResult<Value> {
    match generic_getattr(ts, obj, name)? {
        Some(v) => Ok(v),
        None => Err(no_attr(obj, name)),
    }
}

fn generic_getattr(ts: &mut Thread, obj: Value, name: Value) -> PyResult<Option<Value>> {
    if let Some(s) = obj.downcast::<crate::objects::descr::SuperObj>() {
        if let Some(v) = crate::builtins::objects::super_getattr(ts, s.get(), name)? {
            return Ok(Some(v));
        }
    }
    if let Some(t) = obj.as_type() {
        return type_getattr(ts, t, name);
    }
    if let Some(m) = obj.downcast::<ModuleObj>() {
        if let Some(v) = dict_get_str(m.dict, name) {
            return Ok(Some(v));
        }
        if let Some(v) = native_getattr(ts, obj, name.as_str().unwrap_or(""))? {
            return Ok(Some(v));
        }
        if let Some(ga) = dict_get_str(m.dict, crate::runtime::intern::intern("__getattr__")) {
            return call(ts, ga, &[name], &[]).map(Some);
        }
        return Ok(None);
    }
    let ty = type_of(obj);
    let descr = type_lookup(ty, name);
    if let Some(d) = descr {
        if is_data_descriptor(d) {
            return bind_descriptor(ts, d, obj, ty.value()).map(Some);
        }
    }
    // Builtin payload attributes act as CPython's member/getset (data)
    // descriptors; plain instances only have `__class__` and `__dict__`.
    let n = name.as_str().unwrap_or("");
    if obj.kind() != Some(Kind::Instance) || n == "__class__" || n == "__dict__" {
        if let Some(v) = native_getattr(ts, obj, n)? {
            return Ok(Some(v));
        }
    }
    if let Some(d) = instance_dict(obj, false) {
        if let Some(v) = dict_get_str(d, name) {
            return Ok(Some(v));
        }
    }
    if let Some(d) = descr {
        return bind_descriptor(ts, d, obj, ty.value()).map(Some);
    }
    Ok(None)
}

fn type_getattr(
    ts: &mut Thread,
    t: crate::object::Gc<TypeObj>,
    name: Value,
) -> PyResult<Option<Value>> {
    // Data descriptors of the metaclass (e.g. __name__) come first.
    if let Some(v) = native_getattr(ts, t.value(), name.as_str().unwrap_or(""))? {
        return Ok(Some(v));
    }
    if let Some(d) = type_lookup(t, name) {
        return bind_descriptor(ts, d, Value::NULL, t.value()).map(Some);
    }
    let meta = type_of(t.value());
    if let Some(d) = type_lookup(meta, name) {
        return bind_descriptor(ts, d, t.value(), meta.value()).map(Some);
    }
    Ok(None)
}

/// What the method form of LOAD_ATTR pushes unbound: a Python function or
/// a builtin method descriptor.
pub fn is_method(d: Value) -> bool {
    d.is::<crate::objects::function::FunctionObj>()
        || (d.is::<BuiltinFnObj>() && type_of(d) == types().method_descriptor)
}

/// The `LOAD_ATTR` method form: `(callable, self)` when `name` is a plain
/// method found on the type (no bound method allocated), else `(attr, NULL)`.
pub fn load_method(ts: &mut Thread, obj: Value, name: Value) -> PyResult<(Value, Value)> {
    let ty = type_of(obj);
    let custom_getattribute =
        ty.has_flag(TF_HEAPTYPE) && user_dunder(ty, "__getattribute__").is_some();
    if !obj.is_type_or_module() && !custom_getattribute {
        if let Some(d) = type_lookup(ty, name) {
            if is_method(d) {
                let shadowed = instance_dict(obj, false)
                    .is_some_and(|dict| dict_get_str(dict, name).is_some());
                if !shadowed {
                    return Ok((d, obj));
                }
            }
        }
    }
    Ok((getattr(ts, obj, name)?, Value::NULL))
}

impl Value {
    /// Objects whose attribute lookup is not the generic instance lookup.
    fn is_type_or_module(self) -> bool {
        matches!(self.kind(), Some(Kind::Type | Kind::Module | Kind::Super))
    }
}

pub fn setattr(ts: &mut Thread, obj: Value, name: Value, value: Value) -> PyResult<()> {
    let ty = type_of(obj);
    if ty.has_flag(TF_HEAPTYPE) {
        if let Some(sa) = user_dunder(ty, "__setattr__") {
            let f = bind_descriptor(ts, sa, obj, ty.value())?;
            call(ts, f, &[name, value], &[])?;
            return Ok(());
        }
    }
    generic_setattr(ts, obj, name, value)
}

/// `object.__setattr__`: descriptors, then the instance dict.
pub fn generic_setattr(ts: &mut Thread, obj: Value, name: Value, value: Value) -> PyResult<()> {
    let ty = type_of(obj);
    if let Some(t) = obj.as_type() {
        if !t.has_flag(TF_HEAPTYPE) {
            return Err(type_error(format!(
                "cannot set '{}' attribute of immutable type '{}'",
                name.as_str().unwrap_or("?"),
                t.name_str()
            )));
        }
        if native_attrs::set_type_attr(t, name, value)? {
            return Ok(());
        }
        dict_set_str(t.dict, name, value);
        t.bump_version();
        return Ok(());
    }
    if let Some(m) = obj.downcast::<ModuleObj>() {
        dict_set_str(m.dict, name, value);
        return Ok(());
    }
    if let Some(d) = type_lookup(ty, name) {
        if let Some(p) = d.downcast::<PropertyObj>() {
            let setter = p.fset.get();
            if setter.is_none() || setter.is_null() {
                return Err(attribute_error(format!(
                    "property '{}' of '{}' object has no setter",
                    name.as_str().unwrap_or("?"),
                    type_name(obj)
                )));
            }
            call(ts, setter, &[obj, value], &[])?;
            return Ok(());
        }
        if let Some(sd) = d.as_native::<SlotDescr>() {
            if let Some(cell) =
                crate::objects::instance::slot_cells(obj).and_then(|s| s.get(sd.index))
            {
                cell.set(value);
                return Ok(());
            }
        }
        let dt = type_of(d);
        if dt.has_flag(TF_HEAPTYPE) && user_dunder(dt, "__set__").is_some() {
            let setter = getattr(ts, d, crate::runtime::intern::intern("__set__"))?;
            call(ts, setter, &[obj, value], &[])?;
            return Ok(());
        }
    }
    if native_attrs::set_native_attr(ts, obj, name, value)? {
        return Ok(());
    }
    match instance_dict(obj, true) {
        Some(d) => {
            dict_set_str(d, name, value);
            Ok(())
        }
        None => Err(attribute_error(format!(
            "'{}' object has no attribute '{}'",
            type_name(obj),
            name.as_str().unwrap_or("?")
        ))),
    }
}

pub fn delattr(ts: &mut Thread, obj: Value, name: Value) -> PyResult<()> {
    let ty = type_of(obj);
    if ty.has_flag(TF_HEAPTYPE) {
        if let Some(da) = user_dunder(ty, "__delattr__") {
            let f = bind_descriptor(ts, da, obj, ty.value())?;
            call(ts, f, &[name], &[])?;
            return Ok(());
        }
    }
    generic_delattr(ts, obj, name)
}

/// `object.__delattr__`: descriptors, then the instance dict.
pub fn generic_delattr(ts: &mut Thread, obj: Value, name: Value) -> PyResult<()> {
    let ty = type_of(obj);
    if let Some(t) = obj.as_type() {
        if dict_pop(ts, t.dict, name)?.is_none() {
            return Err(no_attr(obj, name));
        }
        t.bump_version();
        return Ok(());
    }
    if let Some(d) = type_lookup(ty, name) {
        if let Some(p) = d.downcast::<PropertyObj>() {
            let deleter = p.fdel.get();
            if deleter.is_none() || deleter.is_null() {
                return Err(attribute_error(format!(
                    "property '{}' of '{}' object has no deleter",
                    name.as_str().unwrap_or("?"),
                    type_name(obj)
                )));
            }
            call(ts, deleter, &[obj], &[])?;
            return Ok(());
        }
        if let Some(sd) = d.as_native::<SlotDescr>() {
            if let Some(cell) =
                crate::objects::instance::slot_cells(obj).and_then(|s| s.get(sd.index))
            {
                if cell.swap(Value::NULL).is_null() {
                    // CPython's member descriptor: AttributeError(name).
                    return Err(attribute_error(name.as_str().unwrap_or("?")));
                }
                return Ok(());
            }
        }
    }
    let dict = match obj.downcast::<ModuleObj>() {
        Some(m) => Some(m.dict),
        None => instance_dict(obj, false),
    };
    match dict {
        Some(d) if dict_pop(ts, d, name)?.is_some() => Ok(()),
        _ => Err(no_attr(obj, name)),
    }
}

/// `cls[key]` on a class: `__class_getitem__`, or a generic alias of a
/// builtin collection (`types.GenericAlias`).
pub fn call_class_getitem(ts: &mut Thread, cls: Value, key: Value) -> PyResult<Option<Value>> {
    let t = cls.as_type().expect("type");
    if let Some(f) = type_lookup(t, crate::runtime::intern::intern("__class_getitem__")) {
        let f = bind_descriptor(ts, f, Value::NULL, cls)?;
        let f = match f.downcast::<crate::objects::function::FunctionObj>() {
            Some(_) => new_method(f, cls),
            None => f,
        };
        return call(ts, f, &[key], &[]).map(Some);
    }
    let ty = types();
    if [ty.list, ty.dict, ty.tuple, ty.set, ty.frozenset, ty.type_].contains(&t) {
        return crate::protocol::generic_alias::builtin_alias(ts, cls, key).map(Some);
    }
    Ok(None)
}

/// `hasattr`-style probe used by builtins.
pub fn has_attr(ts: &mut Thread, obj: Value, name: &str) -> PyResult<bool> {
    match getattr_opt(ts, obj, crate::runtime::intern::intern(name)) {
        Ok(v) => Ok(v.is_some()),
        Err(e) if e.matches(types().attribute_error) => Ok(false),
        Err(e) => Err(e),
    }
}

pub fn new_instance_dict_value() -> Value {
    new_dict().value()
}

pub fn module_dict(m: Value) -> Option<crate::object::Gc<DictObj>> {
    m.downcast::<ModuleObj>().map(|m| m.dict)
}
