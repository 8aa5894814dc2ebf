//! LOAD/STORE/DELETE of globals, names (module and class bodies) and
//! closure cells.

use crate::object::Gc;
use crate::objects::dict::DictObj;
use crate::objects::function::CellObj;
use crate::protocol::dict::{dict_del, dict_get, dict_get_str, dict_set};
use crate::protocol::{container, getattr};
use crate::runtime::errors::{name_error, unbound_local_error, PyErr};
use crate::runtime::frame::Frame;
use crate::runtime::thread::Thread;
use crate::runtime::PyResult;
use crate::value::Value;

pub fn name_not_defined(name: Value) -> PyErr {
    name_error(format!(
        "name '{}' is not defined",
        name.as_str().unwrap_or("?")
    ))
}

#[inline]
pub fn load_global(globals: Gc<DictObj>, builtins: Gc<DictObj>, name: Value) -> PyResult<Value> {
    if let Some(v) = dict_get_str(globals, name) {
        return Ok(v);
    }
    if let Some(v) = dict_get_str(builtins, name) {
        return Ok(v);
    }
    Err(name_not_defined(name))
}

/// The namespace as a plain dict; a dict subclass (an enum's `__prepare__`
/// namespace) must go through its own `__getitem__`/`__setitem__`.
fn exact_dict(ns: Value) -> Option<crate::object::Gc<DictObj>> {
    if crate::runtime::types::type_of(ns) != crate::runtime::types::types().dict {
        return None;
    }
    ns.downcast::<DictObj>()
}

fn locals_get(ts: &mut Thread, locals: Value, name: Value) -> PyResult<Option<Value>> {
    if let Some(d) = exact_dict(locals) {
        return dict_get(ts, d, name);
    }
    match container::getitem(ts, locals, name) {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.matches(crate::runtime::types::types().key_error) => Ok(None),
        Err(e) => Err(e),
    }
}

pub fn load_name(ts: &mut Thread, f: &Frame, name: Value) -> PyResult<Value> {
    if !f.locals.is_null() {
        if let Some(v) = locals_get(ts, f.locals, name)? {
            return Ok(v);
        }
    }
    load_global(f.globals, f.builtins, name)
}

pub fn store_name(ts: &mut Thread, f: &Frame, name: Value, v: Value) -> PyResult<()> {
    let target = if f.locals.is_null() {
        f.globals.value()
    } else {
        f.locals
    };
    match exact_dict(target) {
        Some(d) => dict_set(ts, d, name, v),
        None => container::setitem(ts, target, name, v),
    }
}

pub fn delete_name(ts: &mut Thread, f: &Frame, name: Value) -> PyResult<()> {
    let target = if f.locals.is_null() {
        f.globals.value()
    } else {
        f.locals
    };
    let r = match exact_dict(target) {
        Some(d) => dict_del(ts, d, name),
        None => container::delitem(ts, target, name),
    };
    r.map_err(|e| {
        if e.matches(crate::runtime::types::types().key_error) {
            name_not_defined(name)
        } else {
            e
        }
    })
}

pub fn delete_global(ts: &mut Thread, f: &Frame, name: Value) -> PyResult<()> {
    dict_del(ts, f.globals, name).map_err(|_| name_not_defined(name))
}

/// The cell stored in a localsplus slot.
#[inline]
pub fn cell_at(slot: Value) -> &'static CellObj {
    slot.downcast::<CellObj>()
        .expect("cell slot holds a cell")
        .get()
}

pub fn unbound_deref(code: &crate::objects::code::CodeObj, idx: usize) -> PyErr {
    let name = code.localsplus_names[idx].as_str().unwrap_or("?");
    if code.localsplus_kinds[idx] & crate::objects::code::KIND_FREE != 0 {
        name_error(format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"))
    } else {
        unbound_local_error(format!(
            "cannot access local variable '{name}' where it is not associated with a value"
        ))
    }
}

pub fn unbound_local(code: &crate::objects::code::CodeObj, idx: usize) -> PyErr {
    let name = code.localsplus_names[idx].as_str().unwrap_or("?");
    unbound_local_error(format!(
        "cannot access local variable '{name}' where it is not associated with a value"
    ))
}

/// `LOAD_FROM_DICT_OR_DEREF`: the class namespace first, then the cell.
pub fn load_from_dict_or_deref(
    ts: &mut Thread,
    mapping: Value,
    name: Value,
    cell: Value,
) -> PyResult<Option<Value>> {
    if let Some(v) = locals_get(ts, mapping, name)? {
        return Ok(Some(v));
    }
    let v = cell_at(cell).value.get();
    Ok((!v.is_null()).then_some(v))
}

/// `__build_class__` lookup and friends use plain attribute access.
pub fn builtin(name: &str) -> Value {
    let b = crate::runtime::globals::get().builtins_dict;
    dict_get_str(b, crate::runtime::intern::intern(name)).unwrap_or(Value::NONE)
}

pub fn import_from(ts: &mut Thread, module: Value, name: Value) -> PyResult<Value> {
    match crate::protocol::attr::getattr_opt(ts, module, name)? {
        Some(v) => Ok(v),
        None => {
            // A submodule imported after its package: look in sys.modules.
            let modname = getattr(ts, module, crate::runtime::intern::intern("__name__"))?;
            let full = format!(
                "{}.{}",
                modname.as_str().unwrap_or("?"),
                name.as_str().unwrap_or("?")
            );
            let sys_modules = crate::runtime::globals::get().sys_modules;
            if let Some(m) = dict_get_str(sys_modules, crate::runtime::intern::intern(&full)) {
                return Ok(m);
            }
            Err(crate::runtime::errors::import_error(format!(
                "cannot import name '{}' from '{}' (unknown location)",
                name.as_str().unwrap_or("?"),
                modname.as_str().unwrap_or("?")
            ))
            .with_attr("name", modname))
        }
    }
}
