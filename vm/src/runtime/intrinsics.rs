//! `CALL_INTRINSIC_1` and `SETUP_ANNOTATIONS`.

use crate::objects::dict::{new_dict, DictObj};
use crate::objects::list::ListObj;
use crate::objects::tuple::new_tuple;
use crate::protocol::dict::{dict_get_str, dict_items, dict_set, dict_set_str};
use crate::runtime::errors::{runtime_error, system_error};
use crate::runtime::frame::Frame;
use crate::runtime::intern::intern;
use crate::runtime::thread::Thread;
use crate::runtime::types::types;
use crate::runtime::PyResult;
use crate::value::Value;

pub fn call_intrinsic_1(ts: &mut Thread, f: &Frame, which: u32, v: Value) -> PyResult<Value> {
    match which {
        1 => {
            // REPL: print the value's repr and keep it as `_`.
            if !v.is_none() {
                let s = crate::protocol::repr::repr_string(ts, v)?;
                crate::builtins::io::write_stdout(ts, &format!("{s}\n"))?;
                dict_set_str(crate::runtime::globals::get().builtins_dict, intern("_"), v);
            }
            Ok(Value::NONE)
        }
        2 => {
            import_star(ts, f, v)?;
            Ok(Value::NONE)
        }
        3 => {
            use crate::objects::code::{CO_ASYNC_GENERATOR, CO_COROUTINE};
            let is_agen = f.code.flags & CO_ASYNC_GENERATOR != 0;
            let cls = v
                .downcast::<crate::objects::exception::ExceptionObj>()
                .map(|e| e.cls());
            if let Some(cls) = cls.filter(|c| {
                c.is_subtype(types().stop_iteration)
                    || (is_agen && c.is_subtype(types().stop_async_iteration))
            }) {
                let what = if f.code.flags & CO_COROUTINE != 0 {
                    "coroutine"
                } else if is_agen {
                    "async generator"
                } else {
                    "generator"
                };
                let raised = if cls.is_subtype(types().stop_iteration) {
                    "StopIteration"
                } else {
                    "StopAsyncIteration"
                };
                let e = runtime_error(format!("{what} raised {raised}"));
                e.0.cause.set(v);
                return Err(e);
            }
            Ok(v)
        }
        4 => Ok(crate::builtins::iterators::async_gen::wrap(v)),
        5 => crate::protocol::number::positive(ts, v),
        6 => Ok(new_tuple(v.downcast::<ListObj>().expect("list").snapshot())),
        _ => Err(system_error(format!("unknown intrinsic {which}"))),
    }
}

fn import_star(ts: &mut Thread, f: &Frame, module: Value) -> PyResult<()> {
    let target = if f.locals.is_null() {
        f.globals.value()
    } else {
        f.locals
    };
    let target = target.downcast::<DictObj>().expect("namespace dict");
    let Some(src) = crate::protocol::attr::module_dict(module) else {
        return Ok(());
    };
    let all = dict_get_str(src, intern("__all__"));
    match all {
        Some(names) => {
            for name in crate::protocol::iter::collect(ts, names)? {
                let v = crate::protocol::getattr(ts, module, name)?;
                dict_set(ts, target, name, v)?;
            }
        }
        None => {
            for (k, v) in dict_items(src) {
                if k.as_str().is_some_and(|s| !s.starts_with('_')) {
                    dict_set(ts, target, k, v)?;
                }
            }
        }
    }
    Ok(())
}

pub fn setup_annotations(ts: &mut Thread, f: &Frame) -> PyResult<()> {
    let target = if f.locals.is_null() {
        f.globals.value()
    } else {
        f.locals
    };
    let d = target.downcast::<DictObj>().expect("namespace dict");
    if dict_get_str(d, intern("__annotations__")).is_none() {
        dict_set(ts, d, intern("__annotations__"), new_dict().value())?;
    }
    Ok(())
}
