//! `import`: sys.modules, builtin (Rust) modules, and `.py` files found on
//! `sys.path` (modules and packages with `__init__.py`, relative imports).

use crate::object::Gc;
use crate::objects::dict::{new_dict, DictObj};
use crate::objects::list::ListObj;
use crate::objects::module::{new_module, ModuleObj};
use crate::objects::str::new_str;
use crate::protocol::dict::{dict_get_str, dict_set_str};
use crate::runtime::errors::{import_error, module_not_found_error, PyErr};
use crate::runtime::frame::Frame;
use crate::runtime::globals;
use crate::runtime::intern::intern;
use crate::runtime::thread::Thread;
use crate::runtime::PyResult;
use crate::value::Value;
use std::path::{Path, PathBuf};

/// `IMPORT_NAME`: returns the top package, or the leaf module with a fromlist.
pub fn import_name(
    ts: &mut Thread,
    f: &Frame,
    name: Value,
    fromlist: Value,
    level: Value,
) -> PyResult<Value> {
    let level = level.as_i64().unwrap_or(0) as usize;
    let name = name.as_str().unwrap_or("");
    let full = if level > 0 {
        resolve_relative(f, name, level)?
    } else {
        name.to_string()
    };
    let leaf = import_module(ts, &full)?;
    let has_fromlist = fromlist.as_tuple().is_some_and(|t| !t.is_empty());
    if has_fromlist {
        // `from pkg import submodule`: import submodules named in the fromlist.
        if let Some(names) = fromlist.as_tuple() {
            for &n in names {
                let n = n.as_str().unwrap_or("");
                if n != "*"
                    && crate::protocol::attr::getattr_opt(ts, leaf, intern(n))?.is_none()
                    && is_package(leaf)
                {
                    let _ = import_module(ts, &format!("{full}.{n}"));
                }
            }
        }
        return Ok(leaf);
    }
    if level > 0 && name.is_empty() {
        return Ok(leaf);
    }
    let top = full.split('.').next().unwrap_or("");
    sys_module(top).ok_or_else(|| module_not_found_error(format!("No module named '{top}'")))
}

/// The builtin `__import__(name, globals=None, locals=None, fromlist=(), level=0)`.
pub fn builtin_import(
    ts: &mut Thread,
    args: &[Value],
    kw: crate::objects::builtin_fn::KwArgs,
) -> PyResult<Value> {
    use crate::builtins::args::kwarg;
    crate::builtins::args::only_kwargs(
        "__import__",
        kw,
        &["name", "globals", "locals", "fromlist", "level"],
    )?;
    let get = |i: usize, n: &str| args.get(i).copied().or_else(|| kwarg(kw, n));
    let Some(name) = get(0, "name") else {
        return Err(crate::runtime::errors::type_error(
            "__import__() missing required argument 'name' (pos 1)",
        ));
    };
    let Some(name_s) = name.as_str() else {
        return Err(crate::runtime::errors::type_error(format!(
            "__import__() argument 1 must be str, not {}",
            crate::runtime::types::type_name(name)
        )));
    };
    let fromlist = get(3, "fromlist").unwrap_or(Value::NONE);
    let level = get(4, "level").and_then(|l| l.as_i64()).unwrap_or(0);
    let full = if level > 0 {
        let package = get(1, "globals")
            .and_then(|g| g.downcast::<DictObj>())
            .and_then(|g| dict_get_str(g, intern("__package__")))
            .and_then(|p| p.as_str().map(str::to_string))
            .unwrap_or_default();
        if package.is_empty() {
            return Err(import_error(
                "attempted relative import with no known parent package",
            ));
        }
        let parts: Vec<&str> = package.split('.').collect();
        if level as usize > parts.len() {
            return Err(import_error(
                "attempted relative import beyond top-level package",
            ));
        }
        let base = parts[..parts.len() + 1 - level as usize].join(".");
        if name_s.is_empty() {
            base
        } else {
            format!("{base}.{name_s}")
        }
    } else {
        name_s.to_string()
    };
    let leaf = import_module(ts, &full)?;
    let has_fromlist = fromlist.as_tuple().is_some_and(|t| !t.is_empty())
        || fromlist
            .downcast::<ListObj>()
            .is_some_and(|l| !l.items.lock().is_empty());
    if has_fromlist || (level > 0 && name_s.is_empty()) {
        return Ok(leaf);
    }
    let top = full.split('.').next().unwrap_or("");
    sys_module(top).ok_or_else(|| module_not_found_error(format!("No module named '{top}'")))
}

fn is_package(m: Value) -> bool {
    m.downcast::<ModuleObj>()
        .is_some_and(|m| dict_get_str(m.dict, intern("__path__")).is_some())
}

fn resolve_relative(f: &Frame, name: &str, level: usize) -> PyResult<String> {
    let package =
        dict_get_str(f.globals, intern("__package__")).and_then(|p| p.as_str().map(str::to_string));
    let package = match package {
        Some(p) if !p.is_empty() => p,
        _ => {
            let modname = dict_get_str(f.globals, intern("__name__"))
                .and_then(|n| n.as_str().map(str::to_string))
                .unwrap_or_default();
            if dict_get_str(f.globals, intern("__path__")).is_some() {
                modname
            } else {
                match modname.rsplit_once('.') {
                    Some((p, _)) => p.to_string(),
                    None => {
                        return Err(import_error(
                            "attempted relative import with no known parent package",
                        ))
                    }
                }
            }
        }
    };
    let parts: Vec<&str> = package.split('.').collect();
    if level > parts.len() {
        return Err(import_error(
            "attempted relative import beyond top-level package",
        ));
    }
    let base = parts[..parts.len() + 1 - level].join(".");
    Ok(if name.is_empty() {
        base
    } else {
        format!("{base}.{name}")
    })
}

pub fn sys_module(name: &str) -> Option<Value> {
    dict_get_str(globals::get().sys_modules, intern(name))
}

/// Imports `full` (dotted) and returns the leaf module.
pub fn import_module(ts: &mut Thread, full: &str) -> PyResult<Value> {
    if let Some(m) = sys_module(full) {
        return Ok(m);
    }
    let (parent, short) = match full.rsplit_once('.') {
        Some((p, s)) => (Some(import_module(ts, p)?), s),
        None => (None, full),
    };
    let search: Vec<PathBuf> = match parent {
        Some(p) => {
            let Some(path) = p
                .downcast::<ModuleObj>()
                .and_then(|m| dict_get_str(m.dict, intern("__path__")))
            else {
                return Err(module_not_found_error(format!(
                    "No module named '{full}'; '{}' is not a package",
                    full.rsplit_once('.').map_or("", |x| x.0)
                )));
            };
            path_entries(path)
        }
        None => {
            if let Some(m) = crate::modules::create_builtin_module(ts, full)? {
                dict_set_str(globals::get().sys_modules, intern(full), m);
                return Ok(m);
            }
            let sys_path = sys_module("sys")
                .and_then(|s| s.downcast::<ModuleObj>())
                .and_then(|s| dict_get_str(s.dict, intern("path")));
            sys_path.map(path_entries).unwrap_or_default()
        }
    };
    for dir in search {
        let pkg_init = dir.join(short).join("__init__.py");
        if pkg_init.is_file() {
            let m = exec_file_module(ts, full, &pkg_init, Some(&dir.join(short)))?;
            bind_in_parent(parent, short, m);
            return Ok(m);
        }
        let file = dir.join(format!("{short}.py"));
        if file.is_file() {
            let m = exec_file_module(ts, full, &file, None)?;
            bind_in_parent(parent, short, m);
            return Ok(m);
        }
    }
    if let Some(m) = crate::modules::create_source_module(ts, full)? {
        bind_in_parent(parent, short, m);
        return Ok(m);
    }
    Err(module_not_found_error(format!("No module named '{full}'"))
        .with_attr("name", new_str(full)))
}

fn bind_in_parent(parent: Option<Value>, short: &str, m: Value) {
    if let Some(p) = parent.and_then(|p| p.downcast::<ModuleObj>()) {
        dict_set_str(p.dict, intern(short), m);
    }
}

fn path_entries(list: Value) -> Vec<PathBuf> {
    list.downcast::<ListObj>()
        .map(|l| {
            l.snapshot()
                .into_iter()
                .filter_map(|v| {
                    v.as_str()
                        .map(|s| PathBuf::from(if s.is_empty() { "." } else { s }))
                })
                .collect()
        })
        .unwrap_or_default()
}

/// A fresh module object registered in sys.modules.
pub fn new_registered_module(name: &str, file: Option<&str>) -> (Gc<ModuleObj>, Gc<DictObj>) {
    let d = new_dict();
    dict_set_str(d, intern("__name__"), intern(name));
    dict_set_str(d, intern("__builtins__"), globals::get().builtins);
    dict_set_str(d, intern("__doc__"), Value::NONE);
    if let Some(f) = file {
        dict_set_str(d, intern("__file__"), new_str(f));
    }
    let m = new_module(intern(name), d);
    dict_set_str(globals::get().sys_modules, intern(name), m.value());
    (m, d)
}

fn exec_file_module(
    ts: &mut Thread,
    full: &str,
    file: &Path,
    pkg_dir: Option<&Path>,
) -> PyResult<Value> {
    let source = std::fs::read_to_string(file)
        .map_err(|e| import_error(format!("cannot read {}: {e}", file.display())))?;
    let fname = file.to_string_lossy().to_string();
    let (m, d) = new_registered_module(full, Some(&fname));
    let package = match pkg_dir {
        Some(dir) => {
            dict_set_str(
                d,
                intern("__path__"),
                crate::objects::list::new_list(vec![new_str(dir.to_string_lossy().to_string())]),
            );
            full.to_string()
        }
        None => full
            .rsplit_once('.')
            .map_or(String::new(), |(p, _)| p.to_string()),
    };
    dict_set_str(d, intern("__package__"), new_str(package));
    if let Err(e) = exec_source(ts, &source, &fname, d) {
        let _ = crate::protocol::dict::dict_pop(ts, globals::get().sys_modules, intern(full));
        return Err(e);
    }
    Ok(m.value())
}

/// Compiles and runs `source` as a module body in namespace `d`.
pub fn exec_source(
    ts: &mut Thread,
    source: &str,
    filename: &str,
    d: Gc<DictObj>,
) -> PyResult<Value> {
    exec_source_with(ts, source, filename, d, |_| {})
}

/// `exec_source`, showing the compiled code to `seen` before it runs.
pub fn exec_source_with(
    ts: &mut Thread,
    source: &str,
    filename: &str,
    d: Gc<DictObj>,
    seen: impl FnOnce(Gc<crate::objects::code::CodeObj>),
) -> PyResult<Value> {
    // Like CPython 3.11, tracebacks show no source for `-c` and stdin code.
    if filename != "<string>" && filename != "<stdin>" {
        crate::runtime::source::register(filename, source);
    }
    let code = crate::compiler::compile(source, filename, crate::compiler::Mode::Exec)
        .map_err(|e| compile_error_to_exc(&e, filename))?;
    seen(code);
    crate::eval::call::run_code(ts, code, d, d.value(), None)
}

/// A `SyntaxError` exception from a compile error.
pub fn compile_error_to_exc(e: &crate::compiler::CompileError, filename: &str) -> PyErr {
    let t = crate::runtime::types::types();
    let cls = if e.kind == "IndentationError" {
        t.indentation_error
    } else {
        t.syntax_error
    };
    let detail = crate::objects::tuple::new_tuple([
        new_str(filename),
        Value::small_int(e.line as i64),
        Value::small_int(e.col as i64),
        new_str(e.text.clone()),
        Value::small_int(e.line as i64),
        Value::small_int(e.end_col as i64),
    ]);
    PyErr::with_args(
        cls,
        crate::objects::tuple::new_tuple([new_str(e.msg.clone()), detail]),
    )
}
