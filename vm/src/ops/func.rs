//! Function objects: `MAKE_FUNCTION`, `SET_FUNCTION_ATTRIBUTE`, and the
//! keyword-argument plumbing of `CALL_KW` / `CALL_FUNCTION_EX`.

use crate::objects::code::CodeObj;
use crate::objects::dict::DictObj;
use crate::objects::function::{new_function, FunctionObj};
use crate::protocol::dict::{dict_get_str, dict_items};
use crate::runtime::errors::type_error;
use crate::runtime::frame::Frame;
use crate::runtime::intern::intern;
use crate::runtime::PyResult;
use crate::value::Value;
use smallvec::SmallVec;

pub fn make_function(f: &Frame, code: Value) -> Value {
    let code = code
        .downcast::<CodeObj>()
        .expect("MAKE_FUNCTION takes a code object");
    let module = dict_get_str(f.globals, intern("__name__")).unwrap_or(Value::NONE);
    let func = new_function(code, f.globals, f.builtins, module);
    // The compiler makes constant 0 of every `def`/`lambda` its docstring
    // (or None); comprehension bodies (named `<...>`) have none.
    let is_def = code
        .name
        .as_str()
        .is_some_and(|n| !n.starts_with('<') || n == "<lambda>");
    if let Some(&doc) = code.consts.first() {
        if is_def && doc.as_str().is_some() {
            func.doc.set(doc);
        }
    }
    func.value()
}

pub fn set_function_attribute(func: Value, attr: Value, flag: u32) {
    let f = func.downcast::<FunctionObj>().expect("function");
    match flag {
        1 => f.defaults.set(attr),
        2 => f.kwdefaults.set(attr),
        4 => {
            // The compiler passes annotations as a flat (name, value, ...) tuple.
            let d = crate::objects::dict::new_dict();
            for pair in attr.as_tuple().unwrap_or(&[]).chunks(2) {
                if let [k, v] = pair {
                    crate::protocol::dict::dict_set_str(d, *k, *v);
                }
            }
            f.annotations.set(d.value())
        }
        _ => f.closure.set(attr),
    }
}

pub type KwPairs = SmallVec<[(Value, Value); 4]>;

/// Splits `CALL_KW` operands: positional args and (name, value) pairs.
pub fn split_kw(args: &[Value], kwnames: Value) -> (SmallVec<[Value; 8]>, KwPairs) {
    let names = kwnames.as_tuple().expect("kwnames tuple");
    let npos = args.len() - names.len();
    let pos = SmallVec::from_slice(&args[..npos]);
    let kw = names
        .iter()
        .copied()
        .zip(args[npos..].iter().copied())
        .collect();
    (pos, kw)
}

/// `CALL_FUNCTION_EX`'s `**kwargs` mapping as pairs (keys must be str).
pub fn kwargs_pairs(kwargs: Value) -> PyResult<KwPairs> {
    let d = kwargs
        .downcast::<DictObj>()
        .expect("CALL_FUNCTION_EX kwargs is a dict");
    let mut out = KwPairs::new();
    for (k, v) in dict_items(d) {
        let Some(s) = k.as_str() else {
            return Err(type_error("keywords must be strings"));
        };
        out.push((intern(s), v));
    }
    Ok(out)
}
