//! Exception unwinding: add traceback entries, find a handler in the
//! exception table, or pop the frame and continue in the caller.

use crate::objects::exception::new_traceback;
use crate::objects::int::int_from_i64;
use crate::ops::exc::chain_context;
use crate::runtime::errors::PyErr;
use crate::runtime::thread::Thread;
use crate::runtime::PyResult;

fn add_traceback(ts: &Thread, e: PyErr) {
    let f = ts.frames.last().expect("frame");
    let tb = new_traceback(e.0.traceback.get(), f.code, f.lasti as u32);
    e.0.traceback.set(tb);
}

/// Unwinds from the top frame. Ok(()) when a handler was found (the top
/// frame's `pc` is set to it); Err(e) when the entry frame was popped.
pub fn unwind(ts: &mut Thread, e: PyErr, reraise: bool) -> PyResult<()> {
    if !reraise {
        chain_context(ts, e);
        add_traceback(ts, e);
    }
    loop {
        let f = *ts.frames.last().expect("frame");
        if let Some(h) = f.code.handler_for(f.lasti as u32) {
            ts.stack
                .truncate(f.base + f.code.nlocalsplus() + h.depth as usize);
            if h.push_lasti {
                ts.stack.push(int_from_i64(f.lasti as i64));
            }
            ts.stack.push(e.value());
            let top = ts.frames.last_mut().expect("frame");
            top.pc = h.target as usize;
            return Ok(());
        }
        ts.frames.pop();
        ts.stack.truncate(f.ret_sp);
        if f.is_entry {
            return Err(e);
        }
        if !f.generator.is_null() {
            crate::eval::generator::finish_inline(ts, &f);
        }
        add_traceback(ts, e);
    }
}
