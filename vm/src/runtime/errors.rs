//! `PyErr`: a raised exception travelling up through Rust as `Err`.

use crate::object::Gc;
use crate::objects::exception::{new_exception, ExceptionObj};
use crate::objects::str::new_str;
use crate::objects::tuple::new_tuple;
use crate::objects::typeobj::TypeObj;
use crate::runtime::types::types;
use crate::value::Value;

/// A raised exception: always an instance of a BaseException subclass.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PyErr(pub Gc<ExceptionObj>);

pub type PyResult<T> = Result<T, PyErr>;

impl PyErr {
    pub fn value(self) -> Value {
        self.0.value()
    }
    pub fn cls(self) -> Gc<TypeObj> {
        self.0.cls()
    }
    /// Whether the exception is an instance of `cls` (or a subclass).
    pub fn matches(self, cls: Gc<TypeObj>) -> bool {
        self.0.cls().is_subtype(cls)
    }
    /// An exception of `cls` with `args` (a tuple).
    pub fn with_args(cls: Gc<TypeObj>, args: Value) -> PyErr {
        PyErr(new_exception(cls, args))
    }
    /// An exception of `cls` with one string argument.
    pub fn new(cls: Gc<TypeObj>, msg: impl Into<String>) -> PyErr {
        let msg: String = msg.into();
        PyErr::with_args(cls, new_tuple([new_str(msg)]))
    }
    /// An exception of `cls` with no arguments.
    pub fn empty(cls: Gc<TypeObj>) -> PyErr {
        PyErr::with_args(cls, new_tuple(Vec::new()))
    }
    /// Sets an attribute in the exception's instance dict (`ImportError.name`, ...).
    pub fn with_attr(self, name: &str, value: Value) -> PyErr {
        if let Some(d) = crate::protocol::attr::instance_dict(self.value(), true) {
            crate::protocol::dict::dict_set_str(d, crate::runtime::intern::intern(name), value);
        }
        self
    }
}

macro_rules! error_ctors {
    ($($fn_name:ident => $field:ident),* $(,)?) => {
        $(
            pub fn $fn_name(msg: impl Into<String>) -> PyErr {
                PyErr::new(types().$field, msg)
            }
        )*
    };
}

error_ctors! {
    type_error => type_error,
    value_error => value_error,
    index_error => index_error,
    attribute_error => attribute_error,
    name_error => name_error,
    unbound_local_error => unbound_local_error,
    zero_division_error => zero_division_error,
    overflow_error => overflow_error,
    runtime_error => runtime_error,
    recursion_error => recursion_error,
    not_implemented_error => not_implemented_error,
    import_error => import_error,
    module_not_found_error => module_not_found_error,
    assertion_error => assertion_error,
    system_error => system_error,
    os_error => os_error,
    eof_error => eof_error,
    memory_error => memory_error,
    unicode_error => unicode_error,
    lookup_error => lookup_error,
    syntax_error => syntax_error,
}

/// `KeyError(key)`: the key itself is the argument.
pub fn key_error(key: Value) -> PyErr {
    PyErr::with_args(types().key_error, new_tuple([key]))
}

/// `StopIteration(value)` (no args when value is None, as CPython).
pub fn stop_iteration(value: Value) -> PyErr {
    let args = if value.is_none() {
        Vec::new()
    } else {
        vec![value]
    };
    PyErr::with_args(types().stop_iteration, new_tuple(args))
}

/// Shorthand: `Err(type_error(format!(...)))`.
#[macro_export]
macro_rules! raise {
    ($ctor:ident, $($fmt:tt)*) => {
        return Err($crate::runtime::errors::$ctor(format!($($fmt)*)))
    };
}
