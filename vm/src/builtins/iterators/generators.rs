//! Generator and coroutine methods: `send`, `throw` (1-, 2- and 3-argument
//! forms), `close`, `__next__`, `__iter__`. `throw` and `close` delegate to
//! the sub-iterator of a `yield from` first, as CPython's `_gen_throw` and
//! `gen_close` do.

use crate::builtins::add_methods;
use crate::builtins::lists::arity::{descr_error, needs_receiver, noargs, one_arg, positional};
use crate::eval::generator::resume;
use crate::eval::Exit;
use crate::isa::Op;
use crate::object::Gc;
use crate::objects::builtin_fn::KwArgs;
use crate::objects::exception::{ExceptionObj, TracebackObj};
use crate::objects::generator::GeneratorObj;
use crate::runtime::errors::{runtime_error, stop_iteration, type_error, PyErr};
use crate::runtime::intern::intern;
use crate::runtime::thread::Thread;
use crate::runtime::types::{type_name, type_of, types};
use crate::runtime::PyResult;
use crate::value::Value;

pub fn register() {
    let t = types();
    add_methods(
        t.generator,
        &[
            ("send", send),
            ("throw", throw),
            ("close", close),
            ("__next__", next),
            ("__iter__", iter_self),
        ],
    );
    add_methods(
        t.coroutine,
        &[("send", send), ("throw", throw), ("close", close)],
    );
}

fn this(args: &[Value], method: &str) -> PyResult<Gc<GeneratorObj>> {
    match args.first() {
        Some(&v) => v
            .downcast::<GeneratorObj>()
            .ok_or_else(|| descr_error(method, "generator", v)),
        None => Err(needs_receiver(method, "generator")),
    }
}

/// Resumes `g` with `value`: the yielded value, or StopIteration(result).
pub fn send_value(ts: &mut Thread, g: Gc<GeneratorObj>, value: Value) -> PyResult<Value> {
    match resume(ts, g, value, None)? {
        (v, Exit::Yield) => Ok(v),
        (v, Exit::Return) => Err(stop_iteration(v)),
    }
}

/// Raises `e` inside `g` at its suspension point.
fn throw_into(ts: &mut Thread, g: Gc<GeneratorObj>, e: PyErr) -> PyResult<Value> {
    match resume(ts, g, Value::NONE, Some(e))? {
        (v, Exit::Yield) => Ok(v),
        (v, Exit::Return) => Err(stop_iteration(v)),
    }
}

/// The sub-iterator of the `yield from` / `await` that `g` is suspended
/// in (CPython's `_PyGen_yf`): the frame's next instruction is
/// `RESUME 2`/`RESUME 3` and the sub-iterator is on top of its stack.
pub(super) fn yield_from_target(g: &GeneratorObj) -> Option<Value> {
    let st = g.state.lock();
    if !st.started {
        return None;
    }
    let saved = st.frame.as_ref()?;
    let unit = saved.frame.code.units.fetch(saved.frame.pc);
    let op = Op::from_u8(crate::atomics::unit_op(unit))?;
    if op.deopt() != Op::RESUME || crate::atomics::unit_arg(unit) < 2 {
        return None;
    }
    saved.slots.last().copied()
}

/// Marks `g` as running while its sub-iterator is driven.
fn set_running(g: &GeneratorObj, running: bool) {
    g.state.lock().running = running;
}

/// `gen_close_iter`: closes a sub-iterator (generators directly, other
/// objects through their `close` method, if any).
fn close_iter(ts: &mut Thread, yf: Value) -> PyResult<()> {
    if let Some(sub) = yf.downcast::<GeneratorObj>() {
        gen_close(ts, sub)?;
        return Ok(());
    }
    if let Some(m) = crate::protocol::attr::getattr_opt(ts, yf, intern("close"))? {
        crate::protocol::call(ts, m, &[], &[])?;
    }
    Ok(())
}

/// `gen.throw(e)` with `yield from` delegation.
pub fn gen_throw(ts: &mut Thread, g: Gc<GeneratorObj>, e: PyErr) -> PyResult<Value> {
    let Some(yf) = yield_from_target(&g) else {
        return throw_into(ts, g, e);
    };
    if e.matches(types().generator_exit) {
        set_running(&g, true);
        let r = close_iter(ts, yf);
        set_running(&g, false);
        return match r {
            Err(err) => throw_into(ts, g, err),
            Ok(()) => throw_into(ts, g, e),
        };
    }
    let ret = if let Some(sub) = yf.downcast::<GeneratorObj>() {
        set_running(&g, true);
        let r = gen_throw(ts, sub, e);
        set_running(&g, false);
        r
    } else {
        let Some(m) = crate::protocol::attr::getattr_opt(ts, yf, intern("throw"))? else {
            return throw_into(ts, g, e);
        };
        set_running(&g, true);
        let tb = e.0.traceback.get();
        let tb = if tb.is_null() { Value::NONE } else { tb };
        let r = crate::protocol::call(ts, m, &[e.cls().value(), e.value(), tb], &[]);
        set_running(&g, false);
        r
    };
    match ret {
        Ok(v) => Ok(v),
        Err(err) => throw_into(ts, g, err),
    }
}

/// `gen.close()` (3.11: always returns None).
pub fn gen_close(ts: &mut Thread, g: Gc<GeneratorObj>) -> PyResult<Value> {
    {
        let mut st = g.state.lock();
        if st.running {
            return Err(crate::runtime::errors::value_error(
                "generator already executing",
            ));
        }
        if st.frame.is_none() || !st.started {
            st.frame = None;
            st.finished = true;
            return Ok(Value::NONE);
        }
    }
    let mut exc = PyErr::empty(types().generator_exit);
    if let Some(yf) = yield_from_target(&g) {
        set_running(&g, true);
        let r = close_iter(ts, yf);
        set_running(&g, false);
        if let Err(e) = r {
            exc = e;
        }
    }
    match resume(ts, g, Value::NONE, Some(exc)) {
        Ok((_, Exit::Yield)) => Err(runtime_error(format!(
            "{} ignored GeneratorExit",
            crate::eval::generator::what(g)
        ))),
        Ok((_, Exit::Return)) => Ok(Value::NONE),
        Err(e) if e.matches(types().generator_exit) || e.matches(types().stop_iteration) => {
            Ok(Value::NONE)
        }
        Err(e) => Err(e),
    }
}

fn send(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let g = this(args, "send")?;
    let v = one_arg("generator.send", args, kw)?;
    send_value(ts, g, v)
}

fn next(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let g = this(args, "__next__")?;
    noargs("generator.__next__", args, kw)?;
    send_value(ts, g, Value::NONE)
}

fn iter_self(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    this(args, "__iter__")?;
    noargs("generator.__iter__", args, kw)?;
    Ok(args[0])
}

fn close(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let g = this(args, "close")?;
    noargs("generator.close", args, kw)?;
    gen_close(ts, g)
}

fn is_exception_class(v: Value) -> bool {
    v.as_type()
        .is_some_and(|t| t.is_subtype(types().base_exception))
}

/// The exception `throw(typ[, val[, tb]])` raises (`PyErr_NormalizeException`).
pub(super) fn make_exception(
    ts: &mut Thread,
    typ: Value,
    val: Value,
    tb: Value,
) -> PyResult<PyErr> {
    if !tb.is_none() && !tb.is::<TracebackObj>() {
        return Err(type_error(
            "throw() third argument must be a traceback object",
        ));
    }
    let exc = if is_exception_class(typ) {
        let inst = if val.is_none() {
            crate::protocol::call(ts, typ, &[], &[])?
        } else if type_of(val).is_subtype(typ.as_type().expect("type")) {
            val
        } else if let Some(items) = val.as_tuple() {
            crate::protocol::call(ts, typ, items, &[])?
        } else {
            crate::protocol::call(ts, typ, &[val], &[])?
        };
        match inst.downcast::<ExceptionObj>() {
            Some(e) => e,
            None => {
                return Err(type_error(format!(
                    "calling {} should have returned an instance of BaseException, not {}",
                    crate::protocol::repr::repr_string(ts, typ)?,
                    type_name(inst)
                )))
            }
        }
    } else if let Some(e) = typ.downcast::<ExceptionObj>() {
        if !val.is_none() {
            return Err(type_error(
                "instance exception may not have a separate value",
            ));
        }
        e
    } else {
        return Err(type_error(format!(
            "exceptions must be classes or instances deriving from BaseException, not {}",
            type_name(typ)
        )));
    };
    if !tb.is_none() {
        exc.traceback.set(tb);
    }
    Ok(PyErr(exc))
}

fn throw(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let g = this(args, "throw")?;
    positional("throw", &args[1..], kw, 1, 3)?;
    let val = args.get(2).copied().unwrap_or(Value::NONE);
    let tb = args.get(3).copied().unwrap_or(Value::NONE);
    let e = make_exception(ts, args[1], val, tb)?;
    gen_throw(ts, g, e)
}
