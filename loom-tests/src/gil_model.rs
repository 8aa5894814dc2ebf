//! The GIL handoff of `weft::gil::Gil` (CPython's `take_gil`/`drop_gil`
//! with FORCE_SWITCHING), driven through its real `take`/`drop_gil`.
//!
//! Thread A holds the GIL and runs a bounded "eval loop" polling its eval
//! breaker; on `GIL_DROP_REQUEST` it drops with forced switching and takes
//! the GIL back, as `threads::yield_gil`. Thread B takes the GIL: its first
//! interval wait times out (`Gil::with_timeouts`), so it asks A to drop;
//! later waits block until notified. Checked in every interleaving:
//! * no lost wakeup: loom fails the model on a deadlock (all blocked);
//! * forced switching: after A drops on request, the next thread to take
//!   the GIL is B, never A again (the take log);
//! * the drop request is cleared by the new holder: when `take` returns,
//!   the taker's own breaker has no stale `GIL_DROP_REQUEST`;
//! * mutual exclusion: the takes and drops alternate in the log.
//!
//! Planted bugs shown to be caught (2026-12-04, recorded in the h-rt
//! report): (1) `drop_gil` without the forced-switch wait (A re-takes at
//! once) fails "forced switching: A re-took the GIL before B: AF-A-B-"
//! (A dropped on request, then A took the GIL again before B); (2) `take`
//! without `me.clear(GIL_DROP_REQUEST)` fails "stale drop request on A
//! after take" (A re-takes with the request B made while A held the lock).
//! With the real code the model passes (104 interleavings, well under a
//! second).

use loom::sync::Mutex;
use loom::thread;
use std::sync::Arc;
use std::time::Duration;
use weft::eval_breaker::{EvalBreaker, GIL_DROP_REQUEST};
use weft::gil::Gil;

const A: u8 = b'A';
const B: u8 = b'B';
/// Logged by A before it drops on request.
const FORCED: u8 = b'F';
const DROP: u8 = b'-';

fn take(gil: &Gil, me: &Arc<EvalBreaker>, who: u8, log: &Mutex<Vec<u8>>) {
    gil.take(me, Duration::from_millis(5));
    assert_eq!(
        me.load() & GIL_DROP_REQUEST,
        0,
        "stale drop request on {} after take",
        who as char
    );
    log.lock().unwrap().push(who);
}

fn check(log: &[u8]) {
    let mut held = false;
    for (i, &e) in log.iter().enumerate() {
        match e {
            A | B => {
                assert!(!held, "two holders: {}", String::from_utf8_lossy(log));
                held = true;
            }
            DROP => held = false,
            FORCED => {
                let next = log[i + 1..].iter().find(|&&x| x == A || x == B);
                assert_eq!(
                    next,
                    Some(&B),
                    "forced switching: A re-took the GIL before B: {}",
                    String::from_utf8_lossy(log)
                );
            }
            _ => unreachable!(),
        }
    }
}

#[test]
fn gil_handoff() {
    let mut builder = loom::model::Builder::new();
    // CI sets LOOM_MAX_PREEMPTIONS=3; bound it the same when unset.
    builder.preemption_bound.get_or_insert(3);
    let runs = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let counter = runs.clone();
    builder.check(move || {
        counter.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let gil = Arc::new(Gil::with_timeouts(1));
        let log = Arc::new(Mutex::new(Vec::new()));
        let a = Arc::new(EvalBreaker::new());
        take(&gil, &a, A, &log);
        let (g, l) = (gil.clone(), log.clone());
        let tb = thread::spawn(move || {
            let b = Arc::new(EvalBreaker::new());
            take(&g, &b, B, &l);
            l.lock().unwrap().push(DROP);
            g.drop_gil(false);
        });
        // A's eval loop: a few polls, yielding on request.
        for _ in 0..2 {
            if a.load() & GIL_DROP_REQUEST != 0 {
                log.lock().unwrap().push(FORCED);
                log.lock().unwrap().push(DROP);
                gil.drop_gil(true);
                take(&gil, &a, A, &log);
            }
            thread::yield_now();
        }
        log.lock().unwrap().push(DROP);
        gil.drop_gil(false);
        tb.join().unwrap();
        check(&log.lock().unwrap());
    });
    println!(
        "gil_handoff: {} interleavings",
        runs.load(std::sync::atomic::Ordering::Relaxed)
    );
}
