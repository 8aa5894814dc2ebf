//! Helpers the `stress` binary drives (kept in the library so the stress
//! runs exercise the real heap and runtime).

use crate::objects::list::new_list_gc;
use crate::runtime::thread::Thread;
use crate::value::Value;

/// Allocates `rounds` batches of cyclic list pairs, keeping every tenth
/// batch's head reachable, collecting after each batch; verifies the kept
/// lists survive intact. Returns the live object count after the last
/// collection.
pub fn gc_churn(rounds: usize) -> usize {
    let base = crate::heap::stack_scan::approximate_sp();
    crate::runtime::init();
    churn(Thread::new(base), rounds)
}

/// Runs below `gc_churn`'s frame, so every local here lies inside the
/// scanned part of the native stack.
#[inline(never)]
fn churn(ts: Box<Thread>, rounds: usize) -> usize {
    let keep = new_list_gc(Vec::new());
    for r in 0..rounds {
        for i in 0..1000 {
            let a = new_list_gc(vec![Value::small_int(i)]);
            let b = new_list_gc(vec![a.value()]);
            a.push(b.value());
            if i == 0 && r % 10 == 0 {
                keep.push(a.value());
            }
        }
        crate::runtime::gc::collect(&ts);
    }
    for v in keep.snapshot() {
        let a = v
            .downcast::<crate::objects::list::ListObj>()
            .expect("kept list survives");
        assert_eq!(a.item(0), Some(Value::small_int(0)), "kept list corrupted");
    }
    crate::heap::stats().live_objects
}
