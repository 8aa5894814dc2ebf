//! TLBC array growth, publication and retirement: the real
//! `weft::tlbc::copies::Copies` (the code the VM runs as `TlbcCopies`),
//! instantiated with `ModelEpoch`, a guard/retire model loom can check in
//! place of crossbeam-epoch (which runs under loom only when rebuilt with
//! `crossbeam_loom`, and whose real frees loom could not see anyway). A retired array is "freed" once every guard
//! pinned at its retirement has dropped; the free is `Slots::poison`, a
//! non-atomic write of every slot, so loom reports any slot read that does
//! not happen before it: a use after free. (The memory itself is released
//! when the model ends, so a caught bug never touches freed memory.)
//!
//! Two threads get the copies at TLBC indices 1 and 5 (index 5 forces the
//! array to grow from 4 to 8 slots if index 1 came first) while the main
//! thread reads index 1. Checked in every interleaving:
//! * no use after free (loom's causality check, above);
//! * no lost copy: index 1's copy is the same object for both its users and
//!   after the growth, index 5's likewise;
//! * every reader sees a fully built copy: all units equal the expected
//!   de-specialized units (a copy read without happens-before to its
//!   construction fails loom's causality check as well);
//! * every retired array is freed by the end (no leak).
//!
//! Planted bugs shown to be caught (2026-12-05, h-spec): (1) publishing the
//! grown array with `Ordering::Relaxed` fails with loom's "Causality
//! violation: Concurrent load and mut accesses" (a reader loads a slot
//! whose creation it cannot see);
//! (2) `get` dropping its guard right after loading the array pointer,
//! before reading the slot, fails with "Causality violation: Concurrent
//! atomic load and unsync mut accesses" (the grower's retirement frees the
//! old array while the reader still reads it); (3) a retirement that frees
//! at once (in `ModelEpoch::retire`, poisoning instead of queueing: the
//! "immediate drop instead of `defer_destroy`" bug) fails the same way, a
//! reader still in the old array; (4) publishing a new copy into its slot
//! with `Ordering::Relaxed` fails with "Causality violation: Concurrent
//! load and mut accesses" (a reader of index 1 reads units whose creation
//! it cannot see). With the real code the
//! model passes (4357 interleavings, under a second).

use loom::sync::Mutex;
use loom::thread;
use std::sync::Arc;
use weft::atomics::{unit, CodeUnit, CodeUnits};
use weft::isa::Op;
use weft::tlbc::copies::{Copies, Reclaim, Slots};

#[derive(Default)]
pub struct ModelEpoch {
    st: Mutex<State>,
}

#[derive(Default)]
struct State {
    next_id: usize,
    pinned: Vec<usize>,
    /// Retired arrays and the guards each still waits for.
    retired: Vec<(*mut Slots, Vec<usize>)>,
    /// Freed (poisoned) arrays, released for real when the model ends.
    freed: Vec<*mut Slots>,
    retirements: usize,
}

// SAFETY: the raw pointers are only touched under the mutex.
unsafe impl Send for State {}

pub struct ModelGuard<'a> {
    m: &'a ModelEpoch,
    id: usize,
}

impl Reclaim for ModelEpoch {
    type Guard<'a> = ModelGuard<'a>;
    fn pin(&self) -> ModelGuard<'_> {
        let mut st = self.st.lock().unwrap();
        st.next_id += 1;
        let id = st.next_id;
        st.pinned.push(id);
        ModelGuard { m: self, id }
    }
    unsafe fn retire(&self, _guard: &ModelGuard<'_>, array: *mut Slots) {
        let mut st = self.st.lock().unwrap();
        let waiting = st.pinned.clone();
        assert!(!waiting.is_empty(), "retire without a guard");
        st.retirements += 1;
        st.retired.push((array, waiting));
    }
}

impl Drop for ModelGuard<'_> {
    fn drop(&mut self) {
        if std::thread::panicking() {
            return; // a failed check: leave the report to loom
        }
        let mut st = self.m.st.lock().unwrap();
        let id = self.id;
        st.pinned.retain(|&g| g != id);
        let mut i = 0;
        while i < st.retired.len() {
            st.retired[i].1.retain(|&g| g != id);
            if st.retired[i].1.is_empty() {
                let (p, _) = st.retired.swap_remove(i);
                // SAFETY: the grace period is over; in a correct program no
                // reader holds `p`, and a buggy one is what loom reports.
                unsafe { (*p).poison() };
                st.freed.push(p);
            } else {
                i += 1;
            }
        }
    }
}

impl Drop for ModelEpoch {
    fn drop(&mut self) {
        let st = self.st.get_mut().unwrap_or_else(|e| e.into_inner());
        for p in st.freed.drain(..).chain(st.retired.drain(..).map(|r| r.0)) {
            // SAFETY: the copies object is gone; each array is freed once.
            unsafe { Slots::free(p) };
        }
    }
}

fn main_units() -> Vec<CodeUnit> {
    vec![
        unit(Op::RESUME_CHECK as u8, 0),
        unit(Op::RETURN_VALUE as u8, 0),
    ]
}

fn expected_copy() -> Vec<CodeUnit> {
    vec![unit(Op::RESUME as u8, 0), unit(Op::RETURN_VALUE as u8, 0)]
}

fn get(c: &Copies<ModelEpoch>, index: usize, main: &CodeUnits) -> usize {
    let copy = c.get(index, main);
    assert_eq!(
        copy.snapshot(),
        expected_copy(),
        "copy {index} not fully built"
    );
    copy as *const CodeUnits as usize
}

#[test]
fn growth_publish_retire() {
    let mut builder = loom::model::Builder::new();
    // CI sets LOOM_MAX_PREEMPTIONS=3; bound it the same when unset.
    builder.preemption_bound.get_or_insert(3);
    let runs = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let counter = runs.clone();
    builder.check(move || {
        counter.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let main = Arc::new(CodeUnits::new(&main_units()));
        let copies: Arc<Copies<ModelEpoch>> = Arc::new(Copies::default());
        let spawn_get = |index: usize| {
            let (c, m) = (copies.clone(), main.clone());
            thread::spawn(move || get(&c, index, &m))
        };
        let t1 = spawn_get(1);
        let t5 = spawn_get(5);
        let mine = get(&copies, 1, &main);
        let (one, five) = (t1.join().unwrap(), t5.join().unwrap());
        assert_eq!(one, mine, "index 1 got two copies");
        assert_eq!(get(&copies, 1, &main), one, "index 1's copy lost in growth");
        assert_eq!(get(&copies, 5, &main), five, "index 5's copy lost");
        assert_eq!(copies.count(), 2);
        let st = copies.reclaim().st.lock().unwrap();
        assert!(st.retired.is_empty(), "a retired array was never freed");
        assert_eq!(st.freed.len(), st.retirements);
    });
    println!(
        "growth_publish_retire: {} interleavings",
        runs.load(std::sync::atomic::Ordering::Relaxed)
    );
}
