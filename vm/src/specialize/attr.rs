//! Specializing `LOAD_ATTR` and `STORE_ATTR` (CPython's
//! `_Py_Specialize_LoadAttr` / `_Py_Specialize_StoreAttr`).
//!
//! Instances keep attributes in a per-object `__dict__` (no shared-key
//! inline values), so the instance forms cache the owner's type version and
//! a hint: the index of the name in the dict's entries, checked by key
//! identity before use.

use super::{Attempt, Cache};
use crate::object::Kind;
use crate::objects::descr::{PropertyObj, SlotDescr};
use crate::objects::function::FunctionObj;
use crate::objects::module::ModuleObj;
use crate::objects::str::StrObj;
use crate::objects::typeobj::{TypeObj, TF_HAS_DICT, TF_HEAPTYPE};
use crate::protocol::attr::{instance_dict, is_data_descriptor, is_method};
use crate::protocol::dunder::{type_lookup, user_dunder};
use crate::runtime::types::{type_of, types};
use crate::value::Value;
use std::sync::atomic::Ordering;

/// LOAD_ATTR cache: counter, type (or module keys) version, aux (dict hint,
/// slot or entry index), descriptor.
pub const LA_VERSION: usize = 2;
pub const LA_AUX: usize = 4;
pub const LA_DESCR: usize = 6;
/// STORE_ATTR cache: counter, type version, hint or slot index.
pub const SA_VERSION: usize = 2;
pub const SA_AUX: usize = 4;

/// A type's version for a cache, or why not.
pub fn type_version(t: &TypeObj) -> Result<u32, &'static str> {
    match t.version.load(Ordering::Acquire) {
        0 => Err("type versions exhausted"),
        v => Ok(v),
    }
}

fn str_hash(name: Value) -> Result<i64, &'static str> {
    name.downcast::<StrObj>()
        .map(|s| s.hash())
        .ok_or("attribute name not a str")
}

/// A class attribute that binding leaves unchanged and that is not a
/// descriptor (so an instance read returns it as is).
fn is_plain(d: Value) -> bool {
    match d.kind() {
        None => true,
        Some(
            Kind::Function
            | Kind::Builtin
            | Kind::StaticMethod
            | Kind::ClassMethod
            | Kind::Property
            | Kind::Native,
        ) => false,
        Some(_) => {
            let t = type_of(d);
            !t.has_flag(TF_HEAPTYPE) || user_dunder(t, "__get__").is_none()
        }
    }
}

pub fn load_attr(c: Cache<'_>, owner: Value, name: Value, method: bool) -> Attempt {
    if let Some(m) = owner.downcast::<ModuleObj>() {
        if type_of(owner) != types().module {
            return Err("module subclass");
        }
        let (version, index) = m
            .dict
            .table
            .versioned_index(str_hash(name)?, name)
            .ok_or("no keys version")?;
        let index = index.ok_or("module attribute missing")?;
        c.set_u32(LA_VERSION, version);
        c.set_u32(LA_AUX, index as u32);
        return Ok(crate::isa::Op::LOAD_ATTR_MODULE);
    }
    if let Some(t) = owner.as_type() {
        if type_of(owner) != types().type_ {
            return Err("metaclass");
        }
        if name.as_str().is_none_or(|n| n.starts_with("__")) {
            return Err("dunder attribute of a class");
        }
        let version = type_version(&t)?;
        let d = type_lookup(t, name).ok_or("class attribute missing")?;
        if !(is_plain(d) || is_method(d)) {
            return Err("class attribute is a descriptor");
        }
        c.set_u32(LA_VERSION, version);
        c.set_value(LA_DESCR, d);
        return Ok(crate::isa::Op::LOAD_ATTR_CLASS);
    }
    if method && !type_of(owner).has_flag(TF_HEAPTYPE) {
        // A method of a builtin type's instance (`lst.append`, `s.join`).
        if matches!(
            owner.kind(),
            Some(Kind::Function | Kind::Super | Kind::Type | Kind::Module)
        ) || owner.as_gc().is_some_and(|g| !g.dict_value().is_null())
        {
            return Err("builtin object with attributes of its own");
        }
        let ty = type_of(owner);
        let d = type_lookup(ty, name).ok_or("builtin attribute missing")?;
        if !is_method(d) {
            return Err("builtin attribute not a method");
        }
        c.set_u32(LA_VERSION, type_version(&ty)?);
        c.set_value(LA_DESCR, d);
        return Ok(crate::isa::Op::LOAD_ATTR_METHOD_NO_DICT);
    }
    if owner.kind() != Some(Kind::Instance) {
        return Err("not a plain instance");
    }
    let ty = type_of(owner);
    if user_dunder(ty, "__getattribute__").is_some() {
        return Err("__getattribute__ overridden");
    }
    let version = type_version(&ty)?;
    let descr = type_lookup(ty, name);
    let hint =
        instance_dict(owner, false).and_then(|d| d.table.hint_of(str_hash(name).ok()?, name));
    c.set_u32(LA_VERSION, version);
    if let Some(d) = descr {
        if let Some(sd) = d.as_native::<SlotDescr>() {
            c.set_u32(LA_AUX, sd.index as u32);
            return Ok(crate::isa::Op::LOAD_ATTR_SLOT);
        }
        if let Some(p) = d.downcast::<PropertyObj>() {
            if method {
                return Err("property called as a method");
            }
            if !p.fget.get().is::<FunctionObj>() {
                return Err("property getter not a Python function");
            }
            c.set_value(LA_DESCR, d);
            return Ok(crate::isa::Op::LOAD_ATTR_PROPERTY);
        }
        if is_data_descriptor(d) {
            return Err("data descriptor");
        }
    }
    if let Some(hint) = hint {
        c.set_u32(LA_AUX, hint as u32);
        return Ok(crate::isa::Op::LOAD_ATTR_INSTANCE_VALUE);
    }
    let d = descr.ok_or("attribute missing")?;
    c.set_value(LA_DESCR, d);
    if method && is_method(d) {
        return Ok(if ty.has_flag(TF_HAS_DICT) {
            crate::isa::Op::LOAD_ATTR_METHOD_WITH_VALUES
        } else {
            crate::isa::Op::LOAD_ATTR_METHOD_NO_DICT
        });
    }
    if is_plain(d) {
        return Ok(crate::isa::Op::LOAD_ATTR_NONDESCRIPTOR);
    }
    Err(if is_method(d) {
        "method read as a value (bound method)"
    } else {
        "non-data descriptor"
    })
}

pub fn store_attr(c: Cache<'_>, owner: Value, name: Value) -> Attempt {
    if owner.kind() != Some(Kind::Instance) {
        return Err("not a plain instance");
    }
    let ty = type_of(owner);
    if user_dunder(ty, "__setattr__").is_some() {
        return Err("__setattr__ overridden");
    }
    if name
        .as_str()
        .is_none_or(|n| n == "__class__" || n == "__dict__")
    {
        return Err("special attribute");
    }
    let version = type_version(&ty)?;
    if let Some(d) = type_lookup(ty, name) {
        if let Some(sd) = d.as_native::<SlotDescr>() {
            let index = u16::try_from(sd.index).map_err(|_| "slot index out of range")?;
            c.set_u32(SA_VERSION, version);
            c.set_u16(SA_AUX, index);
            return Ok(crate::isa::Op::STORE_ATTR_SLOT);
        }
        if is_data_descriptor(d) || d.is::<PropertyObj>() {
            return Err("data descriptor");
        }
    }
    if !ty.has_flag(TF_HAS_DICT) {
        return Err("no __dict__");
    }
    let hint = instance_dict(owner, false)
        .and_then(|d| d.table.hint_of(str_hash(name).ok()?, name))
        .and_then(|h| u16::try_from(h).ok())
        .unwrap_or(u16::MAX);
    c.set_u32(SA_VERSION, version);
    c.set_u16(SA_AUX, hint);
    Ok(crate::isa::Op::STORE_ATTR_INSTANCE_VALUE)
}

/// The guard a polymorphic instance read falls back on when the cached type
/// version does not match: a plain instance whose class has no
/// `__getattribute__` and no data descriptor for `name`, so the value comes
/// from its `__dict__` (what the generic lookup would conclude).
#[inline]
pub fn plain_instance_read(owner: Value, name: Value) -> bool {
    if owner.kind() != Some(Kind::Instance) {
        return false;
    }
    let ty = type_of(owner);
    user_dunder(ty, "__getattribute__").is_none()
        && type_lookup(ty, name).is_none_or(|d| !is_data_descriptor(d) && !d.is::<PropertyObj>())
}

/// The polymorphic method-form lookup: the method `name` of a plain
/// instance's class (not shadowed is checked by the caller), if any.
#[inline]
pub fn plain_instance_method(owner: Value, name: Value) -> Option<Value> {
    if owner.kind() != Some(Kind::Instance) {
        return None;
    }
    let ty = type_of(owner);
    if user_dunder(ty, "__getattribute__").is_some() {
        return None;
    }
    type_lookup(ty, name).filter(|&d| is_method(d))
}

/// The polymorphic form of STORE_ATTR_INSTANCE_VALUE's guard: a plain
/// instance with a `__dict__` whose class has no `__setattr__` and no data
/// descriptor (property, slot) for `name`.
#[inline]
pub fn plain_instance_write(owner: Value, name: Value) -> bool {
    if owner.kind() != Some(Kind::Instance) {
        return false;
    }
    let ty = type_of(owner);
    ty.has_flag(TF_HAS_DICT)
        && user_dunder(ty, "__setattr__").is_none()
        && type_lookup(ty, name).is_none_or(|d| !is_data_descriptor(d) && !d.is::<PropertyObj>())
}
