//! Generators: creating one from a running frame (`RETURN_GENERATOR`),
//! suspending at `YIELD_VALUE`, and resuming with send/throw (a nested run
//! of the eval loop with the generator frame as its entry frame).

use crate::eval::{run_nested, unwind, Exit};
use crate::object::Gc;
use crate::objects::code::{CO_ASYNC_GENERATOR, CO_COROUTINE};
use crate::objects::function::FunctionObj;
use crate::objects::generator::{new_generator, GeneratorObj};
use crate::runtime::errors::{runtime_error, type_error, value_error, PyErr};
use crate::runtime::frame::{Frame, SavedFrame};
use crate::runtime::thread::Thread;
use crate::runtime::types::types;
use crate::runtime::PyResult;
use crate::value::Value;

/// `RETURN_GENERATOR`: moves frame `f` (already popped) into a generator.
pub fn make_generator(ts: &mut Thread, mut f: Frame) -> Value {
    let slots = ts.stack[f.base..].to_vec();
    let cls = if f.code.flags & CO_COROUTINE != 0 {
        types().coroutine
    } else if f.code.flags & CO_ASYNC_GENERATOR != 0 {
        types().async_generator
    } else {
        types().generator
    };
    let (name, qualname) = match f.func.downcast::<FunctionObj>() {
        Some(func) => (func.name.get(), func.qualname.get()),
        None => (f.code.name, f.code.qualname),
    };
    f.is_entry = true;
    let g = new_generator(cls, SavedFrame { frame: f, slots }, name, qualname);
    let gv = g.value();
    if let Some(saved) = g.state.lock().frame.as_mut() {
        saved.frame.generator = gv;
    }
    gv
}

/// `YIELD_VALUE`: saves the generator's frame back into its generator and
/// pops it; returns the frame (an inline frame's caller continues).
pub fn suspend(ts: &mut Thread) -> Frame {
    let f = ts.frames.pop().expect("generator frame");
    let g = f
        .generator
        .downcast::<GeneratorObj>()
        .expect("YIELD_VALUE outside a generator");
    let mut st = g.state.lock();
    let saved = match st.spare.take() {
        Some(mut b) => {
            b.frame = f;
            b.slots.extend_from_slice(&ts.stack[f.base..]);
            b
        }
        None => Box::new(SavedFrame {
            frame: f,
            slots: ts.stack[f.base..].to_vec(),
        }),
    };
    ts.stack.truncate(f.ret_sp);
    st.frame = Some(saved);
    // The generator's own handled exception, if it differs from the one it
    // inherited from its resumer.
    st.exc_state = if ts.exc_info == f.prev_exc {
        Value::NULL
    } else {
        ts.exc_info
    };
    if !f.is_entry {
        st.running = false;
    }
    f
}

/// Copies a suspended frame's slots onto the thread's value stack and
/// keeps the emptied box for the next suspension. Returns the frame as it
/// was saved and where its slots now start (its new `base`).
fn unpack_saved(
    ts: &mut Thread,
    st: &mut crate::objects::generator::GenState,
    mut saved: Box<SavedFrame>,
) -> (Frame, usize) {
    let frame = saved.frame;
    let base = ts.stack.len();
    ts.stack.extend_from_slice(&saved.slots);
    saved.slots.clear();
    st.spare = Some(saved);
    (frame, base)
}

/// Pushes a resumed generator frame at `base`. Pushed as saved, then
/// patched in place: setting fields (narrow ones like `send_jump` and
/// `is_entry` among them) on a local copy and then copying it whole reads
/// them back with wide loads, a store-forwarding stall.
fn push_resumed(ts: &mut Thread, frame: Frame, base: usize, is_entry: bool, send_jump: u32) {
    let prev_exc = ts.exc_info;
    ts.frames.push(frame);
    let f = ts.frames.last_mut().expect("pushed");
    f.base = base;
    f.ret_sp = base;
    f.is_entry = is_entry;
    f.prev_exc = prev_exc;
    f.send_jump = send_jump;
}

/// On resumption: the generator sees its own handled exception, if any.
fn enter_exc_state(ts: &mut Thread, own: Value) {
    if !own.is_null() && !own.is_none() {
        ts.exc_info = own;
    }
}

/// Marks a `send_jump` as FOR_ITER_GEN's: when the generator returns, its
/// caller pops the value and the iterator before jumping.
pub const FOR_ITER_INLINE: u32 = 1 << 31;

/// `SEND` to a suspended generator or coroutine: resumes its frame in the
/// running eval loop (CPython's `SEND_GEN`) instead of a nested run, so
/// await chains do not recurse natively. False when the generator cannot
/// be entered that way (running, finished, bad first value, too deep): the
/// caller falls back to `send`, which reports the error.
pub fn push_inline(ts: &mut Thread, receiver: Value, v: Value, jump: u32) -> bool {
    let Some(gen) = receiver.downcast::<GeneratorObj>() else {
        return false;
    };
    if ts.frames.len() >= Thread::recursion_limit() {
        return false;
    }
    let saved = {
        let mut st = gen.state.lock();
        if st.running || st.frame.is_none() || (!st.started && !v.is_none()) {
            return false;
        }
        st.running = true;
        st.started = true;
        let saved = st.frame.take().expect("checked");
        (unpack_saved(ts, &mut st, saved), st.exc_state)
    };
    let ((frame, base), own_exc) = saved;
    push_resumed(ts, frame, base, false, jump);
    enter_exc_state(ts, own_exc);
    ts.stack.push(v);
    true
}

/// An inline generator frame `f` returned or raised: the generator is done.
pub fn finish_inline(ts: &mut Thread, f: &Frame) {
    ts.exc_info = f.prev_exc;
    if let Some(g) = f.generator.downcast::<GeneratorObj>() {
        let mut st = g.state.lock();
        st.running = false;
        st.finished = true;
        st.frame = None;
        st.exc_state = Value::NULL;
    }
}

/// Resumes `gen` sending `value` (or throwing `throw`). Returns the yielded
/// or returned value and which it was.
pub fn resume(
    ts: &mut Thread,
    gen: Gc<GeneratorObj>,
    value: Value,
    throw: Option<PyErr>,
) -> PyResult<(Value, Exit)> {
    let saved = {
        let mut st = gen.state.lock();
        if st.running {
            return Err(value_error(format!("{} already executing", what(gen))));
        }
        match st.frame.take() {
            Some(f) => {
                if !st.started && !value.is_none() && throw.is_none() {
                    st.frame = Some(f);
                    return Err(type_error(format!(
                        "can't send non-None value to a just-started {}",
                        what(gen)
                    )));
                }
                st.running = true;
                st.started = true;
                (unpack_saved(ts, &mut st, f), st.exc_state)
            }
            None if gen.cls() == types().coroutine => {
                return Err(runtime_error("cannot reuse already awaited coroutine"));
            }
            None => {
                drop(st);
                return match throw {
                    Some(e) => Err(e),
                    None => Ok((Value::NONE, Exit::Return)),
                };
            }
        }
    };
    let ((frame, base), own_exc) = saved;
    let caller_exc = ts.exc_info;
    push_resumed(ts, frame, base, true, frame.send_jump);
    enter_exc_state(ts, own_exc);
    let r = match throw {
        None => {
            ts.stack.push(value);
            run_nested(ts)
        }
        Some(e) => {
            // As CPython: the value slot YIELD_VALUE would have received
            // (a `yield from`/`await` handler's depth counts it).
            ts.stack.push(Value::NONE);
            match unwind::unwind(ts, e, false) {
                Ok(()) => run_nested(ts),
                Err(e) => Err(e),
            }
        }
    };
    ts.exc_info = caller_exc;
    let mut st = gen.state.lock();
    st.running = false;
    match r {
        Ok(v) if ts.last_exit == Exit::Yield => Ok((v, Exit::Yield)),
        Ok(v) => {
            st.finished = true;
            st.frame = None;
            st.exc_state = Value::NULL;
            Ok((v, Exit::Return))
        }
        Err(e) => {
            st.finished = true;
            st.frame = None;
            st.exc_state = Value::NULL;
            drop(st);
            let is_async_gen = gen.cls() == types().async_generator;
            if e.matches(types().stop_iteration)
                || (is_async_gen && e.matches(types().stop_async_iteration))
            {
                let re = runtime_error(format!("{} raised {}", what(gen), e.cls().name_str()));
                re.0.cause.set(e.value());
                re.0.context.set(e.value());
                re.0.suppress_context
                    .store(true, std::sync::atomic::Ordering::Relaxed);
                return Err(re);
            }
            Err(e)
        }
    }
}

/// "generator", "coroutine" or "async generator", for messages.
pub fn what(gen: Gc<GeneratorObj>) -> &'static str {
    let t = types();
    if gen.cls() == t.coroutine {
        "coroutine"
    } else if gen.cls() == t.async_generator {
        "async generator"
    } else {
        "generator"
    }
}

/// `next(gen)`: None when the generator returns.
pub fn gen_next(ts: &mut Thread, gen: Value) -> PyResult<Option<Value>> {
    let g = gen.downcast::<GeneratorObj>().expect("generator");
    match resume(ts, g, Value::NONE, None)? {
        (v, Exit::Yield) => Ok(Some(v)),
        (_, Exit::Return) => Ok(None),
    }
}

/// `SEND`: (value, done) where done means the receiver returned `value`.
pub fn send(ts: &mut Thread, receiver: Value, v: Value) -> PyResult<(Value, bool)> {
    if let Some(g) = receiver.downcast::<GeneratorObj>() {
        let (r, exit) = resume(ts, g, v, None)?;
        return Ok((r, exit == Exit::Return));
    }
    if let Some(r) = crate::builtins::iterators::awaitables::native_send(ts, receiver, v) {
        return match r {
            Ok(x) => Ok((x, false)),
            Err(e) if e.matches(types().stop_iteration) => Ok((stop_value(e), true)),
            Err(e) => Err(e),
        };
    }
    let r = if v.is_none() {
        match crate::protocol::iter::iter_next_with_value(ts, receiver)? {
            Ok(x) => return Ok((x, false)),
            Err(ret) => return Ok((ret, true)),
        }
    } else {
        crate::protocol::call::call_method(ts, receiver, "send", &[v])
    };
    match r {
        Ok(x) => Ok((x, false)),
        Err(e) if e.matches(types().stop_iteration) => {
            let val =
                e.0.args
                    .get()
                    .as_tuple()
                    .and_then(|a| a.first().copied())
                    .unwrap_or(Value::NONE);
            Ok((val, true))
        }
        Err(e) => Err(e),
    }
}

/// `generator.throw(exc)`: returns the next yielded value, or raises.
pub fn throw(ts: &mut Thread, gen: Gc<GeneratorObj>, e: PyErr) -> PyResult<Value> {
    match resume(ts, gen, Value::NONE, Some(e))? {
        (v, Exit::Yield) => Ok(v),
        (v, Exit::Return) => Err(crate::runtime::errors::stop_iteration(v)),
    }
}

/// `generator.close()`.
pub fn close(ts: &mut Thread, gen: Gc<GeneratorObj>) -> PyResult<Value> {
    {
        let st = gen.state.lock();
        if st.frame.is_none() || !st.started {
            drop(st);
            let mut st = gen.state.lock();
            st.frame = None;
            st.finished = true;
            return Ok(Value::NONE);
        }
    }
    let exit = PyErr::empty(types().generator_exit);
    match resume(ts, gen, Value::NONE, Some(exit)) {
        Ok((_, Exit::Yield)) => Err(runtime_error(format!(
            "{} ignored GeneratorExit",
            what(gen)
        ))),
        Ok((v, Exit::Return)) => Ok(v),
        Err(e) if e.matches(types().generator_exit) || e.matches(types().stop_iteration) => {
            Ok(Value::NONE)
        }
        Err(e) => Err(e),
    }
}

/// StopIteration's value.
pub fn stop_value(e: PyErr) -> Value {
    e.0.args
        .get()
        .as_tuple()
        .and_then(|a| a.first().copied())
        .unwrap_or(Value::NONE)
}
