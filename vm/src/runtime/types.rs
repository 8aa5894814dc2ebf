//! The builtin types, created once at start-up and immortal (global roots).
//!
//! One table lists every builtin type: field, Python name, instance layout,
//! base type and flags. `init` bootstraps the cycle type→type, dict→dict.

use crate::atomics::AtomicValue;
use crate::heap::local::alloc_bootstrap;
use crate::object::{Gc, Kind};
use crate::objects::dict::{DictCell, DictObj};
use crate::objects::str::new_str;
use crate::objects::tuple::{new_tuple, TupleObj};
use crate::objects::typeobj::*;
use crate::value::Value;
use std::sync::atomic::AtomicU32;
use std::sync::OnceLock;

const B: u32 = TF_BASETYPE;
const BD: u32 = TF_BASETYPE | TF_HAS_DICT;
const EXC: u32 = TF_BASETYPE | TF_HAS_DICT | TF_EXCEPTION;

macro_rules! builtin_types {
    ($($field:ident: $name:literal, $layout:ident, $base:ident, $flags:expr;)*) => {
        pub struct BuiltinTypes {
            $(pub $field: Gc<TypeObj>,)*
            pub empty_tuple: Value,
        }

        impl BuiltinTypes {
            /// Every builtin type with its Python name, in table order.
            pub fn all(&self) -> Vec<(&'static str, Gc<TypeObj>)> {
                vec![$(($name, self.$field)),*]
            }
        }

        fn create() -> BuiltinTypes {
            $( let $field = make(Kind::$layout, $flags); )*
            let empty_tuple = alloc_bootstrap(TupleObj::new(Vec::new())).value();
            BuiltinTypes { $($field,)* empty_tuple }
        }

        fn names(t: &BuiltinTypes) -> Vec<(Gc<TypeObj>, &'static str, Option<Gc<TypeObj>>)> {
            #[allow(unused_variables)]
            let BuiltinTypes { $($field,)* .. } = *t;
            vec![$(($field, $name, if $name == "object" { None } else { Some($base) })),*]
        }
    };
}

builtin_types! {
    object: "object", Instance, object, B;
    type_: "type", Type, object, BD;
    int: "int", BigInt, object, B;
    bool_: "bool", BigInt, int, 0;
    float: "float", Float, object, B;
    complex: "complex", Complex, object, B;
    str: "str", Str, object, B;
    bytes: "bytes", Bytes, object, B;
    bytearray: "bytearray", ByteArray, object, B;
    list: "list", List, object, B;
    tuple: "tuple", Tuple, object, B;
    dict: "dict", Dict, object, B;
    set: "set", Set, object, B;
    frozenset: "frozenset", Set, object, B;
    range: "range", Range, object, 0;
    slice: "slice", Slice, object, 0;
    function: "function", Function, object, TF_HAS_DICT;
    builtin_function: "builtin_function_or_method", Builtin, object, 0;
    method_descriptor: "method_descriptor", Builtin, object, 0;
    method: "method", Method, object, 0;
    cell: "cell", Cell, object, 0;
    code: "code", Code, object, 0;
    module: "module", Module, object, BD;
    none_type: "NoneType", Instance, object, 0;
    not_implemented_type: "NotImplementedType", Instance, object, 0;
    ellipsis_type: "ellipsis", Instance, object, 0;
    generator: "generator", Generator, object, 0;
    coroutine: "coroutine", Generator, object, 0;
    async_generator: "async_generator", Generator, object, 0;
    async_generator_asend: "async_generator_asend", Native, object, 0;
    async_generator_athrow: "async_generator_athrow", Native, object, 0;
    async_generator_wrapped_value: "async_generator_wrapped_value", Native, object, 0;
    coroutine_wrapper: "coroutine_wrapper", Native, object, 0;
    anext_awaitable: "anext_awaitable", Native, object, 0;
    traceback: "traceback", Traceback, object, 0;
    property: "property", Property, object, B;
    staticmethod: "staticmethod", StaticMethod, object, B;
    classmethod: "classmethod", ClassMethod, object, B;
    super_: "super", Super, object, B;
    list_iterator: "list_iterator", Iter, object, 0;
    list_reverseiterator: "list_reverseiterator", Iter, object, 0;
    tuple_iterator: "tuple_iterator", Iter, object, 0;
    range_iterator: "range_iterator", Iter, object, 0;
    str_iterator: "str_ascii_iterator", Iter, object, 0;
    bytes_iterator: "bytes_iterator", Iter, object, 0;
    dict_keyiterator: "dict_keyiterator", Iter, object, 0;
    dict_valueiterator: "dict_valueiterator", Iter, object, 0;
    dict_itemiterator: "dict_itemiterator", Iter, object, 0;
    set_iterator: "set_iterator", Iter, object, 0;
    seq_iterator: "iterator", Iter, object, 0;
    callable_iterator: "callable_iterator", Iter, object, 0;
    reversed: "reversed", Iter, object, B;
    enumerate: "enumerate", Iter, object, B;
    zip: "zip", Iter, object, B;
    map: "map", Iter, object, B;
    filter: "filter", Iter, object, B;
    dict_keys: "dict_keys", Native, object, 0;
    dict_values: "dict_values", Native, object, 0;
    dict_items: "dict_items", Native, object, 0;
    member_descriptor: "member_descriptor", Native, object, 0;
    base_exception: "BaseException", Exception, object, EXC;
    system_exit: "SystemExit", Exception, base_exception, EXC;
    keyboard_interrupt: "KeyboardInterrupt", Exception, base_exception, EXC;
    generator_exit: "GeneratorExit", Exception, base_exception, EXC;
    exception: "Exception", Exception, base_exception, EXC;
    stop_iteration: "StopIteration", Exception, exception, EXC;
    stop_async_iteration: "StopAsyncIteration", Exception, exception, EXC;
    arithmetic_error: "ArithmeticError", Exception, exception, EXC;
    floating_point_error: "FloatingPointError", Exception, arithmetic_error, EXC;
    overflow_error: "OverflowError", Exception, arithmetic_error, EXC;
    zero_division_error: "ZeroDivisionError", Exception, arithmetic_error, EXC;
    assertion_error: "AssertionError", Exception, exception, EXC;
    attribute_error: "AttributeError", Exception, exception, EXC;
    buffer_error: "BufferError", Exception, exception, EXC;
    eof_error: "EOFError", Exception, exception, EXC;
    import_error: "ImportError", Exception, exception, EXC;
    module_not_found_error: "ModuleNotFoundError", Exception, import_error, EXC;
    lookup_error: "LookupError", Exception, exception, EXC;
    index_error: "IndexError", Exception, lookup_error, EXC;
    key_error: "KeyError", Exception, lookup_error, EXC;
    memory_error: "MemoryError", Exception, exception, EXC;
    name_error: "NameError", Exception, exception, EXC;
    unbound_local_error: "UnboundLocalError", Exception, name_error, EXC;
    os_error: "OSError", Exception, exception, EXC;
    file_not_found_error: "FileNotFoundError", Exception, os_error, EXC;
    file_exists_error: "FileExistsError", Exception, os_error, EXC;
    permission_error: "PermissionError", Exception, os_error, EXC;
    is_a_directory_error: "IsADirectoryError", Exception, os_error, EXC;
    not_a_directory_error: "NotADirectoryError", Exception, os_error, EXC;
    timeout_error: "TimeoutError", Exception, os_error, EXC;
    interrupted_error: "InterruptedError", Exception, os_error, EXC;
    blocking_io_error: "BlockingIOError", Exception, os_error, EXC;
    connection_error: "ConnectionError", Exception, os_error, EXC;
    broken_pipe_error: "BrokenPipeError", Exception, connection_error, EXC;
    reference_error: "ReferenceError", Exception, exception, EXC;
    runtime_error: "RuntimeError", Exception, exception, EXC;
    not_implemented_error: "NotImplementedError", Exception, runtime_error, EXC;
    recursion_error: "RecursionError", Exception, runtime_error, EXC;
    syntax_error: "SyntaxError", Exception, exception, EXC;
    indentation_error: "IndentationError", Exception, syntax_error, EXC;
    tab_error: "TabError", Exception, indentation_error, EXC;
    system_error: "SystemError", Exception, exception, EXC;
    type_error: "TypeError", Exception, exception, EXC;
    value_error: "ValueError", Exception, exception, EXC;
    unicode_error: "UnicodeError", Exception, value_error, EXC;
    unicode_decode_error: "UnicodeDecodeError", Exception, unicode_error, EXC;
    unicode_encode_error: "UnicodeEncodeError", Exception, unicode_error, EXC;
    warning: "Warning", Exception, exception, EXC;
    user_warning: "UserWarning", Exception, warning, EXC;
    deprecation_warning: "DeprecationWarning", Exception, warning, EXC;
    runtime_warning: "RuntimeWarning", Exception, warning, EXC;
}

fn make(layout: Kind, flags: u32) -> Gc<TypeObj> {
    let dict = alloc_bootstrap(DictObj {
        table: DictCell::new(),
    });
    alloc_bootstrap(TypeObj {
        name: AtomicValue::default(),
        qualname: AtomicValue::default(),
        bases: AtomicValue::default(),
        mro: AtomicValue::default(),
        dict,
        layout,
        flags: AtomicU32::new(flags),
        version: AtomicU32::new(next_type_version()),
        nslots: 0,
        subclasses: Default::default(),
        native_new: std::sync::OnceLock::new(),
        tp_name: None,
    })
}

static TYPES: OnceLock<BuiltinTypes> = OnceLock::new();

/// The builtin types. Panics if called before `init`.
#[inline(always)]
pub fn types() -> &'static BuiltinTypes {
    match TYPES.get() {
        Some(t) => t,
        None => panic!("runtime not initialised"),
    }
}

/// Creates the builtin types (idempotent).
pub fn init() {
    if TYPES.get().is_some() {
        return;
    }
    let t = create();
    let list = names(&t);
    let (type_, dict, tuple) = (t.type_, t.dict, t.tuple);
    t.empty_tuple
        .as_gc()
        .expect("tuple object")
        .header()
        .cls
        .store(tuple.as_ptr() as u64, std::sync::atomic::Ordering::Relaxed);
    for &(ty, _, _) in &list {
        ty.set_cls(type_);
        ty.dict.set_cls(dict);
    }
    let _ = TYPES.set(t);
    for (ty, name, base) in list {
        ty.name.set(new_str(name));
        ty.qualname.set(ty.name.get());
        let mut mro = vec![ty.value()];
        match base {
            Some(b) => {
                ty.bases.set(new_tuple([b.value()]));
                mro.extend_from_slice(b.mro_slice());
            }
            None => ty.bases.set(types().empty_tuple),
        }
        ty.mro.set(new_tuple(mro));
    }
}

/// The type of any value.
#[inline]
pub fn type_of(v: Value) -> Gc<TypeObj> {
    if v.is_ptr() {
        return v.as_gc().expect("pointer").cls();
    }
    let t = types();
    if v.is_small_int() {
        t.int
    } else if v.is_float() {
        t.float
    } else if v.is_bool() {
        t.bool_
    } else if v.is_none() {
        t.none_type
    } else if v == Value::NOT_IMPLEMENTED {
        t.not_implemented_type
    } else if v == Value::ELLIPSIS {
        t.ellipsis_type
    } else {
        panic!("type_of(NULL)")
    }
}

/// The name of a value's type, for error messages.
pub fn type_name(v: Value) -> &'static str {
    let t = type_of(v).get();
    t.tp_name.unwrap_or_else(|| t.name_str())
}
