//! Stress runner.
//!
//! `stress --seconds N [--threads T]` (T defaults to 4) runs `program.py`
//! through the weft library for N seconds: T worker threads at a time on
//! shared polymorphic code (ints, floats, strs and instances of several
//! classes in shifting proportions), a mutator changing class attributes,
//! methods, globals and builtin shadowing (mostly to equal values, so
//! specializations are invalidated while results stay fixed; every few
//! changes it switches a seqlock-bracketed "world state" whose results
//! differ), workers that exit and are replaced (the new thread takes the
//! freed TLBC index), and generators started in one thread and finished in
//! another. Every job that did not overlap a state switch is checked against
//! the checksum computed for that state before any thread started, so a
//! specialization running on a stale cache is caught (shown 2026-12-05 by
//! removing LOAD_ATTR_NONDESCRIPTOR's type-version guard: mismatch after
//! the second switch); a mismatch exits 1.
//! At the end it prints the specialization stats (`-X stats`) summed over
//! all threads. A run still going after 3N + 120 s fails (a deadlock).
//!
//! `stress --gc-churn ROUNDS` hammers the allocator and collector from one
//! thread instead and checks that every kept object survives intact.

use std::process::exit;

const PROGRAM: &str = include_str!("program.py");

fn usage() -> ! {
    eprintln!("usage: stress --seconds N [--threads T] | stress --gc-churn ROUNDS");
    exit(2);
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut seconds = None;
    let mut threads = 4usize;
    let mut churn = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut num = || -> usize {
            it.next()
                .and_then(|s| s.parse().ok())
                .unwrap_or_else(|| usage())
        };
        match a.as_str() {
            "--seconds" => seconds = Some(num()),
            "--threads" => threads = num(),
            "--gc-churn" => churn = Some(num()),
            _ => usage(),
        }
    }
    if let Some(rounds) = churn {
        let live = weft::stress_support::gc_churn(rounds);
        println!("gc churn: {rounds} rounds, {live} objects live at the end");
        return;
    }
    let Some(seconds) = seconds else { usage() };
    if threads == 0 {
        usage();
    }
    // A deadlock must fail the run, not hang CI.
    let limit = seconds as u64 * 3 + 120;
    std::thread::spawn(move || {
        std::thread::sleep(std::time::Duration::from_secs(limit));
        eprintln!("stress: FAILED: still running after {limit} s (deadlock?)");
        exit(1);
    });
    weft::specialize::stats::set_enabled(true);
    println!("stress: {seconds} s, {threads} worker thread(s) at a time");
    let code = weft::stress_support::run_program(
        PROGRAM,
        "stress",
        &[seconds.to_string(), threads.to_string()],
    );
    print_stats();
    if code != 0 {
        eprintln!("stress: FAILED (exit status {code})");
    }
    exit(code);
}

/// Sums the per-family counters of the stats report and prints a table.
fn print_stats() {
    const FIELDS: [&str; 6] = [
        "executions",
        "hits",
        "misses",
        "specialization successes",
        "specialization failures",
        "deopts",
    ];
    let report = weft::specialize::stats::report();
    let mut rows: Vec<(String, [u64; 6])> = Vec::new();
    for line in report.lines().skip(1) {
        if !line.starts_with(' ') {
            rows.push((line.trim_end_matches(':').to_string(), [0; 6]));
            continue;
        }
        let Some((key, val)) = line.trim().split_once(": ") else {
            continue;
        };
        let Some(k) = FIELDS.iter().position(|f| *f == key) else {
            continue;
        };
        let n = val.split(' ').next().and_then(|v| v.parse().ok());
        if let (Some(row), Some(n)) = (rows.last_mut(), n) {
            row.1[k] = n;
        }
    }
    let mut total = [0u64; 6];
    println!(
        "{:<16} {:>12} {:>12} {:>10} {:>9} {:>9} {:>7}",
        "family", "executions", "hits", "misses", "spec ok", "spec fail", "deopts"
    );
    for (name, c) in &rows {
        println!(
            "{:<16} {:>12} {:>12} {:>10} {:>9} {:>9} {:>7}",
            name, c[0], c[1], c[2], c[3], c[4], c[5]
        );
        for (t, v) in total.iter_mut().zip(c) {
            *t += v;
        }
    }
    println!(
        "specializations: {} succeeded, {} failed; hits {}, misses {}, deopts {}",
        total[3], total[4], total[1], total[2], total[5]
    );
}
