//! Class creation: `__build_class__` (the `class` statement) and
//! `type(name, bases, namespace)`: C3 MRO, instance layout, `__slots__`,
//! `__classcell__`, `__set_name__`, `__init_subclass__`.

use crate::atomics::AtomicValue;
use crate::heap::alloc;
use crate::object::{Gc, Kind};
use crate::objects::builtin_fn::KwArgs;
use crate::objects::descr::{ClassMethodObj, SlotDescr, StaticMethodObj};
use crate::objects::dict::{new_dict, DictObj};
use crate::objects::function::{CellObj, FunctionObj};
use crate::objects::native::new_native;
use crate::objects::tuple::new_tuple;
use crate::objects::typeobj::*;
use crate::protocol::call::call;
use crate::protocol::dict::{dict_get_str, dict_items, dict_pop_str, dict_set_str};
use crate::protocol::dunder::{type_lookup, user_dunder};
use crate::runtime::errors::{type_error, value_error};
use crate::runtime::intern::intern;
use crate::runtime::thread::Thread;
use crate::runtime::types::{type_name, type_of, types};
use crate::runtime::PyResult;
use crate::value::Value;
use std::sync::atomic::{AtomicU32, Ordering};

/// `__build_class__(func, name, *bases, metaclass=None, **kwds)`.
pub fn build_class(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    if args.len() < 2 {
        return Err(type_error("__build_class__: not enough arguments"));
    }
    let func = args[0]
        .downcast::<FunctionObj>()
        .ok_or_else(|| type_error("__build_class__: func must be a function"))?;
    let name = args[1];
    let orig_bases = new_tuple(args[2..].to_vec());
    let resolved = resolve_mro_entries(ts, &args[2..], orig_bases)?;
    let bases = match &resolved {
        Some(b) => new_tuple(b.clone()),
        None => orig_bases,
    };
    let base_list: &[Value] = match &resolved {
        Some(b) => b,
        None => &args[2..],
    };
    let mut meta = None;
    let mut rest: Vec<(Value, Value)> = Vec::new();
    for &(k, v) in kw {
        if k.as_str() == Some("metaclass") {
            meta = Some(v);
        } else {
            rest.push((k, v));
        }
    }
    let meta = match meta {
        Some(m) => m,
        None => match base_list.first() {
            Some(&b) => {
                // The most derived metaclass among the bases.
                let mut winner = type_of(b);
                for &b in &base_list[1..] {
                    let t = type_of(b);
                    if t.is_subtype(winner) {
                        winner = t;
                    }
                }
                winner.value()
            }
            None => types().type_.value(),
        },
    };
    let ns = match meta
        .as_type()
        .and_then(|m| type_lookup(m, intern("__prepare__")))
    {
        Some(prep) if meta.as_type().is_some_and(|m| m.has_flag(TF_HEAPTYPE)) => {
            let prep = crate::protocol::attr::bind_descriptor(ts, prep, Value::NULL, meta)?;
            call(ts, prep, &[name, bases], &rest)?
        }
        _ => new_dict().value(),
    };
    if resolved.is_some() {
        crate::protocol::container::setitem(ts, ns, intern("__orig_bases__"), orig_bases)?;
    }
    let cell = crate::eval::call::run_code(ts, func.code, func.globals, ns, Some(func))?;
    let cls = match meta.as_type() {
        Some(m) if m == types().type_ || (!has_custom_new_or_call(m)) => {
            let nsd = ns
                .downcast::<DictObj>()
                .ok_or_else(|| type_error("class namespace must be a dict"))?;
            new_class(ts, m, name, bases, nsd.value(), &rest)?
        }
        _ => call(ts, meta, &[name, bases, ns], &rest)?,
    };
    if let Some(c) = cell.downcast::<CellObj>() {
        c.value.set(cls);
    }
    Ok(cls)
}

/// PEP 560: a base that is not a class but has `__mro_entries__` is replaced
/// by the tuple that method returns; None when no base needed it.
fn resolve_mro_entries(
    ts: &mut Thread,
    bases: &[Value],
    orig: Value,
) -> PyResult<Option<Vec<Value>>> {
    let mut out = Vec::with_capacity(bases.len());
    let mut changed = false;
    for &b in bases {
        if b.as_type().is_some() {
            out.push(b);
            continue;
        }
        match crate::protocol::attr::getattr_opt(ts, b, intern("__mro_entries__"))? {
            Some(f) => {
                let r = call(ts, f, &[orig], &[])?;
                let Some(items) = r.as_tuple() else {
                    return Err(type_error("__mro_entries__ must return a tuple"));
                };
                out.extend_from_slice(items);
                changed = true;
            }
            None => out.push(b),
        }
    }
    Ok(changed.then_some(out))
}

/// The most derived of `meta` and the metaclasses of `bases`, or the
/// "metaclass conflict" TypeError.
pub fn calculate_meta(meta: Gc<TypeObj>, bases: Value) -> PyResult<Gc<TypeObj>> {
    let mut winner = meta;
    for &b in bases.as_tuple().unwrap_or(&[]) {
        let bm = type_of(b);
        if winner.is_subtype(bm) {
            continue;
        }
        if bm.is_subtype(winner) {
            winner = bm;
            continue;
        }
        return Err(type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) \
             subclass of the metaclasses of all its bases",
        ));
    }
    Ok(winner)
}

fn has_custom_new_or_call(m: Gc<TypeObj>) -> bool {
    user_dunder(m, "__new__").is_some()
        || user_dunder(m, "__call__").is_some()
        || user_dunder(m, "__init__").is_some()
}

/// `type.__new__(meta, name, bases, ns, **kw)`.
pub fn new_class(
    ts: &mut Thread,
    meta: Gc<TypeObj>,
    name: Value,
    bases: Value,
    ns: Value,
    kw: KwArgs,
) -> PyResult<Value> {
    let t = types();
    let Some(name_s) = name.as_str() else {
        return Err(type_error(format!(
            "type.__new__() argument 1 must be str, not {}",
            type_name(name)
        )));
    };
    let Some(bases_t) = bases.as_tuple() else {
        return Err(type_error(format!(
            "type.__new__() argument 2 must be tuple, not {}",
            type_name(bases)
        )));
    };
    let Some(nsd) = ns.downcast::<DictObj>() else {
        return Err(type_error(format!(
            "type.__new__() argument 3 must be dict, not {}",
            type_name(ns)
        )));
    };
    let mut base_types = Vec::new();
    for &b in bases_t {
        let Some(bt) = b.as_type() else {
            return Err(type_error(format!(
                "bases must be types, not {}",
                type_name(b)
            )));
        };
        if !bt.has_flag(TF_BASETYPE) {
            return Err(type_error(format!(
                "type '{}' is not an acceptable base type",
                bt.name_str()
            )));
        }
        base_types.push(bt);
    }
    if base_types.is_empty() {
        base_types.push(t.object);
    }
    // Instance layout: the most specific non-`Instance` layout among bases.
    let mut layout = Kind::Instance;
    for bt in &base_types {
        if bt.layout != Kind::Instance {
            if layout != Kind::Instance && layout != bt.layout {
                return Err(type_error("multiple bases have instance lay-out conflict"));
            }
            layout = bt.layout;
        }
    }
    let mro = c3_mro(&base_types)?;
    let dict = new_dict();
    for (k, v) in dict_items(nsd) {
        dict_set_str(dict, k, v);
    }
    let qualname = dict_pop_str(dict, intern("__qualname__")).unwrap_or(name);
    let classcell = dict_pop_str(dict, intern("__classcell__"));
    if dict_get_str(dict, intern("__module__")).is_none() {
        if let Some(f) = ts.frames.last() {
            if let Some(m) = dict_get_str(f.globals, intern("__name__")) {
                dict_set_str(dict, intern("__module__"), m);
            }
        }
    }
    for special in ["__init_subclass__", "__class_getitem__"] {
        if let Some(f) = dict_get_str(dict, intern(special)) {
            if f.is::<FunctionObj>() {
                let cm = alloc(
                    t.classmethod,
                    ClassMethodObj {
                        func: AtomicValue::new(f),
                    },
                )
                .value();
                dict_set_str(dict, intern(special), cm);
            }
        }
    }
    // Defining __eq__ without __hash__ makes instances unhashable.
    if dict_get_str(dict, intern("__eq__")).is_some()
        && dict_get_str(dict, intern("__hash__")).is_none()
    {
        dict_set_str(dict, intern("__hash__"), Value::NONE);
    }
    if let Some(f) = dict_get_str(dict, intern("__new__")) {
        if f.is::<FunctionObj>() {
            let sm = alloc(
                t.staticmethod,
                StaticMethodObj {
                    func: AtomicValue::new(f),
                },
            )
            .value();
            dict_set_str(dict, intern("__new__"), sm);
        }
    }
    // __slots__
    let base_slots: u32 = base_types.iter().map(|b| b.nslots).max().unwrap_or(0);
    let mut nslots = base_slots;
    let mut has_dict = base_types
        .iter()
        .any(|b| b.has_flag(TF_HAS_DICT) && *b != t.object);
    let slot_names = match dict_get_str(dict, intern("__slots__")) {
        Some(s) => {
            let names = if s.as_str().is_some() {
                vec![s]
            } else {
                crate::protocol::iter::collect(ts, s)?
            };
            Some(names)
        }
        None => {
            has_dict = true;
            None
        }
    };
    let mut flags = TF_HEAPTYPE | TF_BASETYPE;
    if mro.iter().any(|&m| m == t.base_exception.value()) {
        flags |= TF_EXCEPTION;
    }
    let pending_slots: Vec<(usize, Value)> = match &slot_names {
        Some(names) => {
            let mut out = Vec::new();
            for &n in names {
                let Some(s) = n.as_str() else {
                    return Err(type_error(format!(
                        "__slots__ items must be strings, not '{}'",
                        type_name(n)
                    )));
                };
                if s == "__dict__" {
                    has_dict = true;
                    continue;
                }
                if !matches!(layout, Kind::Instance | Kind::Float | Kind::Complex) {
                    let base = base_types.iter().find(|b| b.layout != Kind::Instance);
                    let base = base.map_or("object", |b| b.get().name_str());
                    return Err(type_error(format!(
                        "nonempty __slots__ not supported for subtype of '{base}'"
                    )));
                }
                if dict_get_str(dict, intern(s)).is_some() {
                    return Err(value_error(format!(
                        "'{s}' in __slots__ conflicts with class variable"
                    )));
                }
                out.push((nslots as usize, intern(s)));
                nslots += 1;
            }
            out
        }
        None => Vec::new(),
    };
    if has_dict {
        flags |= TF_HAS_DICT;
    }
    let mut mro_vals = vec![Value::NULL];
    mro_vals.extend(mro.iter().copied());
    let cls = alloc(
        meta,
        TypeObj {
            name: AtomicValue::new(intern(name_s)),
            qualname: AtomicValue::new(qualname),
            bases: AtomicValue::new(new_tuple(
                base_types.iter().map(|b| b.value()).collect::<Vec<_>>(),
            )),
            mro: AtomicValue::new(Value::NONE),
            dict,
            layout,
            flags: AtomicU32::new(flags),
            version: AtomicU32::new(next_type_version()),
            nslots,
            subclasses: Default::default(),
            native_new: std::sync::OnceLock::new(),
            tp_name: None,
        },
    );
    mro_vals[0] = cls.value();
    cls.mro.set(new_tuple(mro_vals));
    for b in &base_types {
        b.add_subclass(cls);
    }
    for (index, n) in pending_slots {
        let d = new_native(
            t.member_descriptor,
            SlotDescr {
                index,
                name: n,
                owner: cls.value(),
            },
        );
        dict_set_str(dict, n, d);
    }
    if let Some(cell) = classcell.and_then(|c| c.downcast::<CellObj>()) {
        cell.value.set(cls.value());
    }
    // __set_name__ on descriptors defined in the body.
    for (k, v) in dict_items(dict) {
        if v.is_ptr() && user_dunder(type_of(v), "__set_name__").is_some() {
            crate::protocol::dunder::call_user_dunder(ts, v, "__set_name__", &[cls.value(), k])?;
        }
    }
    // super().__init_subclass__(**kw)
    let parent_mro = &cls.mro_slice()[1..];
    for &p in parent_mro {
        let p = p.as_type().expect("type");
        if let Some(f) = dict_get_str(p.dict, intern("__init_subclass__")) {
            let bound = crate::protocol::attr::bind_descriptor(ts, f, Value::NULL, cls.value())?;
            call(ts, bound, &[], kw)?;
            break;
        }
    }
    let _ = Ordering::Relaxed;
    Ok(cls.value())
}

/// C3 linearisation of `bases` (the class itself is prepended by the caller).
fn c3_mro(bases: &[Gc<TypeObj>]) -> PyResult<Vec<Value>> {
    let mut seqs: Vec<Vec<Value>> = bases.iter().map(|b| b.mro_slice().to_vec()).collect();
    seqs.push(bases.iter().map(|b| b.value()).collect());
    let mut out = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let candidate = seqs
            .iter()
            .map(|s| s[0])
            .find(|&c| !seqs.iter().any(|s| s[1..].contains(&c)));
        let Some(c) = candidate else {
            let names: Vec<&str> = bases.iter().map(|b| b.get().name_str()).collect();
            return Err(type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            )));
        };
        out.push(c);
        for s in seqs.iter_mut() {
            if s[0] == c {
                s.remove(0);
            }
        }
    }
}
