//! Binding call arguments into a new frame's `localsplus` (CPython's
//! `initialize_locals`), with CPython's error messages.

use crate::object::Gc;
use crate::objects::builtin_fn::KwArgs;
use crate::objects::code::{CodeObj, CO_VARARGS, CO_VARKEYWORDS};
use crate::objects::dict::new_dict;
use crate::objects::function::FunctionObj;
use crate::objects::tuple::new_tuple;
use crate::protocol::dict::{dict_get_str, dict_set};
use crate::runtime::errors::{recursion_error, type_error};
use crate::runtime::frame::Frame;
use crate::runtime::thread::Thread;
use crate::runtime::PyResult;
use crate::value::Value;

/// Pushes a frame for `func` with its arguments bound; the frame's slots
/// start at the current top of the value stack.
pub fn push_frame(
    ts: &mut Thread,
    func: Gc<FunctionObj>,
    args: &[Value],
    kwargs: KwArgs,
    ret_sp: usize,
    is_entry: bool,
) -> PyResult<()> {
    if ts.frames.len() >= Thread::recursion_limit() {
        return Err(recursion_error("maximum recursion depth exceeded"));
    }
    let code = func.code;
    let base = ts.stack.len();
    ts.stack.resize(base + code.nlocalsplus(), Value::NULL);
    if let Err(e) = bind_args(ts, func, &code, base, args, kwargs) {
        ts.stack.truncate(ret_sp.min(base));
        return Err(e);
    }
    ts.frames
        .push(new_frame(func, code, base, ret_sp, is_entry));
    Ok(())
}

/// Pushes a frame for `func` whose arguments already sit in place at
/// `args_start` (exactly its positional parameters: nothing to bind).
#[inline(always)]
pub fn push_exact_frame(
    ts: &mut Thread,
    func: Gc<FunctionObj>,
    args_start: usize,
    ret_sp: usize,
) -> PyResult<()> {
    if ts.frames.len() >= Thread::recursion_limit() {
        return Err(recursion_error("maximum recursion depth exceeded"));
    }
    let code = func.code;
    ts.stack
        .resize(args_start + code.nlocalsplus(), Value::NULL);
    ts.frames
        .push(new_frame(func, code, args_start, ret_sp, false));
    Ok(())
}

pub fn new_frame(
    func: Gc<FunctionObj>,
    code: Gc<CodeObj>,
    base: usize,
    ret_sp: usize,
    is_entry: bool,
) -> Frame {
    Frame {
        code,
        func: func.value(),
        globals: func.globals,
        builtins: func.builtins,
        locals: Value::NULL,
        base,
        pc: 0,
        lasti: 0,
        ret_sp,
        generator: Value::NULL,
        is_entry,
        prev_exc: Value::NULL,
        send_jump: 0,
        init_self: Value::NULL,
    }
}

fn fname(func: &FunctionObj) -> String {
    func.qualname.get().as_str().unwrap_or("?").to_string()
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// Fills `stack[base..base + nlocalsplus]` from the call's arguments.
fn bind_args(
    ts: &mut Thread,
    func: Gc<FunctionObj>,
    code: &CodeObj,
    base: usize,
    args: &[Value],
    kwargs: KwArgs,
) -> PyResult<()> {
    let argcount = code.argcount as usize;
    let kwonly = code.kwonlyargcount as usize;
    let posonly = code.posonlyargcount as usize;
    let has_varargs = code.flags & CO_VARARGS != 0;
    let has_varkw = code.flags & CO_VARKEYWORDS != 0;
    let npos = args.len().min(argcount);
    ts.stack[base..base + npos].copy_from_slice(&args[..npos]);
    let varargs_slot = argcount + kwonly;
    let varkw_slot = varargs_slot + has_varargs as usize;
    if has_varargs {
        ts.stack[base + varargs_slot] = new_tuple(args[npos..].to_vec());
    } else if args.len() > argcount {
        let defaults = func.defaults.get().as_tuple().map_or(0, |d| d.len());
        let given_kw = kwargs
            .iter()
            .filter(|(k, _)| code.localsplus_names[..argcount + kwonly].contains(k))
            .count();
        let takes = if defaults > 0 {
            format!(
                "from {} to {} positional arguments",
                argcount - defaults,
                argcount
            )
        } else {
            plural(argcount, "positional argument")
        };
        let given = if given_kw > 0 {
            format!(
                "{} positional argument{} (and {} keyword-only argument{}) were given",
                args.len(),
                if args.len() == 1 { "" } else { "s" },
                given_kw,
                if given_kw == 1 { "" } else { "s" }
            )
        } else if args.len() == 1 {
            "1 was given".to_string()
        } else {
            format!("{} were given", args.len())
        };
        return Err(type_error(format!(
            "{}() takes {} but {}",
            fname(&func),
            takes,
            given
        )));
    }
    let kwdict = if has_varkw {
        let d = new_dict();
        ts.stack[base + varkw_slot] = d.value();
        Some(d)
    } else {
        None
    };
    for &(name, value) in kwargs {
        // Keyword names are usually the interned parameter names
        // themselves: try identity before comparing strings.
        let params = &code.localsplus_names[posonly..argcount + kwonly];
        let pos = params
            .iter()
            .position(|&n| n == name)
            .or_else(|| params.iter().position(|&n| n.as_str() == name.as_str()));
        match pos {
            Some(p) => {
                let slot = base + posonly + p;
                if !ts.stack[slot].is_null() {
                    return Err(type_error(format!(
                        "{}() got multiple values for argument '{}'",
                        fname(&func),
                        name.as_str().unwrap_or("?")
                    )));
                }
                ts.stack[slot] = value;
            }
            None => match kwdict {
                Some(d) => dict_set(ts, d, name, value)?,
                None => {
                    if code.localsplus_names[..posonly]
                        .iter()
                        .any(|n| n.as_str() == name.as_str())
                    {
                        // Every positional-only name passed by keyword, in parameter order.
                        let names: Vec<&str> = code.localsplus_names[..posonly]
                            .iter()
                            .filter(|n| kwargs.iter().any(|(k, _)| k.as_str() == n.as_str()))
                            .filter_map(|n| n.as_str())
                            .collect();
                        return Err(type_error(format!(
                            "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                            fname(&func),
                            names.join(", ")
                        )));
                    }
                    return Err(type_error(format!(
                        "{}() got an unexpected keyword argument '{}'",
                        fname(&func),
                        name.as_str().unwrap_or("?")
                    )));
                }
            },
        }
    }
    // Defaults for missing positional parameters.
    if args.len() < argcount {
        let defaults = func.defaults.get();
        let defs = defaults.as_tuple().unwrap_or(&[]);
        let first_default = argcount - defs.len();
        let mut missing = Vec::new();
        for i in args.len()..argcount {
            if ts.stack[base + i].is_null() {
                if i >= first_default {
                    ts.stack[base + i] = defs[i - first_default];
                } else {
                    missing.push(code.localsplus_names[i]);
                }
            }
        }
        if !missing.is_empty() {
            return Err(missing_error(&func, &missing, "positional"));
        }
    }
    if kwonly > 0 {
        let kwdefaults = func
            .kwdefaults
            .get()
            .downcast::<crate::objects::dict::DictObj>();
        let mut missing = Vec::new();
        for i in argcount..argcount + kwonly {
            if ts.stack[base + i].is_null() {
                let name = code.localsplus_names[i];
                match kwdefaults.and_then(|d| dict_get_str(d, name)) {
                    Some(v) => ts.stack[base + i] = v,
                    None => missing.push(name),
                }
            }
        }
        if !missing.is_empty() {
            return Err(missing_error(&func, &missing, "keyword-only"));
        }
    }
    Ok(())
}

fn missing_error(func: &FunctionObj, missing: &[Value], kind: &str) -> crate::runtime::PyErr {
    let names: Vec<String> = missing
        .iter()
        .map(|n| format!("'{}'", n.as_str().unwrap_or("?")))
        .collect();
    let list = match names.len() {
        1 => names[0].clone(),
        2 => format!("{} and {}", names[0], names[1]),
        _ => format!(
            "{}, and {}",
            names[..names.len() - 1].join(", "),
            names[names.len() - 1]
        ),
    };
    type_error(format!(
        "{}() missing {} required {} argument{}: {}",
        fname(func),
        missing.len(),
        kind,
        if missing.len() == 1 { "" } else { "s" },
        list
    ))
}

/// Calls a Python function from Rust: a nested run of the eval loop.
pub fn call_function(
    ts: &mut Thread,
    func: Gc<FunctionObj>,
    args: &[Value],
    kwargs: KwArgs,
) -> PyResult<Value> {
    let sp = ts.stack.len();
    push_frame(ts, func, args, kwargs, sp, true)?;
    crate::eval::run_nested(ts)
}

/// Runs a code object (module or class body) with an explicit namespace.
pub fn run_code(
    ts: &mut Thread,
    code: Gc<CodeObj>,
    globals: Gc<crate::objects::dict::DictObj>,
    locals: Value,
    func: Option<Gc<FunctionObj>>,
) -> PyResult<Value> {
    let base = ts.stack.len();
    ts.stack.resize(base + code.nlocalsplus(), Value::NULL);
    let builtins = crate::runtime::globals::get().builtins_dict;
    ts.frames.push(Frame {
        code,
        func: func.map_or(Value::NULL, |f| f.value()),
        globals,
        builtins,
        locals,
        base,
        pc: 0,
        lasti: 0,
        ret_sp: base,
        generator: Value::NULL,
        is_entry: true,
        prev_exc: Value::NULL,
        send_jump: 0,
        init_self: Value::NULL,
    });
    crate::eval::run_nested(ts)
}
