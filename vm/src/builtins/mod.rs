//! The `builtins` module and the Python-visible methods of builtin types.
//!
//! Each type family has a module with a `register()` that fills the type's
//! dict with method descriptors from a table, and, for constructible types,
//! sets `native_new`. `init()` builds the builtins module itself.

pub mod abstract_check;
pub mod args;
pub mod build_class_unused_guard {}
pub mod build_class;
pub mod bytes;
pub mod complex;
pub mod dict_views;
pub mod dicts;
pub mod exceptions;
pub mod functions;
pub mod io;
pub mod iterators;
pub mod lists;
pub mod numbers;
pub mod objects;
pub mod range;
pub mod sets;
pub mod strings;

use crate::object::Gc;
use crate::objects::builtin_fn::{new_builtin, new_method_descr, NativeFn};
use crate::objects::descr::{ClassMethodObj, StaticMethodObj};
use crate::objects::dict::new_dict;
use crate::objects::module::new_module;
use crate::objects::typeobj::TypeObj;
use crate::protocol::dict::dict_set_str;
use crate::runtime::intern::intern;
use crate::runtime::types::types;
use crate::value::Value;

/// How a table entry binds.
#[derive(Clone, Copy)]
pub enum Bind {
    Method,
    Class,
    Static,
}

/// Adds native methods to a builtin type's dict.
pub fn add_methods(ty: Gc<TypeObj>, defs: &[(&'static str, NativeFn)]) {
    for &(name, f) in defs {
        dict_set_str(ty.dict, intern(name), new_method_descr(name, f, ty.value()));
    }
}

/// Adds class or static methods to a builtin type's dict.
pub fn add_bound(ty: Gc<TypeObj>, bind: Bind, defs: &[(&'static str, NativeFn)]) {
    for &(name, f) in defs {
        let func = new_builtin(name, f, ty.value());
        let v = match bind {
            Bind::Method => new_method_descr(name, f, ty.value()),
            Bind::Class => crate::heap::alloc(
                types().classmethod,
                ClassMethodObj {
                    func: crate::atomics::AtomicValue::new(func),
                },
            )
            .value(),
            Bind::Static => crate::heap::alloc(
                types().staticmethod,
                StaticMethodObj {
                    func: crate::atomics::AtomicValue::new(func),
                },
            )
            .value(),
        };
        dict_set_str(ty.dict, intern(name), v);
    }
}

/// Creates the builtins module and registers every builtin type's methods.
pub fn init() -> Value {
    let t = types();
    for (_, ty) in t.all() {
        dict_set_str(ty.dict, intern("__module__"), intern("builtins"));
    }
    objects::register();
    numbers::register();
    complex::register();
    strings::register();
    bytes::register();
    lists::register();
    dicts::register();
    sets::register();
    range::register();
    iterators::register();
    exceptions::register();
    let d = new_dict();
    dict_set_str(d, intern("__name__"), intern("builtins"));
    for (name, ty) in t.all() {
        if !name.contains('_') || name.ends_with("Error") || name == "NotImplementedType" {
            dict_set_str(d, intern(name), ty.value());
        }
    }
    for name in [
        "NoneType",
        "NotImplementedType",
        "ellipsis",
        "function",
        "builtin_function_or_method",
        "method_descriptor",
        "method",
        "cell",
        "code",
        "module",
        "generator",
        "coroutine",
        "traceback",
        "dict_keys",
        "dict_values",
        "dict_items",
        "list_iterator",
        "list_reverseiterator",
        "tuple_iterator",
        "range_iterator",
        "str_ascii_iterator",
        "bytes_iterator",
        "dict_keyiterator",
        "dict_valueiterator",
        "dict_itemiterator",
        "set_iterator",
        "iterator",
        "callable_iterator",
    ] {
        let _ = crate::protocol::dict::dict_pop_str(d, intern(name));
    }
    dict_set_str(d, intern("None"), Value::NONE);
    dict_set_str(d, intern("True"), Value::TRUE);
    dict_set_str(d, intern("False"), Value::FALSE);
    dict_set_str(d, intern("Ellipsis"), Value::ELLIPSIS);
    dict_set_str(d, intern("NotImplemented"), Value::NOT_IMPLEMENTED);
    dict_set_str(d, intern("EnvironmentError"), t.os_error.value());
    dict_set_str(d, intern("IOError"), t.os_error.value());
    let owner = intern("builtins");
    for &(name, f) in functions::FUNCTIONS {
        dict_set_str(d, intern(name), new_builtin(name, f, owner));
    }
    dict_set_str(
        d,
        intern("__build_class__"),
        new_builtin("__build_class__", build_class::build_class, owner),
    );
    new_module(intern("builtins"), d).value()
}

/// Creates a builtin (non-heap) type at run time, for stdlib modules
/// written in Rust; it stays alive for the whole process.
pub fn new_builtin_type(
    name: &str,
    module: &str,
    layout: crate::object::Kind,
    base: Gc<TypeObj>,
    methods: &[(&'static str, NativeFn)],
) -> Gc<TypeObj> {
    use crate::atomics::AtomicValue;
    use std::sync::atomic::AtomicU32;
    let t = types();
    let dict = new_dict();
    let ty = crate::heap::alloc(
        t.type_,
        TypeObj {
            name: AtomicValue::new(intern(name)),
            qualname: AtomicValue::new(intern(name)),
            bases: AtomicValue::new(crate::objects::tuple::new_tuple([base.value()])),
            mro: AtomicValue::new(Value::NONE),
            dict,
            layout,
            flags: AtomicU32::new(0),
            version: AtomicU32::new(crate::objects::typeobj::next_type_version()),
            nslots: 0,
            subclasses: Default::default(),
            native_new: std::sync::OnceLock::new(),
            tp_name: Some(Box::leak(format!("{module}.{name}").into_boxed_str())),
        },
    );
    let mut mro = vec![ty.value()];
    mro.extend_from_slice(base.mro_slice());
    ty.mro.set(crate::objects::tuple::new_tuple(mro));
    dict_set_str(dict, intern("__module__"), intern(module));
    add_methods(ty, methods);
    crate::runtime::globals::add_permanent(ty.value());
    ty
}

/// Adds read-only attributes computed by native getters (as properties).
pub fn add_getters(ty: Gc<TypeObj>, defs: &[(&'static str, NativeFn)]) {
    use crate::atomics::AtomicValue;
    for &(name, f) in defs {
        let p = crate::heap::alloc(
            types().property,
            crate::objects::descr::PropertyObj {
                fget: AtomicValue::new(new_builtin(name, f, ty.value())),
                fset: AtomicValue::new(Value::NONE),
                fdel: AtomicValue::new(Value::NONE),
                doc: AtomicValue::new(Value::NONE),
            },
        );
        dict_set_str(ty.dict, intern(name), p.value());
    }
}

/// A native-payload type for a Rust stdlib module whose protocols (`__len__`,
/// `__getitem__`, `__iter__`, operators, ...) are native methods in its dict.
/// It is flagged as a heap type so the protocol layer looks those dunders up
/// (`protocol::dunder::user_dunder`), exactly as for a Python class.
pub fn new_dunder_type(
    name: &str,
    module: &str,
    methods: &[(&'static str, NativeFn)],
) -> Gc<TypeObj> {
    let ty = new_builtin_type(
        name,
        module,
        crate::object::Kind::Native,
        types().object,
        methods,
    );
    ty.flags.fetch_or(
        crate::objects::typeobj::TF_HEAPTYPE,
        std::sync::atomic::Ordering::Relaxed,
    );
    ty
}
