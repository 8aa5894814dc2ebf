//! Stress runner: grows with the threading and specializer issues. Today it
//! hammers the heap allocator and collector from one thread and checks that
//! every object survives or dies as it should.

fn main() {
    let rounds: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(100);
    let live = weft::stress_support::gc_churn(rounds);
    println!("gc churn: {rounds} rounds, {live} objects live at the end");
}
