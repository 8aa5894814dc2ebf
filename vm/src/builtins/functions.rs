//! Builtin functions (`print`, `len`, `min`, ...). Types that are callable
//! (`int`, `list`, `range`, ...) are classes, not entries here.

use super::args::{check, kwarg, only_kwargs};
use crate::objects::builtin_fn::{KwArgs, NativeFn};
use crate::objects::int::{int_from_big, int_from_i64};
use crate::objects::list::new_list;
use crate::objects::str::new_str;
use crate::protocol::{self, call, compare, container, repr::repr_string};
use crate::runtime::errors::{type_error, value_error};
use crate::runtime::thread::Thread;
use crate::runtime::types::{type_name, type_of, types};
use crate::runtime::PyResult;
use crate::value::Value;

pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("print", print),
    ("exec", dynamic::exec),
    ("open", open),
    ("eval", dynamic::eval),
    ("compile", dynamic::compile),
    ("len", len),
    ("repr", repr),
    ("ascii", ascii),
    ("abs", abs),
    ("min", min),
    ("max", max),
    ("sum", sum),
    ("any", any),
    ("all", all),
    ("isinstance", isinstance),
    ("issubclass", issubclass),
    ("iter", iter),
    ("next", next),
    ("aiter", super::iterators::anext::aiter),
    ("anext", super::iterators::anext::anext),
    ("hasattr", hasattr),
    ("getattr", getattr),
    ("setattr", setattr),
    ("delattr", delattr),
    ("callable", callable),
    ("id", id),
    ("hash", hash),
    ("ord", ord),
    ("chr", chr),
    ("sorted", sorted),
    ("format", format),
    ("globals", globals),
    ("locals", locals),
    ("vars", vars),
    ("dir", dir),
    ("divmod", divmod),
    ("input", input),
    ("round", super::numbers::round::round_builtin),
    ("pow", super::numbers::pow::pow_builtin),
    ("hex", hex),
    ("oct", oct),
    ("bin", bin),
    ("exit", exit),
    ("quit", exit),
    ("__import__", crate::runtime::import::builtin_import),
];

/// `exit(code=None)` / `quit(code=None)` (the site module's `Quitter`): raises `SystemExit(code)`.
fn exit(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check("exit", args, kw, 0, 1)?;
    let code = args.first().copied().unwrap_or(Value::NONE);
    Err(crate::runtime::errors::PyErr::with_args(
        types().system_exit,
        crate::objects::tuple::new_tuple([code]),
    ))
}

fn print(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    only_kwargs("print", kw, &["sep", "end", "file", "flush"])?;
    let sep = match kwarg(kw, "sep") {
        Some(v) if !v.is_none() => v
            .as_str()
            .ok_or_else(|| {
                type_error(format!(
                    "sep must be None or a string, not {}",
                    type_name(v)
                ))
            })?
            .to_string(),
        _ => " ".to_string(),
    };
    let end = match kwarg(kw, "end") {
        Some(v) if !v.is_none() => v
            .as_str()
            .ok_or_else(|| {
                type_error(format!(
                    "end must be None or a string, not {}",
                    type_name(v)
                ))
            })?
            .to_string(),
        _ => "\n".to_string(),
    };
    let mut out = String::new();
    for (i, &a) in args.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        out.push_str(&protocol::repr::str_string(ts, a)?);
    }
    out.push_str(&end);
    let file = kwarg(kw, "file")
        .filter(|f| !f.is_none())
        .or_else(super::io::redirected_stdout);
    let file = file.filter(|f| {
        f.as_native::<super::io::StdStream>()
            .is_none_or(|s| s.fd != 1)
    });
    match file {
        Some(f) => {
            let s = new_str(out);
            protocol::call_method(ts, f, "write", &[s])?;
            if kwarg(kw, "flush").is_some_and(|v| v == Value::TRUE) {
                let _ = protocol::call_method(ts, f, "flush", &[]);
            }
        }
        None => {
            super::io::write_stdout(ts, &out)?;
            if kwarg(kw, "flush").is_some_and(|v| v == Value::TRUE) {
                super::io::flush_stdout();
            }
        }
    }
    Ok(Value::NONE)
}

fn len(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check("len", args, kw, 1, 1)?;
    Ok(int_from_i64(container::len(ts, args[0])? as i64))
}

fn repr(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check("repr", args, kw, 1, 1)?;
    protocol::repr(ts, args[0])
}

fn ascii(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check("ascii", args, kw, 1, 1)?;
    let r = repr_string(ts, args[0])?;
    Ok(new_str(super::strings::ascii_escape(&r)))
}

fn abs(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check("abs", args, kw, 1, 1)?;
    let v = args[0];
    if let Some(i) = v.as_small_int() {
        return Ok(int_from_i64(i.abs()));
    }
    if let Some(f) = v.as_float() {
        return Ok(Value::float(f.abs()));
    }
    if let Some(r) = crate::protocol::dunder::call_user_dunder(ts, v, "__abs__", &[])? {
        return Ok(r);
    }
    if let Some(f) = v.as_float_any() {
        return Ok(Value::float(f.abs()));
    }
    if let Some(c) = v.as_complex() {
        let (r, overflow) = crate::protocol::number::complex_ops::abs(c);
        if overflow {
            return Err(crate::runtime::errors::overflow_error(
                "absolute value too large",
            ));
        }
        return Ok(Value::float(r));
    }
    if v.is_int() {
        return Ok(int_from_big(num_traits::Signed::abs(
            &*v.as_bigint().expect("int"),
        )));
    }
    Err(type_error(format!(
        "bad operand type for abs(): '{}'",
        type_name(v)
    )))
}

fn min_max(ts: &mut Thread, args: &[Value], kw: KwArgs, name: &str, op: u32) -> PyResult<Value> {
    for (k, _) in kw {
        let k = k.as_str().unwrap_or("?");
        if k != "key" && k != "default" {
            return Err(type_error(format!(
                "'{k}' is an invalid keyword argument for {name}()"
            )));
        }
    }
    let key = kwarg(kw, "key").filter(|k| !k.is_none());
    let default = kwarg(kw, "default");
    if args.is_empty() {
        return Err(type_error(format!(
            "{name} expected at least 1 argument, got 0"
        )));
    }
    if args.len() > 1 && default.is_some() {
        return Err(type_error(format!(
            "Cannot specify a default for {name}() with multiple positional arguments"
        )));
    }
    // The arguments themselves are rooted by the caller; an iterable is
    // consumed lazily with the best item and its key held in locals.
    let it = if args.len() == 1 {
        protocol::iter(ts, args[0])?
    } else {
        crate::objects::tuple::new_tuple(args.to_vec())
    };
    let it = if args.len() == 1 {
        it
    } else {
        protocol::iter(ts, it)?
    };
    let mut best: Option<(Value, Value)> = None;
    while let Some(x) = protocol::next(ts, it)? {
        let k = match key {
            Some(f) => call(ts, f, &[x], &[])?,
            None => x,
        };
        best = Some(match best {
            None => (x, k),
            Some((bx, bk)) => {
                let r = compare::rich_compare(ts, k, bk, op)?;
                if protocol::truthy(ts, r)? {
                    (x, k)
                } else {
                    (bx, bk)
                }
            }
        });
        crate::heap::keep_alive(&best);
    }
    crate::heap::keep_alive(&it);
    match best {
        Some((x, _)) => Ok(x),
        None => default.ok_or_else(|| value_error(format!("{name}() arg is an empty sequence"))),
    }
}

fn min(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    min_max(ts, args, kw, "min", compare::LT)
}

fn max(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    min_max(ts, args, kw, "max", compare::GT)
}

fn sum(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let p = super::lists::arity::parse("sum", args, kw, &["iterable", "start"], 1, 2, 1)?;
    let mut acc = p[1].unwrap_or(Value::small_int(0));
    if acc.as_str().is_some() {
        return Err(type_error(
            "sum() can't sum strings [use ''.join(seq) instead]",
        ));
    }
    if acc.as_bytes().is_some() {
        return Err(type_error(
            "sum() can't sum bytes [use b''.join(seq) instead]",
        ));
    }
    if acc.is::<crate::objects::bytes::ByteArrayObj>() {
        return Err(type_error(
            "sum() can't sum bytearray [use b''.join(seq) instead]",
        ));
    }
    let it = protocol::iter(ts, p[0].expect("required"))?;
    while let Some(x) = protocol::next(ts, it)? {
        acc = protocol::number::binary_op(ts, acc, x, protocol::number::ADD)?;
        crate::heap::keep_alive(&acc);
    }
    Ok(acc)
}

fn any(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check("any", args, kw, 1, 1)?;
    let it = protocol::iter(ts, args[0])?;
    while let Some(x) = protocol::next(ts, it)? {
        if protocol::truthy(ts, x)? {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}

fn all(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check("all", args, kw, 1, 1)?;
    let it = protocol::iter(ts, args[0])?;
    while let Some(x) = protocol::next(ts, it)? {
        if !protocol::truthy(ts, x)? {
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::TRUE)
}

/// `isinstance(obj, cls_or_tuple)`.
pub fn is_instance(ts: &mut Thread, obj: Value, cls: Value) -> PyResult<bool> {
    if let Some(items) = cls.as_tuple() {
        for &c in items {
            if is_instance(ts, obj, c)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    let Some(t) = cls.as_type() else {
        if let Some(r) =
            crate::protocol::dunder::call_user_dunder(ts, cls, "__instancecheck__", &[obj])?
        {
            return protocol::truthy(ts, r);
        }
        return Err(type_error(
            "isinstance() arg 2 must be a type, a tuple of types, or a union",
        ));
    };
    if let Some(r) =
        crate::protocol::dunder::call_user_dunder(ts, cls, "__instancecheck__", &[obj])?
    {
        return protocol::truthy(ts, r);
    }
    Ok(type_of(obj).is_subtype(t))
}

fn isinstance(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    super::lists::arity::positional("isinstance", args, kw, 2, 2)?;
    Ok(Value::from_bool(is_instance(ts, args[0], args[1])?))
}

fn is_subclass(ts: &mut Thread, c: Value, cls: Value) -> PyResult<bool> {
    if let Some(items) = cls.as_tuple() {
        for &x in items {
            if is_subclass(ts, c, x)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    // A `__subclasscheck__` (ABCMeta, unions) decides before any type check.
    if let Some(r) = crate::protocol::dunder::call_user_dunder(ts, cls, "__subclasscheck__", &[c])?
    {
        return protocol::truthy(ts, r);
    }
    let Some(t) = cls.as_type() else {
        return Err(type_error(
            "issubclass() arg 2 must be a class, a tuple of classes, or a union",
        ));
    };
    let Some(sub) = c.as_type() else {
        return Err(type_error("issubclass() arg 1 must be a class"));
    };
    Ok(sub.is_subtype(t))
}

fn issubclass(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    super::lists::arity::positional("issubclass", args, kw, 2, 2)?;
    Ok(Value::from_bool(is_subclass(ts, args[0], args[1])?))
}

fn iter(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    super::lists::arity::positional("iter", args, kw, 1, 2)?;
    if args.len() == 2 {
        if !protocol::call::is_callable(args[0]) {
            return Err(type_error("iter(v, w): v must be callable"));
        }
        return Ok(crate::objects::iter::new_iter(
            types().callable_iterator,
            crate::objects::iter::IterState::Callable {
                func: args[0],
                sentinel: args[1],
            },
        ));
    }
    protocol::iter(ts, args[0])
}

fn next(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    super::lists::arity::positional("next", args, kw, 1, 2)?;
    let it = args[0];
    if !protocol::iter::is_iterator(it) {
        return Err(type_error(format!(
            "'{}' object is not an iterator",
            type_name(it)
        )));
    }
    // Generators and Python iterators raise their own StopIteration (which
    // carries the return value); builtin iterators just run out.
    let native = super::iterators::awaitables::native_send(ts, it, Value::NONE);
    let r = if let Some(r) = native {
        r
    } else if let Some(g) = it.downcast::<crate::objects::generator::GeneratorObj>() {
        super::iterators::gen_send(ts, g, Value::NONE)
    } else if crate::protocol::dunder::user_dunder(type_of(it), "__next__").is_some() {
        crate::protocol::dunder::call_user_dunder(ts, it, "__next__", &[])
            .map(|v| v.expect("defined"))
    } else {
        match protocol::next(ts, it)? {
            Some(v) => Ok(v),
            None => Err(crate::runtime::errors::stop_iteration(Value::NONE)),
        }
    };
    match (r, args.get(1)) {
        (Err(e), Some(&d)) if e.matches(types().stop_iteration) => Ok(d),
        (r, _) => r,
    }
}

fn attr_name(v: Value) -> PyResult<Value> {
    match v.as_str() {
        Some(s) => Ok(crate::runtime::intern::intern(s)),
        None => Err(type_error(format!(
            "attribute name must be string, not '{}'",
            type_name(v)
        ))),
    }
}

fn hasattr(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    super::lists::arity::positional("hasattr", args, kw, 2, 2)?;
    let name = attr_name(args[1])?;
    match protocol::attr::getattr_opt(ts, args[0], name) {
        Ok(v) => Ok(Value::from_bool(v.is_some())),
        Err(e) if e.matches(types().attribute_error) => Ok(Value::FALSE),
        Err(e) => Err(e),
    }
}

fn getattr(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    super::lists::arity::positional("getattr", args, kw, 2, 3)?;
    let name = attr_name(args[1])?;
    match protocol::getattr(ts, args[0], name) {
        Err(e) if e.matches(types().attribute_error) && args.len() == 3 => Ok(args[2]),
        r => r,
    }
}

fn setattr(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    super::lists::arity::positional("setattr", args, kw, 3, 3)?;
    let name = attr_name(args[1])?;
    protocol::setattr(ts, args[0], name, args[2])?;
    Ok(Value::NONE)
}

fn delattr(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    super::lists::arity::positional("delattr", args, kw, 2, 2)?;
    let name = attr_name(args[1])?;
    protocol::attr::delattr(ts, args[0], name)?;
    Ok(Value::NONE)
}

fn callable(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check("callable", args, kw, 1, 1)?;
    Ok(Value::from_bool(protocol::call::is_callable(args[0])))
}

fn id(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check("id", args, kw, 1, 1)?;
    Ok(int_from_i64(
        (args[0].bits() & 0x7fff_ffff_ffff_ffff) as i64,
    ))
}

fn hash(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check("hash", args, kw, 1, 1)?;
    Ok(int_from_i64(protocol::hash(ts, args[0])?))
}

fn ord(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check("ord", args, kw, 1, 1)?;
    if let Some(s) = args[0].as_str() {
        let mut cs = s.chars();
        return match (cs.next(), cs.next()) {
            (Some(c), None) => Ok(Value::small_int(c as i64)),
            _ => Err(type_error(format!(
                "ord() expected a character, but string of length {} found",
                s.chars().count()
            ))),
        };
    }
    if let Some(b) = args[0].as_bytes() {
        if b.len() == 1 {
            return Ok(Value::small_int(b[0] as i64));
        }
        return Err(type_error(format!(
            "ord() expected a character, but string of length {} found",
            b.len()
        )));
    }
    Err(type_error(format!(
        "ord() expected string of length 1, but {} found",
        type_name(args[0])
    )))
}

fn chr(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check("chr", args, kw, 1, 1)?;
    let Some(i) = args[0].as_i64().filter(|_| args[0].is_int()) else {
        return Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(args[0])
        )));
    };
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => Ok(super::strings::char_str(c)),
        None => Err(value_error("chr() arg not in range(0x110000)")),
    }
}

fn sorted(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    if args.len() != 1 {
        return Err(type_error(format!(
            "sorted expected 1 argument, got {}",
            args.len()
        )));
    }
    super::lists::arity::kw_only("sort", kw, &["key", "reverse"])?;
    let items = super::lists::list_items_of(ts, args[0])?;
    let list = crate::objects::list::new_list_gc(items);
    super::lists::sort_list(ts, list, kwarg(kw, "key"), kwarg(kw, "reverse"))?;
    Ok(list.value())
}

fn format(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    super::lists::arity::positional("format", args, kw, 1, 2)?;
    let spec = match args.get(1) {
        Some(s) => s.as_str().ok_or_else(|| {
            type_error(format!(
                "format() argument 2 must be str, not {}",
                type_name(*s)
            ))
        })?,
        None => "",
    };
    super::strings::format_value(ts, args[0], spec)
}

fn globals(ts: &mut Thread, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(ts.frames.last().map_or(Value::NONE, |f| f.globals.value()))
}

fn locals(ts: &mut Thread, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    locals_of_current(ts)
}

/// `locals()`: the namespace of module/class bodies, or a snapshot of a
/// function's bound local variables.
pub fn locals_of_current(ts: &mut Thread) -> PyResult<Value> {
    let Some(f) = ts.frames.last().copied() else {
        return Ok(Value::NONE);
    };
    if !f.locals.is_null() {
        return Ok(f.locals);
    }
    let d = crate::objects::dict::new_dict();
    let code = f.code;
    for i in 0..code.nlocalsplus() {
        let mut v = ts.stack[f.base + i];
        if code.localsplus_kinds[i]
            & (crate::objects::code::KIND_CELL | crate::objects::code::KIND_FREE)
            != 0
        {
            v = v
                .downcast::<crate::objects::function::CellObj>()
                .map_or(Value::NULL, |c| c.value.get());
        }
        if !v.is_null() {
            crate::protocol::dict::dict_set_str(d, code.localsplus_names[i], v);
        }
    }
    Ok(d.value())
}

fn vars(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    super::lists::arity::positional("vars", args, kw, 0, 1)?;
    if args.is_empty() {
        return locals_of_current(ts);
    }
    match protocol::attr::getattr_opt(ts, args[0], crate::runtime::intern::intern("__dict__"))? {
        Some(d) => Ok(d),
        None => Err(type_error("vars() argument must have __dict__ attribute")),
    }
}

/// `dir(obj)`: sorted attribute names from the instance dict and the MRO.
pub fn dir_of(ts: &mut Thread, obj: Value) -> PyResult<Value> {
    let mut names: Vec<Value> = Vec::new();
    if let Some(d) =
        protocol::attr::instance_dict(obj, false).or_else(|| protocol::attr::module_dict(obj))
    {
        names.extend(
            crate::protocol::dict::dict_items(d)
                .into_iter()
                .map(|(k, _)| k),
        );
    }
    if obj
        .downcast::<crate::objects::module::ModuleObj>()
        .is_none()
    {
        let t = obj.as_type().unwrap_or_else(|| type_of(obj));
        for &c in t.mro_slice() {
            let c = c.as_type().expect("type");
            names.extend(
                crate::protocol::dict::dict_items(c.dict)
                    .into_iter()
                    .map(|(k, _)| k),
            );
        }
    }
    let mut strs: Vec<String> = names
        .iter()
        .filter_map(|n| n.as_str().map(str::to_string))
        .collect();
    strs.sort();
    strs.dedup();
    let _ = ts;
    Ok(new_list(strs.into_iter().map(new_str).collect()))
}

fn dir(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    super::lists::arity::positional("dir", args, kw, 0, 1)?;
    if args.is_empty() {
        let l = locals_of_current(ts)?;
        let keys: Vec<Value> = l
            .downcast::<crate::objects::dict::DictObj>()
            .map(|d| {
                crate::protocol::dict::dict_items(d)
                    .into_iter()
                    .map(|(k, _)| k)
                    .collect()
            })
            .unwrap_or_default();
        let mut strs: Vec<String> = keys
            .iter()
            .filter_map(|n| n.as_str().map(str::to_string))
            .collect();
        strs.sort();
        return Ok(new_list(strs.into_iter().map(new_str).collect()));
    }
    if let Some(r) = crate::protocol::dunder::call_user_dunder(ts, args[0], "__dir__", &[])? {
        let items = protocol::iter::collect(ts, r)?;
        let l = crate::objects::list::new_list_gc(items);
        super::lists::sort_list(ts, l, None, None)?;
        return Ok(l.value());
    }
    dir_of(ts, args[0])
}

fn divmod(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    super::lists::arity::positional("divmod", args, kw, 2, 2)?;
    let (a, b) = (args[0], args[1]);
    let (ta, tb) = (type_of(a), type_of(b));
    let b_first = ta != tb
        && tb.is_subtype(ta)
        && crate::protocol::dunder::user_dunder(tb, "__rdivmod__").is_some();
    if b_first {
        if let Some(r) = crate::protocol::dunder::call_user_dunder(ts, b, "__rdivmod__", &[a])? {
            if r != Value::NOT_IMPLEMENTED {
                return Ok(r);
            }
        }
    }
    if let Some(r) = crate::protocol::dunder::call_user_dunder(ts, a, "__divmod__", &[b])? {
        if r != Value::NOT_IMPLEMENTED {
            return Ok(r);
        }
    }
    if !b_first && ta != tb {
        if let Some(r) = crate::protocol::dunder::call_user_dunder(ts, b, "__rdivmod__", &[a])? {
            if r != Value::NOT_IMPLEMENTED {
                return Ok(r);
            }
        }
    }
    if a.is_int() && b.is_int() {
        return super::numbers::num_divmod(a, b);
    }
    if (a.is_int() || a.is_float_any()) && (b.is_int() || b.is_float_any()) {
        let x = super::numbers::to_f64(ts, a)?;
        let y = super::numbers::to_f64(ts, b)?;
        return super::numbers::float_divmod(x, y);
    }
    Err(type_error(format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        type_name(a),
        type_name(b)
    )))
}

/// `hex()`, `oct()` and `bin()`.
fn radix(ts: &mut Thread, args: &[Value], kw: KwArgs, name: &str, base: u32) -> PyResult<Value> {
    check(name, args, kw, 1, 1)?;
    let v = super::numbers::index(ts, args[0])?;
    Ok(new_str(crate::format::int_to_radix(
        &v.as_bigint().expect("int"),
        base,
        true,
    )))
}

fn hex(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    radix(ts, args, kw, "hex", 16)
}

fn oct(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    radix(ts, args, kw, "oct", 8)
}

fn bin(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    radix(ts, args, kw, "bin", 2)
}

fn input(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    super::lists::arity::positional("input", args, kw, 0, 1)?;
    if let Some(&p) = args.first() {
        let s = protocol::repr::str_string(ts, p)?;
        super::io::write_stdout(ts, &s)?;
    }
    super::io::flush_stdout();
    let mut line = String::new();
    match std::io::stdin().read_line(&mut line) {
        Ok(0) => Err(crate::runtime::errors::eof_error("EOF when reading a line")),
        Ok(_) => {
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            Ok(new_str(line))
        }
        Err(e) => Err(crate::runtime::errors::os_error(e.to_string())),
    }
}

/// `exec` / `eval` / `compile`: source or code objects run in a namespace.
pub mod dynamic {
    use super::super::args::{arg_or_kw, count};
    use crate::compiler::Mode;
    use crate::object::Gc;
    use crate::objects::builtin_fn::KwArgs;
    use crate::objects::code::CodeObj;
    use crate::objects::dict::DictObj;
    use crate::runtime::errors::type_error;
    use crate::runtime::thread::Thread;
    use crate::runtime::types::type_name;
    use crate::runtime::PyResult;
    use crate::value::Value;

    fn source_text(v: Value, fname: &str) -> PyResult<String> {
        if let Some(s) = v.as_str() {
            return Ok(s.to_string());
        }
        if let Some(b) = v.as_bytes() {
            return Ok(String::from_utf8_lossy(b).into_owned());
        }
        Err(type_error(format!(
            "{fname}() arg 1 must be a string, bytes or code object"
        )))
    }

    fn to_code(v: Value, filename: &str, mode: Mode, fname: &str) -> PyResult<Gc<CodeObj>> {
        if let Some(c) = v.downcast::<CodeObj>() {
            return Ok(c);
        }
        let src = source_text(v, fname)?;
        let src = if mode == Mode::Eval {
            src.trim_start_matches([' ', '\t']).to_string()
        } else {
            src
        };
        crate::compiler::compile(&src, filename, mode)
            .map_err(|e| crate::runtime::import::compile_error_to_exc(&e, filename))
    }

    /// The (globals, locals) namespaces for exec/eval.
    fn namespaces(
        ts: &mut Thread,
        globals: Option<Value>,
        locals: Option<Value>,
        fname: &str,
    ) -> PyResult<(Gc<DictObj>, Value)> {
        match globals.filter(|g| !g.is_none()) {
            Some(g) => {
                let Some(d) = g.downcast::<DictObj>() else {
                    return Err(type_error(format!(
                        "{fname}() globals must be a dict, not {}",
                        type_name(g)
                    )));
                };
                Ok((d, locals.filter(|l| !l.is_none()).unwrap_or(g)))
            }
            None => {
                let Some(f) = ts.frames.last().copied() else {
                    return Err(type_error(format!("{fname}() with no frame")));
                };
                let l = match locals.filter(|l| !l.is_none()) {
                    Some(l) => l,
                    None => super::locals_of_current(ts)?,
                };
                Ok((f.globals, l))
            }
        }
    }

    pub fn exec(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
        count("exec", args.len(), 1, 3)?;
        let code = to_code(args[0], "<string>", Mode::Exec, "exec")?;
        let (g, l) = namespaces(
            ts,
            arg_or_kw(args, kw, 1, "globals"),
            arg_or_kw(args, kw, 2, "locals"),
            "exec",
        )?;
        crate::eval::call::run_code(ts, code, g, l, None)?;
        Ok(Value::NONE)
    }

    pub fn eval(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
        count("eval", args.len(), 1, 3)?;
        let code = to_code(args[0], "<string>", Mode::Eval, "eval")?;
        let (g, l) = namespaces(
            ts,
            arg_or_kw(args, kw, 1, "globals"),
            arg_or_kw(args, kw, 2, "locals"),
            "eval",
        )?;
        crate::eval::call::run_code(ts, code, g, l, None)
    }

    pub fn compile(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
        count("compile", args.len(), 0, 6)?;
        let (Some(src), Some(filename), Some(mode)) = (
            arg_or_kw(args, kw, 0, "source"),
            arg_or_kw(args, kw, 1, "filename"),
            arg_or_kw(args, kw, 2, "mode"),
        ) else {
            return Err(type_error(
                "compile() missing required argument 'source' (pos 1)",
            ));
        };
        let filename = filename
            .as_str()
            .ok_or_else(|| type_error("compile() argument 'filename' must be str"))?
            .to_string();
        let mode = match mode.as_str() {
            Some("exec") => Mode::Exec,
            Some("eval") => Mode::Eval,
            Some("single") => Mode::Single,
            _ => {
                return Err(crate::runtime::errors::value_error(
                    "compile() mode must be 'exec', 'eval' or 'single'",
                ))
            }
        };
        Ok(to_code(src, &filename, mode, "compile")?.value())
    }
}

/// `open(...)`: the file objects live in the embedded `io` module.
fn open(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let io = crate::runtime::import::import_module(ts, "io")?;
    let f = protocol::getattr(ts, io, crate::runtime::intern::intern("open"))?;
    call(ts, f, args, kw)
}
