//! The Python-facing methods of async generators (`__aiter__`,
//! `__anext__`, `asend`, `athrow`, `aclose`) and of their asend/athrow
//! awaitables (`send`, `throw`, `close`, `__next__`, `__await__`).

use super::async_gen::{
    aw_throw_impl, awaitable_send, is_async_gen_awaitable, new_asend, ASend, AThrow, CLOSED, INIT,
};
use super::generators::make_exception;
use crate::builtins::add_methods;
use crate::builtins::lists::arity::{noargs, one_arg, positional};
use crate::object::Gc;
use crate::objects::builtin_fn::KwArgs;
use crate::objects::generator::GeneratorObj;
use crate::objects::native::new_native;
use crate::runtime::errors::type_error;
use crate::runtime::thread::Thread;
use crate::runtime::types::{type_name, types};
use crate::runtime::PyResult;
use crate::value::Value;
use std::sync::atomic::{AtomicU8, Ordering};

pub fn register() {
    let t = types();
    add_methods(
        t.async_generator,
        &[
            ("__aiter__", aiter),
            ("__anext__", anext),
            ("asend", asend),
            ("athrow", athrow),
            ("aclose", aclose),
        ],
    );
    for ty in [t.async_generator_asend, t.async_generator_athrow] {
        add_methods(
            ty,
            &[
                ("send", aw_send),
                ("throw", aw_throw),
                ("close", aw_close),
                ("__next__", aw_next),
                ("__iter__", aw_self),
                ("__await__", aw_self),
            ],
        );
    }
}

fn this_gen(args: &[Value], method: &str) -> PyResult<Gc<GeneratorObj>> {
    args.first()
        .and_then(|v| v.downcast::<GeneratorObj>())
        .filter(|g| g.cls() == types().async_generator)
        .ok_or_else(|| {
            type_error(format!(
                "descriptor '{method}' requires a 'async_generator' object"
            ))
        })
}

fn this_aw(args: &[Value], method: &str) -> PyResult<Value> {
    match args.first() {
        Some(&v) if is_async_gen_awaitable(v) => Ok(v),
        other => Err(type_error(format!(
            "descriptor '{method}' requires an awaitable but received a '{}'",
            other.map_or("NoneType", |&v| type_name(v))
        ))),
    }
}

fn aiter(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    this_gen(args, "__aiter__")?;
    noargs("async_generator.__aiter__", args, kw)?;
    Ok(args[0])
}

fn anext(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let g = this_gen(args, "__anext__")?;
    noargs("async_generator.__anext__", args, kw)?;
    Ok(new_asend(g, Value::NONE))
}

fn asend(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let g = this_gen(args, "asend")?;
    let v = one_arg("async_generator.asend", args, kw)?;
    Ok(new_asend(g, v))
}

fn athrow(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let g = this_gen(args, "athrow")?;
    positional("athrow", &args[1..], kw, 1, 3)?;
    let val = args.get(2).copied().unwrap_or(Value::NONE);
    let tb = args.get(3).copied().unwrap_or(Value::NONE);
    Ok(new_native(
        types().async_generator_athrow,
        AThrow {
            gen: g.value(),
            args: Some([args[1], val, tb]),
            state: AtomicU8::new(INIT),
        },
    ))
}

fn aclose(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let g = this_gen(args, "aclose")?;
    noargs("async_generator.aclose", args, kw)?;
    Ok(new_native(
        types().async_generator_athrow,
        AThrow {
            gen: g.value(),
            args: None,
            state: AtomicU8::new(INIT),
        },
    ))
}

fn aw_send(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let v = this_aw(args, "send")?;
    let value = one_arg("send", args, kw)?;
    awaitable_send(ts, v, value).expect("awaitable")
}

fn aw_next(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let v = this_aw(args, "__next__")?;
    noargs("__next__", args, kw)?;
    awaitable_send(ts, v, Value::NONE).expect("awaitable")
}

fn aw_throw(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let v = this_aw(args, "throw")?;
    positional("throw", &args[1..], kw, 1, 3)?;
    let val = args.get(2).copied().unwrap_or(Value::NONE);
    let tb = args.get(3).copied().unwrap_or(Value::NONE);
    let e = make_exception(ts, args[1], val, tb)?;
    aw_throw_impl(ts, v, e)
}

fn aw_close(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let v = this_aw(args, "close")?;
    noargs("close", args, kw)?;
    if let Some(a) = v.as_native::<ASend>() {
        a.state.store(CLOSED, Ordering::Release);
    } else if let Some(a) = v.as_native::<AThrow>() {
        a.state.store(CLOSED, Ordering::Release);
    }
    Ok(Value::NONE)
}

fn aw_self(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(args.first().copied().unwrap_or(Value::NONE))
}
