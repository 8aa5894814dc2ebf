//! The Python-visible functions: `Struct(...)`, its methods and the
//! module-level `pack`, `unpack`, `calcsize`, ... (each compiles its format).

use super::iter::iter_unpack;
use super::packing::*;
use super::*;

pub(super) fn struct_new(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let p = parse("Struct", &args[1..], kw, &["format"], 0, 1, 0)?;
    match p[0] {
        Some(f) => compile_as(args[0].as_type().unwrap_or_else(struct_type), f),
        None => Err(type_error(
            "Struct() missing required argument 'format' (pos 1)",
        )),
    }
}

pub(super) fn st_pack(ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    pack(ts, this(args[0])?, &args[1..])
}

pub(super) fn st_unpack(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    crate::builtins::args::check("unpack", &args[1..], kw, 1, 1)?;
    unpack(this(args[0])?, args[1])
}

pub(super) fn st_pack_into(ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    pack_into(ts, this(args[0])?, &args[1..])
}

pub(super) fn st_unpack_from(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let s = this(args[0])?;
    let p = parse(
        "unpack_from",
        &args[1..],
        kw,
        &["buffer", "offset"],
        0,
        2,
        1,
    )?;
    let Some(buf) = p[0] else {
        return Err(type_error(
            "unpack_from() missing required argument 'buffer' (pos 1)",
        ));
    };
    unpack_from(ts, s, buf, p[1])
}

pub(super) fn st_iter_unpack(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    crate::builtins::args::check("iter_unpack", &args[1..], kw, 1, 1)?;
    iter_unpack(args[0], args[1])
}

pub(super) fn st_format(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(new_str(this(args[0])?.format.as_str()))
}

pub(super) fn st_size(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(int_from_i64(this(args[0])?.layout.size as i64))
}

pub(super) fn mod_pack(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    crate::builtins::args::check("pack", &[], kw, 0, 0)?;
    let Some(&f) = args.first() else {
        return Err(type_error("missing format argument"));
    };
    let st = compile(f)?;
    pack(ts, this(st)?, &args[1..])
}

pub(super) fn mod_unpack(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    crate::builtins::args::check("unpack", args, kw, 2, 2)
        .map_err(|_| type_error(format!("unpack expected 2 arguments, got {}", args.len())))?;
    let st = compile(args[0])?;
    unpack(this(st)?, args[1])
}

pub(super) fn mod_calcsize(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    crate::builtins::args::check("_struct.calcsize", args, kw, 1, 1)?;
    let st = compile(args[0])?;
    Ok(int_from_i64(this(st)?.layout.size as i64))
}

pub(super) fn mod_pack_into(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    crate::builtins::args::check("pack_into", &[], kw, 0, 0)?;
    let Some(&f) = args.first() else {
        return Err(type_error("missing format argument"));
    };
    let st = compile(f)?;
    pack_into(ts, this(st)?, &args[1..])
}

pub(super) fn mod_unpack_from(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let p = parse(
        "unpack_from",
        args,
        kw,
        &["format", "buffer", "offset"],
        1,
        3,
        2,
    )?;
    let (Some(f), Some(buf)) = (p[0], p[1]) else {
        return Err(type_error(
            "unpack_from() missing required argument 'buffer' (pos 2)",
        ));
    };
    let st = compile(f)?;
    unpack_from(ts, this(st)?, buf, p[2])
}

pub(super) fn mod_iter_unpack(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    crate::builtins::args::check("iter_unpack", args, kw, 2, 2).map_err(|_| {
        type_error(format!(
            "iter_unpack expected 2 arguments, got {}",
            args.len()
        ))
    })?;
    let st = compile(args[0])?;
    iter_unpack(st, args[1])
}

/// `Struct.__init__`: the format was taken by `__new__`.
pub(super) fn struct_init(_ts: &mut Thread, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::NONE)
}
