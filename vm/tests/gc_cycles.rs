//! Cycle collection: building and dropping ten million cyclic pairs keeps
//! a flat peak RSS. This file holds one test so that RUSAGE_CHILDREN's
//! maximum RSS belongs to that one `weft` process.

use std::process::Command;

/// Peak RSS allowed for the child, in KiB. Without cycle collection the
/// program needs well over a gigabyte (20 million lists with buffers).
const PEAK_RSS_BOUND_KIB: i64 = 200 * 1024;

#[test]
fn ten_million_cyclic_pairs_keep_peak_rss_flat() {
    let prog = "n = 0\nfor i in range(10_000_000):\n    a = [i]\n    b = [a]\n    a.append(b)\n    n += len(a)\nprint(n)\n";
    let out = Command::new(env!("CARGO_BIN_EXE_weft"))
        .args(["-c", prog])
        .output()
        .expect("run weft");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "20000000\n",
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut usage = std::mem::MaybeUninit::<libc::rusage>::zeroed();
    // SAFETY: getrusage writes a full `rusage` into the pointer we pass.
    let usage = unsafe {
        assert_eq!(
            libc::getrusage(libc::RUSAGE_CHILDREN, usage.as_mut_ptr()),
            0
        );
        usage.assume_init()
    };
    let peak_kib = usage.ru_maxrss;
    assert!(
        peak_kib < PEAK_RSS_BOUND_KIB,
        "peak RSS {peak_kib} KiB exceeds {PEAK_RSS_BOUND_KIB} KiB"
    );
}
