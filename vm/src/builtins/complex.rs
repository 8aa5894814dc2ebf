//! `complex(real=0, imag=0)` and the methods of `complex`.

mod dunders;

pub use dunders::complex_hash;

use crate::builtins::args::kwarg;
use crate::builtins::lists::arity::{descr_error, needs_receiver, new_cls, noargs, one_arg};
use crate::builtins::{add_bound, add_methods, Bind};
use crate::objects::builtin_fn::KwArgs;
use crate::objects::complex::{complex_of_class, new_complex};
use crate::objects::str::new_str;
use crate::objects::tuple::new_tuple;
use crate::protocol::dunder::{call_user_dunder, user_dunder};
use crate::protocol::number::mixed::is_number;
use crate::runtime::errors::{type_error, value_error};
use crate::runtime::thread::Thread;
use crate::runtime::types::{type_name, type_of, types};
use crate::runtime::PyResult;
use crate::value::Value;

pub fn register() {
    let t = types();
    let _ = t.complex.native_new.set(complex_new);
    add_bound(t.complex, Bind::Static, &[("__new__", complex_new)]);
    add_methods(
        t.complex,
        &[
            ("conjugate", conjugate),
            ("__complex__", dunder_complex),
            ("__getnewargs__", getnewargs),
            ("__format__", format),
        ],
    );
    add_methods(t.complex, dunders::BINOPS);
    add_methods(t.complex, dunders::COMPARISONS);
    add_methods(t.complex, dunders::UNARIES);
}

pub(super) fn this(args: &[Value], method: &str) -> PyResult<(f64, f64)> {
    match args.first() {
        Some(&v) => v
            .as_complex()
            .ok_or_else(|| descr_error(method, "complex", v)),
        None => Err(needs_receiver(method, "complex")),
    }
}

/// Whether `v` can be a part of a complex (`nb_float`/`nb_index` or complex).
fn numeric_like(v: Value) -> bool {
    is_number(v)
        || (v.is_ptr()
            && ["__float__", "__index__", "__complex__"]
                .iter()
                .any(|n| user_dunder(type_of(v), n).is_some()))
}

/// `v.__complex__()` if defined, checked to be a complex.
fn try_complex_dunder(ts: &mut Thread, v: Value) -> PyResult<Option<Value>> {
    match call_user_dunder(ts, v, "__complex__", &[])? {
        None => Ok(None),
        Some(r) if r.as_complex().is_some() => Ok(Some(r)),
        Some(r) => Err(type_error(format!(
            "__complex__ returned non-complex (type {})",
            type_name(r)
        ))),
    }
}

fn complex_new(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let cls = new_cls(args, types().complex)?;
    let a = &args[1..];
    if a.len() + kw.len() > 2 {
        return Err(type_error(format!(
            "complex() takes at most 2 arguments ({} given)",
            a.len() + kw.len()
        )));
    }
    for (k, _) in kw {
        let k = k.as_str().unwrap_or("?");
        if k != "real" && k != "imag" {
            return Err(type_error(format!(
                "'{k}' is an invalid keyword argument for complex()"
            )));
        }
    }
    let pick = |i: usize, name: &str| -> PyResult<Option<Value>> {
        match (a.get(i), kwarg(kw, name)) {
            (Some(_), Some(_)) => Err(type_error(format!(
                "argument for complex() given by name ('{name}') and position ({})",
                i + 1
            ))),
            (Some(&v), None) | (None, Some(v)) => Ok(Some(v)),
            (None, None) => Ok(None),
        }
    };
    let r = pick(0, "real")?.unwrap_or(Value::small_int(0));
    let i = pick(1, "imag")?;
    if i.is_none() && cls == types().complex && type_of(r) == types().complex {
        return Ok(r);
    }
    if let Some(s) = r.as_str() {
        if i.is_some() {
            return Err(type_error(
                "complex() can't take second arg if first is a string",
            ));
        }
        let (re, im) = crate::format::parse_complex(s).map_err(value_error)?;
        return Ok(complex_of_class(cls, re, im));
    }
    if i.is_some_and(|i| i.as_str().is_some()) {
        return Err(type_error("complex() second arg can't be a string"));
    }
    let r = try_complex_dunder(ts, r)?.unwrap_or(r);
    if !numeric_like(r) {
        return Err(type_error(format!(
            "complex() first argument must be a string or a number, not '{}'",
            type_name(r)
        )));
    }
    if let Some(i) = i {
        if !numeric_like(i) {
            return Err(type_error(format!(
                "complex() second argument must be a number, not '{}'",
                type_name(i)
            )));
        }
    }
    let cr = match r.as_complex() {
        Some(c) => c,
        None => (
            crate::builtins::numbers::float_methods::to_float(ts, r)?,
            0.0,
        ),
    };
    let Some(i) = i else {
        return Ok(complex_of_class(cls, cr.0, cr.1));
    };
    let (re, mut im) = match i.as_complex() {
        Some(ci) => (cr.0 - ci.1, ci.0),
        None => (
            cr.0,
            crate::builtins::numbers::float_methods::to_float(ts, i)?,
        ),
    };
    if r.as_complex().is_some() {
        im += cr.1;
    }
    Ok(complex_of_class(cls, re, im))
}

fn conjugate(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (re, im) = this(args, "conjugate")?;
    noargs("complex.conjugate", args, kw)?;
    Ok(new_complex(re, -im))
}

fn dunder_complex(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (re, im) = this(args, "__complex__")?;
    noargs("complex.__complex__", args, kw)?;
    if type_of(args[0]) == types().complex {
        return Ok(args[0]);
    }
    Ok(new_complex(re, im))
}

fn getnewargs(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (re, im) = this(args, "__getnewargs__")?;
    noargs("complex.__getnewargs__", args, kw)?;
    Ok(new_tuple([Value::float(re), Value::float(im)]))
}

fn format(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (re, im) = this(args, "__format__")?;
    let spec = one_arg("complex.__format__", args, kw)?;
    let Some(spec) = spec.as_str() else {
        return Err(type_error(format!(
            "__format__() argument must be str, not {}",
            crate::builtins::lists::arity::ac_type_name(spec)
        )));
    };
    format_spec(ts, args[0], re, im, spec)
}

/// `format(z, spec)` for a complex `z = re + im j`.
pub fn format_spec(ts: &mut Thread, z: Value, re: f64, im: f64, spec: &str) -> PyResult<Value> {
    if spec.is_empty() {
        return crate::protocol::str_of(ts, z);
    }
    let err = crate::builtins::strings::format_value::format_error;
    let parsed = crate::format::parse_spec(spec, "complex").map_err(err)?;
    Ok(new_str(
        crate::format::format_complex(re, im, &parsed).map_err(err)?,
    ))
}
