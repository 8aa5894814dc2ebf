//! loom models of Weft's concurrency protocols. Each model drives the real
//! module (compiled against loom's primitives through `weft::atomics::sync`)
//! and documents the planted bug it was shown to catch.
//!
//! Run: `RUSTFLAGS="--cfg weft_loom" CARGO_TARGET_DIR=target/loom
//! LOOM_MAX_PREEMPTIONS=3 cargo test -p loom-tests` (as CI).

#[cfg(all(test, weft_loom))]
mod gil_model;
#[cfg(all(test, weft_loom))]
mod index_pool_model;
#[cfg(all(test, weft_loom))]
mod spec_model;
#[cfg(all(test, weft_loom))]
mod stw_model;
#[cfg(all(test, weft_loom))]
mod tlbc_model;

#[cfg(all(test, weft_loom))]
mod eval_breaker_model {
    use loom::thread;
    use std::sync::Arc;
    use weft::eval_breaker::{EvalBreaker, CALLS_TO_DO, GC_SCHEDULED};

    /// Two threads set different events while the owner handles them with
    /// `take`: every event is handled exactly once. Planted bug shown to be
    /// caught (2026-11-23): `take` written as a load followed by a plain
    /// `store(load() & !bit)` instead of one `fetch_and` overwrites an event
    /// another thread set in between, so the final count comes out 1 and
    /// the assertion fails; with the real `fetch_and` the model passes.
    #[test]
    fn no_lost_or_doubled_event() {
        loom::model(|| {
            let b = Arc::new(EvalBreaker::new());
            let b1 = b.clone();
            let t1 = thread::spawn(move || b1.set(GC_SCHEDULED));
            let b2 = b.clone();
            let t2 = thread::spawn(move || b2.set(CALLS_TO_DO));
            let mut handled = 0;
            for _ in 0..2 {
                handled += b.take(GC_SCHEDULED) as u32;
                handled += b.take(CALLS_TO_DO) as u32;
            }
            t1.join().unwrap();
            t2.join().unwrap();
            handled += b.take(GC_SCHEDULED) as u32;
            handled += b.take(CALLS_TO_DO) as u32;
            assert_eq!(handled, 2);
        });
    }
}
