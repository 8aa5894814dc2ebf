//! `-X stats`: per-family specialization counters, like CPython's pystats.
//! Each thread counts into its own `Stats` (no shared writes on the hot
//! path); a thread merges them into the global total when it exits, and the
//! interpreter prints the total at exit.

use crate::isa::{Op, ALL};
use parking_lot::Mutex;
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, Ordering};

static ENABLED: AtomicBool = AtomicBool::new(false);
static TOTAL: Mutex<Option<Box<Stats>>> = Mutex::new(None);

pub fn set_enabled(on: bool) {
    ENABLED.store(on, Ordering::Relaxed);
}

pub fn enabled() -> bool {
    ENABLED.load(Ordering::Relaxed)
}

/// Counters of one family (indexed by its head).
#[derive(Clone, Default)]
pub struct Family {
    /// Instructions of the family dispatched (a miss counts once).
    pub executions: u64,
    /// Specialized members that ran to completion.
    pub hits: u64,
    /// Specialized members whose guard failed (ran the generic body).
    pub misses: u64,
    /// Generic executions that did not try to specialize (backing off).
    pub deferred: u64,
    pub successes: u64,
    pub failures: u64,
    /// Specialized instructions turned back into the head (failed re-specialization).
    pub deopts: u64,
    pub failure_kinds: BTreeMap<&'static str, u64>,
    /// Hits per member opcode.
    pub member_hits: BTreeMap<u8, u64>,
}

pub struct Stats {
    pub families: Vec<Family>,
}

impl Stats {
    pub fn new() -> Box<Stats> {
        Box::new(Stats {
            families: vec![Family::default(); ALL.len()],
        })
    }
    #[inline]
    pub fn family(&mut self, op: Op) -> &mut Family {
        &mut self.families[op.deopt() as usize]
    }
    pub fn hit(&mut self, op: Op) {
        let f = self.family(op);
        f.executions += 1;
        f.hits += 1;
        *f.member_hits.entry(op as u8).or_default() += 1;
    }
    /// A member ran: a hit unless its guard failed (`Flow::Miss`).
    pub fn member(&mut self, op: Op, flow: &crate::eval::regs::Flow) {
        if matches!(flow, crate::eval::regs::Flow::Miss) {
            self.miss(op)
        } else {
            self.hit(op)
        }
    }
    /// A guard failed; the generic body runs next (and counts the execution).
    pub fn miss(&mut self, op: Op) {
        self.family(op).misses += 1;
    }
    /// A generic execution of the head.
    pub fn generic(&mut self, head: Op) {
        let f = self.family(head);
        f.executions += 1;
        f.deferred += 1;
    }
    pub fn attempt(&mut self, head: Op, was_specialized: bool, outcome: Result<Op, &'static str>) {
        let f = self.family(head);
        match outcome {
            Ok(_) => f.successes += 1,
            Err(kind) => {
                f.failures += 1;
                *f.failure_kinds.entry(kind).or_default() += 1;
                if was_specialized {
                    f.deopts += 1;
                }
            }
        }
    }
    fn merge(&mut self, other: &Stats) {
        for (a, b) in self.families.iter_mut().zip(&other.families) {
            a.executions += b.executions;
            a.hits += b.hits;
            a.misses += b.misses;
            a.deferred += b.deferred;
            a.successes += b.successes;
            a.failures += b.failures;
            a.deopts += b.deopts;
            for (k, v) in &b.failure_kinds {
                *a.failure_kinds.entry(k).or_default() += v;
            }
            for (k, v) in &b.member_hits {
                *a.member_hits.entry(*k).or_default() += v;
            }
        }
    }
}

/// A thread is done: add its counters to the total.
pub fn merge(stats: Option<Box<Stats>>) {
    if let Some(s) = stats {
        let mut total = TOTAL.lock();
        match total.as_mut() {
            Some(t) => t.merge(&s),
            None => *total = Some(s),
        }
    }
}

fn pct(n: u64, d: u64) -> String {
    if d == 0 {
        "0.0%".into()
    } else {
        format!("{:.1}%", 100.0 * n as f64 / d as f64)
    }
}

/// The report printed at exit (stderr).
pub fn report() -> String {
    use std::fmt::Write;
    let total = TOTAL.lock();
    let mut out = String::from("Specialization stats (weft -X stats):\n");
    let Some(t) = total.as_ref() else {
        return out;
    };
    for (i, f) in t.families.iter().enumerate() {
        if f.executions == 0 && f.successes == 0 && f.failures == 0 {
            continue;
        }
        let head = ALL[i];
        let _ = writeln!(out, "{}:", head.name());
        let _ = writeln!(out, "    executions: {}", f.executions);
        let _ = writeln!(
            out,
            "    hits: {} ({} of executions)",
            f.hits,
            pct(f.hits, f.executions)
        );
        let _ = writeln!(out, "    misses: {}", f.misses);
        let _ = writeln!(out, "    deferred: {}", f.deferred);
        let _ = writeln!(out, "    specialization successes: {}", f.successes);
        let _ = writeln!(out, "    specialization failures: {}", f.failures);
        let _ = writeln!(out, "    deopts: {}", f.deopts);
        for (k, v) in &f.failure_kinds {
            let _ = writeln!(out, "        failure kind {k}: {v}");
        }
        for (op, v) in &f.member_hits {
            let name = Op::from_u8(*op).map_or("?", |o| o.name());
            let _ = writeln!(out, "        {name}: {v}");
        }
    }
    out
}
