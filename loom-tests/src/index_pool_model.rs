//! The TLBC index pool (`weft::tlbc::IndexPool`, its mutex from the `sync`
//! shim): threads take and return indices concurrently, as threads
//! registering and exiting do.
//!
//! Checked in every interleaving:
//! * no index is handed to two live holders at once (each holder marks its
//!   index live with a swap that must find it free);
//! * index 0 (the main copy) is never handed out;
//! * once quiescent, allocation is smallest-free-first: the next
//!   allocations return the smallest indices no holder keeps, in order.
//!
//! Planted bug shown to be caught (2026-12-05, h-spec): `alloc` reading
//! `next` under one lock acquisition and storing `next + 1` under another
//! (a check-then-act split) lets two racing allocations get the same
//! index, failing "index 2 handed to two live holders". With the real code
//! the model passes (227 interleavings).

use loom::sync::atomic::{AtomicBool, Ordering};
use loom::thread;
use std::sync::Arc;
use weft::tlbc::IndexPool;

const MAX: usize = 8;

struct Shared {
    pool: IndexPool,
    live: [AtomicBool; MAX],
}

fn take(s: &Shared) -> usize {
    let i = s.pool.alloc();
    assert_ne!(i, 0, "index 0 handed out");
    assert!(i < MAX, "index {i} beyond any needed");
    assert!(
        !s.live[i].swap(true, Ordering::SeqCst),
        "index {i} handed to two live holders"
    );
    i
}

fn give_back(s: &Shared, i: usize) {
    s.live[i].store(false, Ordering::SeqCst);
    s.pool.free(i);
}

#[test]
fn index_pool() {
    let mut builder = loom::model::Builder::new();
    // CI sets LOOM_MAX_PREEMPTIONS=3; bound it the same when unset.
    builder.preemption_bound.get_or_insert(3);
    let runs = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let counter = runs.clone();
    builder.check(move || {
        counter.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let s = Arc::new(Shared {
            pool: IndexPool::new(),
            live: std::array::from_fn(|_| AtomicBool::new(false)),
        });
        let a = {
            let s = s.clone();
            // A thread that exits, then a new one taking a freed index.
            thread::spawn(move || {
                let i = take(&s);
                give_back(&s, i);
                take(&s)
            })
        };
        let b = {
            let s = s.clone();
            thread::spawn(move || take(&s))
        };
        let j = take(&s);
        give_back(&s, j);
        let kept = [a.join().unwrap(), b.join().unwrap()];
        // Quiescent: the next allocations are the smallest indices not kept.
        let mut want = (1..MAX).filter(|i| !kept.contains(i));
        for _ in 0..3 {
            let got = take(&s);
            assert_eq!(
                Some(got),
                want.next(),
                "not smallest-free-first (kept {kept:?})"
            );
        }
    });
    println!(
        "index_pool: {} interleavings",
        runs.load(std::sync::atomic::Ordering::Relaxed)
    );
}
