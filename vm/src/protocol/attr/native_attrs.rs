//! Attributes that builtin payloads expose directly (CPython's member and
//! getset descriptors): `__name__`, `__class__`, `args`, `start`, ...

use crate::object::{Gc, Kind};
use crate::objects::builtin_fn::BuiltinFnObj;
use crate::objects::code::CodeObj;
use crate::objects::descr::{ClassMethodObj, PropertyObj, StaticMethodObj};
use crate::objects::exception::{ExceptionObj, TracebackObj};
use crate::objects::function::{CellObj, FunctionObj, MethodObj};
use crate::objects::generator::GeneratorObj;
use crate::objects::module::ModuleObj;
use crate::objects::range::RangeObj;
use crate::objects::slice::SliceObj;
use crate::objects::str::new_str;
use crate::objects::tuple::new_tuple;
use crate::objects::typeobj::TypeObj;
use crate::protocol::attr::instance_dict;
use crate::protocol::dict::dict_get_str;
use crate::runtime::errors::{type_error, value_error};
use crate::runtime::intern::intern;
use crate::runtime::thread::Thread;
use crate::runtime::types::{type_of, types};
use crate::runtime::PyResult;
use crate::value::Value;
use std::sync::atomic::Ordering;

fn or_none(v: Value) -> Value {
    if v.is_null() {
        Value::NONE
    } else {
        v
    }
}

pub fn native_getattr(_ts: &mut Thread, obj: Value, name: &str) -> PyResult<Option<Value>> {
    if name == "__class__" {
        return Ok(Some(type_of(obj).value()));
    }
    if name == "__dict__" {
        if let Some(t) = obj.as_type() {
            return Ok(Some(t.dict.value()));
        }
        if let Some(m) = obj.downcast::<ModuleObj>() {
            return Ok(Some(m.dict.value()));
        }
        if let Some(d) = instance_dict(obj, true) {
            return Ok(Some(d.value()));
        }
    }
    if let Some(i) = obj.as_small_int().or_else(|| obj.is_int().then_some(0)) {
        let _ = i;
        return Ok(match name {
            "real" | "numerator" => Some(if obj.is_bool() {
                Value::small_int((obj == Value::TRUE) as i64)
            } else {
                obj
            }),
            "imag" => Some(Value::small_int(0)),
            "denominator" => Some(Value::small_int(1)),
            _ => None,
        });
    }
    if let Some((re, im)) = obj.as_complex() {
        return Ok(match name {
            "real" => Some(Value::float(re)),
            "imag" => Some(Value::float(im)),
            _ => None,
        });
    }
    if let Some(f) = obj.as_float_any() {
        return Ok(match name {
            "real" => Some(Value::float(f)),
            "imag" => Some(Value::float(0.0)),
            _ => None,
        });
    }
    let Some(kind) = obj.kind() else {
        return Ok(None);
    };
    Ok(match kind {
        Kind::Type => type_attr(obj.as_type().expect("type"), name),
        Kind::Function => {
            let f = obj.downcast::<FunctionObj>().expect("function");
            match name {
                "__name__" => Some(f.name.get()),
                "__qualname__" => Some(f.qualname.get()),
                "__module__" => Some(or_none(f.module.get())),
                "__doc__" => Some(or_none(f.doc.get())),
                "__defaults__" => Some(or_none(f.defaults.get())),
                "__kwdefaults__" => Some(or_none(f.kwdefaults.get())),
                "__closure__" => Some(or_none(f.closure.get())),
                "__code__" => Some(f.code.value()),
                "__globals__" => Some(f.globals.value()),
                "__annotations__" => {
                    let a = f.annotations.get();
                    if a.is_null() {
                        let d = crate::objects::dict::new_dict().value();
                        f.annotations.set(d);
                        Some(d)
                    } else {
                        Some(a)
                    }
                }
                "__builtins__" => Some(f.builtins.value()),
                _ => None,
            }
        }
        Kind::Method => {
            let m = obj.downcast::<MethodObj>().expect("method");
            match name {
                "__self__" => Some(m.this),
                "__func__" => Some(m.func),
                "__name__" | "__qualname__" | "__doc__" | "__module__" => {
                    return crate::protocol::attr::getattr_opt(_ts, m.func, intern(name));
                }
                // Like CPython's method_getattro: other attributes (the
                // function's `__dict__`, e.g. unittest's markers) come from
                // the function.
                _ if !name.starts_with("__") => {
                    return crate::protocol::attr::getattr_opt(_ts, m.func, intern(name));
                }
                _ => instance_dict(m.func, false).and_then(|d| dict_get_str(d, intern(name))),
            }
        }
        Kind::Builtin => {
            let b = obj.downcast::<BuiltinFnObj>().expect("builtin");
            match name {
                "__name__" => Some(new_str(b.name)),
                "__qualname__" => Some(match b.owner.as_type() {
                    Some(t) => new_str(format!("{}.{}", t.name_str(), b.name)),
                    None => new_str(b.name),
                }),
                "__self__" => Some(if b.this.is_null() { b.owner } else { b.this }),
                "__doc__" => Some(Value::NONE),
                "__module__" => Some(if b.owner.as_str().is_some() {
                    b.owner
                } else {
                    Value::NONE
                }),
                _ => None,
            }
        }
        Kind::Module => {
            let m = obj.downcast::<ModuleObj>().expect("module");
            match name {
                "__name__" => Some(m.name),
                _ => None,
            }
        }
        Kind::Exception => {
            let e = obj.downcast::<ExceptionObj>().expect("exception");
            let args = e.args.get();
            let first = args.as_tuple().and_then(|a| a.first().copied());
            match name {
                "args" => Some(args),
                "__traceback__" => Some(e.traceback.get()),
                "__cause__" => Some(e.cause.get()),
                "__context__" => Some(e.context.get()),
                "__suppress_context__" => {
                    Some(Value::from_bool(e.suppress_context.load(Ordering::Relaxed)))
                }
                "__notes__" if !e.notes.get().is_null() => Some(e.notes.get()),
                "value" if type_of(obj).is_subtype(types().stop_iteration) => {
                    Some(first.unwrap_or(Value::NONE))
                }
                "code" if type_of(obj).is_subtype(types().system_exit) => {
                    Some(match args.as_tuple() {
                        Some([]) | None => Value::NONE,
                        Some([one]) => *one,
                        Some(_) => args,
                    })
                }
                "msg" if type_of(obj).is_subtype(types().syntax_error) => {
                    Some(first.unwrap_or(Value::NONE))
                }
                // UnicodeError(encoding, object, start, end, reason).
                "encoding" | "object" | "start" | "end" | "reason"
                    if type_of(obj).is_subtype(types().unicode_error) =>
                {
                    let idx = ["encoding", "object", "start", "end", "reason"]
                        .iter()
                        .position(|n| *n == name)
                        .unwrap_or(0);
                    match args.as_tuple() {
                        Some(a) if a.len() == 5 => Some(a[idx]),
                        _ => None,
                    }
                }
                // SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset])).
                "filename" | "lineno" | "offset" | "text" | "end_lineno" | "end_offset"
                    if type_of(obj).is_subtype(types().syntax_error) =>
                {
                    let d = obj
                        .as_gc()
                        .map(|g| g.dict_value())
                        .and_then(|d| d.downcast::<crate::objects::dict::DictObj>());
                    if let Some(v) = d.and_then(|d| dict_get_str(d, intern(name))) {
                        return Ok(Some(v));
                    }
                    let idx = [
                        "filename",
                        "lineno",
                        "offset",
                        "text",
                        "end_lineno",
                        "end_offset",
                    ]
                    .iter()
                    .position(|n| *n == name)
                    .unwrap_or(0);
                    let detail = match args.as_tuple() {
                        Some([_, detail]) => detail.as_tuple().unwrap_or(&[]),
                        _ => &[],
                    };
                    Some(detail.get(idx).copied().unwrap_or(Value::NONE))
                }
                "name" | "path"
                    if type_of(obj).is_subtype(types().import_error)
                        || (name == "name" && type_of(obj).is_subtype(types().name_error)) =>
                {
                    let d = obj
                        .as_gc()
                        .map(|g| g.dict_value())
                        .and_then(|d| d.downcast::<crate::objects::dict::DictObj>());
                    Some(
                        d.and_then(|d| dict_get_str(d, intern(name)))
                            .unwrap_or(Value::NONE),
                    )
                }
                "errno" | "strerror" | "filename" if type_of(obj).is_subtype(types().os_error) => {
                    let a = args.as_tuple().unwrap_or(&[]);
                    if name == "filename" {
                        let d = obj
                            .as_gc()
                            .map(|g| g.dict_value())
                            .and_then(|d| d.downcast::<crate::objects::dict::DictObj>());
                        return Ok(Some(
                            d.and_then(|d| dict_get_str(d, intern("filename")))
                                .unwrap_or(Value::NONE),
                        ));
                    }
                    let idx = if name == "errno" { 0 } else { 1 };
                    Some(if a.len() >= 2 {
                        a.get(idx).copied().unwrap_or(Value::NONE)
                    } else {
                        Value::NONE
                    })
                }
                _ => None,
            }
        }
        Kind::Traceback => {
            let tb = obj.downcast::<TracebackObj>().expect("traceback");
            match name {
                "tb_next" => Some(tb.next),
                "tb_lineno" => Some(Value::small_int(
                    tb.code.location(tb.lasti as usize).line as i64,
                )),
                "tb_lasti" => Some(Value::small_int(tb.lasti as i64 * 2)),
                "tb_frame" => Some(Value::NONE),
                // Weft has no frame objects: the code object stands in for
                // `tb_frame.f_code` (unittest and traceback formatting use it).
                "tb_code" => Some(tb.code.value()),
                "_weft_entry" => Some(new_str(crate::runtime::traceback::format_entry(&tb))),
                _ => None,
            }
        }
        Kind::Slice => {
            let s = obj.downcast::<SliceObj>().expect("slice");
            match name {
                "start" => Some(s.start),
                "stop" => Some(s.stop),
                "step" => Some(s.step),
                _ => None,
            }
        }
        Kind::Range => {
            let r = obj.downcast::<RangeObj>().expect("range");
            match name {
                "start" => Some(r.start),
                "stop" => Some(r.stop),
                "step" => Some(r.step),
                _ => None,
            }
        }
        Kind::Generator => {
            let g = obj.downcast::<GeneratorObj>().expect("generator");
            match name {
                "__name__" => Some(g.name.get()),
                "__qualname__" => Some(g.qualname.get()),
                "gi_code" | "cr_code" | "ag_code" => Some(g.code.value()),
                "gi_running" | "cr_running" => Some(Value::from_bool(g.state.lock().running)),
                "ag_running" => Some(Value::from_bool(g.state.lock().ag_running_async)),
                "gi_frame" | "cr_frame" | "ag_frame" => Some(Value::NONE),
                _ => None,
            }
        }
        Kind::Code => code_attr(obj.downcast::<CodeObj>().expect("code"), name),
        Kind::Cell => match name {
            "cell_contents" => {
                let v = obj.downcast::<CellObj>().expect("cell").value.get();
                if v.is_null() {
                    return Err(value_error("Cell is empty"));
                }
                Some(v)
            }
            _ => None,
        },
        Kind::Property => {
            let p = obj.downcast::<PropertyObj>().expect("property");
            match name {
                "fget" => Some(or_none(p.fget.get())),
                "fset" => Some(or_none(p.fset.get())),
                "fdel" => Some(or_none(p.fdel.get())),
                "__doc__" => Some(or_none(p.doc.get())),
                _ => None,
            }
        }
        Kind::StaticMethod => match name {
            "__func__" | "__wrapped__" => {
                Some(obj.downcast::<StaticMethodObj>().expect("sm").func.get())
            }
            _ => None,
        },
        Kind::ClassMethod => match name {
            "__func__" | "__wrapped__" => {
                Some(obj.downcast::<ClassMethodObj>().expect("cm").func.get())
            }
            _ => None,
        },
        _ => None,
    })
}

fn type_attr(t: Gc<TypeObj>, name: &str) -> Option<Value> {
    match name {
        "__name__" => Some(t.name.get()),
        "__qualname__" => Some(t.qualname.get()),
        "__mro__" => Some(t.mro.get()),
        "__bases__" => Some(t.bases.get()),
        "__base__" => Some(
            t.bases
                .get()
                .as_tuple()
                .and_then(|b| b.first().copied())
                .unwrap_or(Value::NONE),
        ),
        "__module__" => {
            Some(dict_get_str(t.dict, intern("__module__")).unwrap_or_else(|| intern("builtins")))
        }
        "__doc__" => Some(dict_get_str(t.dict, intern("__doc__")).unwrap_or(Value::NONE)),
        _ => None,
    }
}

fn code_attr(c: Gc<CodeObj>, name: &str) -> Option<Value> {
    Some(match name {
        "co_name" => c.name,
        "co_qualname" => c.qualname,
        "co_filename" => c.filename,
        "co_firstlineno" => Value::small_int(c.firstlineno as i64),
        "co_argcount" => Value::small_int(c.argcount as i64),
        "co_posonlyargcount" => Value::small_int(c.posonlyargcount as i64),
        "co_kwonlyargcount" => Value::small_int(c.kwonlyargcount as i64),
        "co_flags" => Value::small_int(c.flags as i64),
        "co_consts" => new_tuple(c.consts.to_vec()),
        "co_names" => new_tuple(c.names.to_vec()),
        "co_varnames" => new_tuple(c.localsplus_names[..c.nlocals as usize].to_vec()),
        "co_nlocals" => Value::small_int(c.nlocals as i64),
        "co_cellvars" => {
            let nonfree = c.nlocalsplus() - c.nfrees as usize;
            new_tuple(
                (0..nonfree)
                    .filter(|&i| c.localsplus_kinds[i] & crate::objects::code::KIND_CELL != 0)
                    .map(|i| c.localsplus_names[i])
                    .collect::<Vec<_>>(),
            )
        }
        "co_freevars" => {
            new_tuple(c.localsplus_names[c.nlocalsplus() - c.nfrees as usize..].to_vec())
        }
        _ => return None,
    })
}

/// Writes to `__name__`, `__qualname__`, `__doc__` etc. of a class.
pub fn set_type_attr(t: Gc<TypeObj>, name: Value, value: Value) -> PyResult<bool> {
    match name.as_str().unwrap_or("") {
        "__name__" => {
            if value.as_str().is_none() {
                return Err(type_error("can only assign string to __name__"));
            }
            t.name.set(value);
        }
        "__qualname__" => t.qualname.set(value),
        _ => return Ok(false),
    }
    t.bump_version();
    Ok(true)
}

/// Writes to builtin payload attributes (function metadata, exception
/// fields); false when `name` is not one of them.
pub fn set_native_attr(_ts: &mut Thread, obj: Value, name: Value, value: Value) -> PyResult<bool> {
    let n = name.as_str().unwrap_or("");
    if n == "__class__" {
        set_class(obj, value)?;
        return Ok(true);
    }
    if let Some(f) = obj.downcast::<FunctionObj>() {
        let slot = match n {
            "__name__" => &f.get().name,
            "__qualname__" => &f.get().qualname,
            "__module__" => &f.get().module,
            "__doc__" => &f.get().doc,
            "__defaults__" => &f.get().defaults,
            "__kwdefaults__" => &f.get().kwdefaults,
            "__annotations__" => &f.get().annotations,
            _ => return Ok(false),
        };
        slot.set(
            if value.is_none() && matches!(n, "__defaults__" | "__kwdefaults__") {
                Value::NULL
            } else {
                value
            },
        );
        return Ok(true);
    }
    if let Some(e) = obj.downcast::<ExceptionObj>() {
        match n {
            "args" => e
                .args
                .set(new_tuple(crate::protocol::iter::collect(_ts, value)?)),
            "__traceback__" => e.traceback.set(value),
            "__cause__" => {
                e.cause.set(value);
                e.suppress_context.store(true, Ordering::Relaxed);
            }
            "__context__" => e.context.set(value),
            "__suppress_context__" => e
                .suppress_context
                .store(value == Value::TRUE, Ordering::Relaxed),
            "__notes__" => e.notes.set(value),
            _ => return Ok(false),
        }
        return Ok(true);
    }
    if let Some(p) = obj.downcast::<PropertyObj>() {
        if n == "__doc__" {
            p.doc.set(value);
            return Ok(true);
        }
    }
    Ok(false)
}

/// `obj.__class__ = cls` (CPython's `object_set_class`): both classes must
/// be Python classes with the same instance layout.
fn set_class(obj: Value, value: Value) -> PyResult<()> {
    use crate::objects::typeobj::{TF_HAS_DICT, TF_HEAPTYPE};
    let Some(new) = value.as_type() else {
        return Err(crate::runtime::errors::type_error(format!(
            "__class__ must be set to a class, not '{}' object",
            crate::runtime::types::type_name(value)
        )));
    };
    let old = type_of(obj);
    let (Some(g), true) = (
        obj.as_gc(),
        old.has_flag(TF_HEAPTYPE) && new.has_flag(TF_HEAPTYPE),
    ) else {
        return Err(crate::runtime::errors::type_error(
            "__class__ assignment only supported for mutable types or ModuleType subclasses"
                .to_string(),
        ));
    };
    let same_layout = obj.kind() == Some(crate::object::Kind::Instance)
        && new.nslots == old.nslots
        && new.has_flag(TF_HAS_DICT) == old.has_flag(TF_HAS_DICT)
        && native_base(new) == native_base(old);
    if !same_layout {
        return Err(crate::runtime::errors::type_error(format!(
            "__class__ assignment: '{}' object layout differs from '{}'",
            new.name_str(),
            old.name_str()
        )));
    }
    g.set_cls(new);
    Ok(())
}

/// The first builtin class along the MRO (the instance layout's owner).
fn native_base(t: crate::object::Gc<crate::objects::typeobj::TypeObj>) -> Value {
    t.mro_slice()
        .iter()
        .copied()
        .find(|b| {
            b.as_type()
                .is_some_and(|b| !b.has_flag(crate::objects::typeobj::TF_HEAPTYPE))
        })
        .unwrap_or(Value::NULL)
}
