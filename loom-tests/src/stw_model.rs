//! Stop-the-world (`weft::runtime::stw::World`, the state machine
//! `runtime::threads` runs), driven through its real attach / detach /
//! park / stop / restart.
//!
//! Mutator 0 attaches, works, polls its eval breaker (parking on
//! `PLEASE_STOP`), detaches for a "blocking call", re-attaches, works and
//! detaches for good; mutator 1 attaches, works, polls and detaches; a
//! collector stops the world, "collects" and restarts it. Checked in every interleaving:
//! * nobody runs while the world is stopped: the mutator's work steps
//!   (done while ATTACHED) never see the collection in progress, and when
//!   `stop` returns the mutator is SUSPENDED;
//! * no deadlock (loom fails on all-blocked) or lost wakeup: loom's timed
//!   wait never times out, so the collector's wait must be woken by the
//!   mutator's notify;
//! * when everything is done the mutator is DETACHED and `PLEASE_STOP` is
//!   clear.
//!
//! Planted bug shown to be caught (2026-12-04, recorded in the h-rt
//! report): `attach` written as a plain `store(ATTACHED)` instead of the CAS
//! from DETACHED lets a thread the collector had suspended (while it was
//! detached) re-attach during the collection, failing "mutator ran while
//! the world was stopped" (panicking in the mutator's `work`). With the
//! real code the model passes (30211 interleavings, about a second).

use loom::sync::atomic::{AtomicBool, AtomicU8, Ordering};
use loom::thread;
use std::sync::Arc;
use weft::eval_breaker::{EvalBreaker, PLEASE_STOP};
use weft::runtime::stw::{Member, NoGil, World, DETACHED, SUSPENDED};

struct Shared {
    world: World,
    state: [AtomicU8; 2],
    breaker: [EvalBreaker; 2],
    collecting: AtomicBool,
}

fn work(s: &Shared) {
    assert!(
        !s.collecting.load(Ordering::SeqCst),
        "mutator ran while the world was stopped"
    );
}

fn poll(s: &Shared, i: usize) {
    if s.breaker[i].take(PLEASE_STOP) {
        s.world.park(&s.state[i], &NoGil);
    }
}

fn detach(s: &Shared, i: usize) {
    s.world.set_detached(&s.state[i]);
    s.world.notify();
}

#[test]
fn stop_the_world() {
    let mut builder = loom::model::Builder::new();
    // CI sets LOOM_MAX_PREEMPTIONS=3; bound it the same when unset.
    builder.preemption_bound.get_or_insert(3);
    let runs = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let counter = runs.clone();
    builder.check(move || {
        counter.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let s = Arc::new(Shared {
            world: World::new(),
            state: [AtomicU8::new(DETACHED), AtomicU8::new(DETACHED)],
            breaker: [EvalBreaker::new(), EvalBreaker::new()],
            collecting: AtomicBool::new(false),
        });
        let m = s.clone();
        let mutator0 = thread::spawn(move || {
            m.world.attach(&m.state[0], &NoGil);
            work(&m);
            poll(&m, 0);
            // A blocking call: detached meanwhile.
            detach(&m, 0);
            m.world.attach(&m.state[0], &NoGil);
            work(&m);
            poll(&m, 0);
            work(&m);
            detach(&m, 0);
        });
        let m = s.clone();
        let mutator1 = thread::spawn(move || {
            m.world.attach(&m.state[1], &NoGil);
            work(&m);
            poll(&m, 1);
            detach(&m, 1);
        });
        let others: Vec<Member<'_>> = (0..2)
            .map(|i| Member {
                state: &s.state[i],
                breaker: &s.breaker[i],
            })
            .collect();
        s.world.stop(&others);
        for st in &s.state {
            assert_eq!(st.load(Ordering::SeqCst), SUSPENDED);
        }
        s.collecting.store(true, Ordering::SeqCst);
        thread::yield_now();
        s.collecting.store(false, Ordering::SeqCst);
        s.world.restart(&others);
        mutator0.join().unwrap();
        mutator1.join().unwrap();
        for i in 0..2 {
            assert_eq!(s.state[i].load(Ordering::SeqCst), DETACHED);
            assert_eq!(s.breaker[i].load() & PLEASE_STOP, 0);
        }
    });
    println!(
        "stop_the_world: {} interleavings",
        runs.load(std::sync::atomic::Ordering::Relaxed)
    );
}
