//! Conformance tests: every program of `tests/conformance/<level>/` and `tests/programs/` runs
//! under the `weft` binary and is compared with CPython's golden output (see `common/mod.rs` for
//! the rules, and `tests/conformance/README.md` for the corpus).
//!
//! One test per level, plus a `*_gc_stress` variant that runs `weft -X gc-stress NAME.py` and a
//! `*_tlbc0` variant that runs `weft -X tlbc=0 NAME.py` (no per-thread copies, no specialization).
//! Programs listed in `tests/conformance/EXPECTED_FAILURES` may fail ("expected failure"); a
//! listed program that passes fails the test, so the list only shrinks. Each test prints a
//! summary line such as `l1_core: 9 passed, 1 failed, 2 expected failures`.
//!
//! Run one level:      cargo test -p weft --test conformance l2_data
//! See every failure:  cargo test -p weft --test conformance l2_data -- --nocapture
//! One program:        WEFT_CONFORMANCE_FILTER=fstrings cargo test -p weft --test conformance l2_data
//! Rewrite the list:   tests/update_expected_failures.sh

mod common;

use common::Mode;
use std::path::Path;

fn weft() -> &'static Path {
    Path::new(env!("CARGO_BIN_EXE_weft"))
}

macro_rules! suites {
    ($($suite:ident, $gc_stress:ident, $tlbc0:ident;)*) => {
        /// Every suite that has a test; `every_folder_has_a_test` checks it against the disk.
        const SUITES: &[&str] = &[$(stringify!($suite)),*];

        $(
            #[test]
            fn $suite() {
                common::check_suite(weft(), stringify!($suite), Mode::Normal);
            }

            #[test]
            fn $gc_stress() {
                common::check_suite(weft(), stringify!($suite), Mode::GcStress);
            }

            #[test]
            fn $tlbc0() {
                common::check_suite(weft(), stringify!($suite), Mode::NoTlbc);
            }
        )*
    };
}

suites! {
    l1_core, l1_core_gc_stress, l1_core_tlbc0;
    l2_data, l2_data_gc_stress, l2_data_tlbc0;
    l3_objects, l3_objects_gc_stress, l3_objects_tlbc0;
    l4_control, l4_control_gc_stress, l4_control_tlbc0;
    l5_modules, l5_modules_gc_stress, l5_modules_tlbc0;
    l6_threads, l6_threads_gc_stress, l6_threads_tlbc0;
    errors, errors_gc_stress, errors_tlbc0;
    programs, programs_gc_stress, programs_tlbc0;
}

/// A new level folder must get a test above, or it would silently never run.
#[test]
fn every_folder_has_a_test() {
    let corpus = common::corpus_dir();
    let mut missing = Vec::new();
    for entry in std::fs::read_dir(&corpus).expect("cannot list tests/conformance") {
        let path = entry.expect("cannot list tests/conformance").path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if path.is_dir() && !name.starts_with(['.', '_']) && !SUITES.contains(&name) {
            missing.push(name.to_string());
        }
    }
    assert!(
        missing.is_empty(),
        "folders of {} without a test in vm/tests/conformance.rs: {missing:?}",
        corpus.display()
    );
    assert!(
        common::programs_dir().is_dir(),
        "missing folder {}",
        common::programs_dir().display()
    );
}

/// `EXPECTED_FAILURES` must parse, and every entry must name a suite that exists.
#[test]
fn expected_failures_file_is_valid() {
    let expected = common::ExpectedFailures::load().unwrap_or_else(|e| panic!("{e}"));
    let unknown: Vec<&String> = expected
        .entries
        .keys()
        .filter(|k| !SUITES.contains(&k.split('/').next().unwrap_or("")))
        .collect();
    assert!(
        unknown.is_empty(),
        "EXPECTED_FAILURES entries for unknown suites: {unknown:?}"
    );
}

#[test]
fn split_lines_matches_python() {
    use common::{first_difference, last_line, split_lines};
    assert_eq!(split_lines("a\nb\r\nc\rd"), vec!["a", "b", "c", "d"]);
    assert_eq!(split_lines("a\n\n"), vec!["a", ""]);
    assert_eq!(split_lines(""), Vec::<&str>::new());
    assert_eq!(last_line("x\nKeyError: 'k'  \n\n  \n"), "KeyError: 'k'");
    assert_eq!(last_line(""), "");
    assert_eq!(
        first_difference("a\nb\n", "a\nc\n"),
        "line 2: got \"b\", want \"c\" (got 2 lines, want 2)"
    );
    assert_eq!(
        first_difference("a\n", "a\nc\n"),
        "line 2: got <missing>, want \"c\" (got 1 lines, want 2)"
    );
    assert_eq!(
        first_difference("a", "a\n"),
        "output differs in line ends or trailing newlines"
    );
}
