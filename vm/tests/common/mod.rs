//! Shared harness code: runs Python programs under the `weft` binary and compares them with the
//! golden files made by CPython (see `tests/conformance/README.md`).
//!
//! The comparison is the one of `../shared/tools/conformance.py`:
//! - the program runs with its own folder as the working directory, with its file name as the only
//!   argument (after the VM options), and with stdin connected to /dev/null;
//! - stdout must equal `NAME.out` byte for byte;
//! - if `NAME.code` exists (error tests), the exit status must equal it and the last non-empty line
//!   of stderr must equal the last non-empty line of `NAME.err`; otherwise the exit status must
//!   be 0.
//!
//! Known failures are listed in `tests/conformance/EXPECTED_FAILURES` (see `ExpectedFailures`).
//!
//! Environment knobs (all optional):
//! - `WEFT_CONFORMANCE_TIMEOUT`: seconds before a program is killed (default 60);
//! - `WEFT_CONFORMANCE_JOBS`: programs run at once, over all tests of the binary (default 2);
//! - `WEFT_CONFORMANCE_FILTER`: only run programs whose `level/name.py` contains this string.

#![allow(dead_code)]

use std::collections::BTreeMap;
use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex};
use std::thread;
use std::time::{Duration, Instant};

/// Seconds before a program is killed, unless `WEFT_CONFORMANCE_TIMEOUT` says otherwise.
pub const DEFAULT_TIMEOUT_SECS: f64 = 60.0;
/// Worker threads per test, and VM processes at once over the whole test binary.
pub const DEFAULT_JOBS: usize = 2;

/// The root of the repository (the parent of the `vm` crate).
pub fn repo_root() -> PathBuf {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().unwrap_or(manifest).to_path_buf()
}

/// `tests/conformance/`.
pub fn corpus_dir() -> PathBuf {
    repo_root().join("tests").join("conformance")
}

/// `tests/programs/`.
pub fn programs_dir() -> PathBuf {
    repo_root().join("tests").join("programs")
}

/// `tests/conformance/EXPECTED_FAILURES`.
pub fn expected_failures_path() -> PathBuf {
    corpus_dir().join("EXPECTED_FAILURES")
}

/// The folder of a suite: `programs` is `tests/programs/`, anything else is a level folder of
/// `tests/conformance/`.
pub fn suite_dir(suite: &str) -> PathBuf {
    if suite == "programs" {
        programs_dir()
    } else {
        corpus_dir().join(suite)
    }
}

/// How the VM is run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// `weft NAME.py`
    Normal,
    /// `weft -X gc-stress NAME.py`
    GcStress,
    /// `weft -X tlbc=0 NAME.py`: one bytecode copy, specialization off
    NoTlbc,
}

impl Mode {
    pub fn vm_args(self) -> &'static [&'static str] {
        match self {
            Mode::Normal => &[],
            Mode::GcStress => &["-X", "gc-stress"],
            Mode::NoTlbc => &["-X", "tlbc=0"],
        }
    }

    pub fn suffix(self) -> &'static str {
        match self {
            Mode::Normal => "",
            Mode::GcStress => "_gc_stress",
            Mode::NoTlbc => "_tlbc0",
        }
    }
}

/// Which modes an `EXPECTED_FAILURES` entry covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// `level/name.py`: expected to fail in every mode.
    All,
    /// `level/name.py gc-stress`: expected to fail only under `-X gc-stress`.
    GcStressOnly,
}

/// The parsed `tests/conformance/EXPECTED_FAILURES`.
///
/// One entry per line: `level/name.py` (e.g. `l3_objects/slots.py` or `programs/foo.py`),
/// optionally followed by the word `gc-stress` when the program is only expected to fail under
/// `-X gc-stress`. `#` starts a comment; blank lines are ignored.
#[derive(Debug, Default)]
pub struct ExpectedFailures {
    pub entries: BTreeMap<String, Scope>,
}

impl ExpectedFailures {
    pub fn parse(text: &str) -> Result<Self, String> {
        let mut entries = BTreeMap::new();
        for (i, raw) in text.lines().enumerate() {
            let line = raw.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            let words: Vec<&str> = line.split_whitespace().collect();
            let scope = match words.as_slice() {
                [_] => Scope::All,
                [_, "gc-stress"] => Scope::GcStressOnly,
                _ => {
                    return Err(format!(
                        "EXPECTED_FAILURES line {}: {:?}: want `level/name.py` or `level/name.py gc-stress`",
                        i + 1,
                        raw
                    ))
                }
            };
            let key = words[0];
            if key.split('/').count() != 2 || !key.ends_with(".py") {
                return Err(format!(
                    "EXPECTED_FAILURES line {}: {:?} is not of the form `level/name.py`",
                    i + 1,
                    key
                ));
            }
            if entries.insert(key.to_string(), scope).is_some() {
                return Err(format!(
                    "EXPECTED_FAILURES line {}: {:?} is listed twice",
                    i + 1,
                    key
                ));
            }
        }
        Ok(ExpectedFailures { entries })
    }

    /// Reads the file; a missing file means no expected failures.
    pub fn load() -> Result<Self, String> {
        let path = expected_failures_path();
        match fs::read_to_string(&path) {
            Ok(text) => Self::parse(&text),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Self::default()),
            Err(e) => Err(format!("cannot read {}: {e}", path.display())),
        }
    }

    pub fn expects_failure(&self, key: &str, mode: Mode) -> bool {
        match self.entries.get(key) {
            Some(Scope::All) => true,
            Some(Scope::GcStressOnly) => mode == Mode::GcStress,
            None => false,
        }
    }
}

/// The result of running one program.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub passed: bool,
    /// Why it failed (empty when it passed).
    pub detail: String,
}

impl Outcome {
    fn pass() -> Self {
        Outcome {
            passed: true,
            detail: String::new(),
        }
    }

    fn fail(detail: impl Into<String>) -> Self {
        Outcome {
            passed: false,
            detail: detail.into(),
        }
    }
}

/// Python's `str.splitlines()` (without the line ends).
pub fn split_lines(text: &str) -> Vec<&str> {
    let mut lines = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let is_break = matches!(
            c,
            '\n' | '\r'
                | '\x0b'
                | '\x0c'
                | '\x1c'
                | '\x1d'
                | '\x1e'
                | '\u{85}'
                | '\u{2028}'
                | '\u{2029}'
        );
        if is_break {
            lines.push(&text[start..i]);
            let mut end = i + c.len_utf8();
            if c == '\r' {
                if let Some(&(j, '\n')) = chars.peek() {
                    chars.next();
                    end = j + 1;
                }
            }
            start = end;
        }
    }
    if start < text.len() {
        lines.push(&text[start..]);
    }
    lines
}

/// The last line of `text` that is not blank, without trailing whitespace.
pub fn last_line(text: &str) -> &str {
    split_lines(text)
        .into_iter()
        .rev()
        .find(|l| !l.trim().is_empty())
        .map(|l| l.trim_end())
        .unwrap_or("")
}

/// At most `n` characters of `s`.
fn truncate(s: &str, n: usize) -> &str {
    match s.char_indices().nth(n) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

/// Describes the first line where `got` and `want` differ.
pub fn first_difference(got: &str, want: &str) -> String {
    let got_lines = split_lines(got);
    let want_lines = split_lines(want);
    for i in 0..got_lines.len().max(want_lines.len()) {
        let g = got_lines.get(i).copied();
        let w = want_lines.get(i).copied();
        if g != w {
            let show = |l: Option<&str>| match l {
                Some(l) => format!("{:?}", truncate(l, 120)),
                None => "<missing>".to_string(),
            };
            return format!(
                "line {}: got {}, want {} (got {} lines, want {})",
                i + 1,
                show(g),
                show(w),
                got_lines.len(),
                want_lines.len()
            );
        }
    }
    "output differs in line ends or trailing newlines".to_string()
}

fn describe_status(status: &ExitStatus) -> String {
    if let Some(code) = status.code() {
        return format!("exit {code}");
    }
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(sig) = status.signal() {
            let name = match sig {
                4 => " (SIGILL)",
                6 => " (SIGABRT)",
                7 => " (SIGBUS)",
                8 => " (SIGFPE)",
                9 => " (SIGKILL)",
                11 => " (SIGSEGV)",
                _ => "",
            };
            return format!("killed by signal {sig}{name}");
        }
    }
    format!("{status}")
}

/// A counting semaphore limiting the VM processes alive at once over the whole test binary
/// (cargo runs several `#[test]` functions at the same time).
struct Slots {
    used: Mutex<usize>,
    freed: Condvar,
}

static SLOTS: Slots = Slots {
    used: Mutex::new(0),
    freed: Condvar::new(),
};

struct SlotGuard;

impl SlotGuard {
    fn acquire(limit: usize) -> SlotGuard {
        let mut used = SLOTS.used.lock().unwrap_or_else(|e| e.into_inner());
        while *used >= limit {
            used = SLOTS.freed.wait(used).unwrap_or_else(|e| e.into_inner());
        }
        *used += 1;
        SlotGuard
    }
}

impl Drop for SlotGuard {
    fn drop(&mut self) {
        let mut used = SLOTS.used.lock().unwrap_or_else(|e| e.into_inner());
        *used -= 1;
        SLOTS.freed.notify_one();
    }
}

fn env_number(name: &str) -> Option<f64> {
    std::env::var(name).ok()?.trim().parse().ok()
}

pub fn timeout() -> Duration {
    let secs = env_number("WEFT_CONFORMANCE_TIMEOUT")
        .filter(|s| *s > 0.0)
        .unwrap_or(DEFAULT_TIMEOUT_SECS);
    Duration::from_secs_f64(secs)
}

pub fn jobs() -> usize {
    env_number("WEFT_CONFORMANCE_JOBS")
        .map(|j| j as usize)
        .filter(|j| *j > 0)
        .unwrap_or(DEFAULT_JOBS)
}

/// Reads a pipe to its end on a new thread.
fn spawn_reader<R: Read + Send + 'static>(pipe: Option<R>) -> thread::JoinHandle<Vec<u8>> {
    thread::spawn(move || {
        let mut buf = Vec::new();
        if let Some(mut p) = pipe {
            let _ = p.read_to_end(&mut buf);
        }
        buf
    })
}

/// Runs `bin [vm_args] NAME.py` in the program's folder and compares it with the golden files.
pub fn run_one(bin: &Path, vm_args: &[&str], program: &Path, timeout: Duration) -> Outcome {
    let folder = program.parent().unwrap_or(Path::new("."));
    let name = program.file_name().unwrap_or_default();
    let base = program.with_extension("");
    let golden = |ext: &str| PathBuf::from(format!("{}.{ext}", base.display()));

    let want_out = match fs::read(golden("out")) {
        Ok(b) => String::from_utf8_lossy(&b).into_owned(),
        Err(e) => {
            return Outcome::fail(format!(
                "cannot read {} ({e}); run tests/regen_golden.sh",
                golden("out").display()
            ))
        }
    };
    let want_code = match fs::read_to_string(golden("code")) {
        Ok(text) => {
            let code = match text.trim() {
                "" => 0,
                t => match t.parse::<i32>() {
                    Ok(c) => c,
                    Err(_) => return Outcome::fail(format!("bad exit code {t:?} in .code file")),
                },
            };
            let want_err = fs::read(golden("err"))
                .map(|b| last_line(&String::from_utf8_lossy(&b)).to_string())
                .unwrap_or_default();
            Some((code, want_err))
        }
        Err(_) => None,
    };

    let _slot = SlotGuard::acquire(jobs());
    let mut child = match Command::new(bin)
        .args(vm_args)
        .arg(name)
        .current_dir(folder)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
    {
        Ok(c) => c,
        Err(e) => return Outcome::fail(format!("cannot start {}: {e}", bin.display())),
    };
    let out_reader = spawn_reader(child.stdout.take());
    let err_reader = spawn_reader(child.stderr.take());

    let deadline = Instant::now() + timeout;
    let mut pause = Duration::from_millis(1);
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if Instant::now() >= deadline => {
                let _ = child.kill();
                let _ = child.wait();
                // The readers are left alone: a grandchild could still hold the pipes open.
                return Outcome::fail(format!(
                    "timed out after {} s (killed)",
                    timeout.as_secs_f64()
                ));
            }
            Ok(None) => {
                thread::sleep(pause);
                pause = (pause * 2).min(Duration::from_millis(20));
            }
            Err(e) => {
                let _ = child.kill();
                let _ = child.wait();
                return Outcome::fail(format!("cannot wait for the VM: {e}"));
            }
        }
    };
    let out = String::from_utf8_lossy(&out_reader.join().unwrap_or_default()).into_owned();
    let err = String::from_utf8_lossy(&err_reader.join().unwrap_or_default()).into_owned();
    let err_last = truncate(last_line(&err), 200).to_string();
    let stderr_note = if err_last.is_empty() {
        String::new()
    } else {
        format!("; stderr: {err_last}")
    };

    match want_code {
        Some((code, want_err)) => {
            if status.code() != Some(code) {
                return Outcome::fail(format!(
                    "{}, want exit {code}{stderr_note}",
                    describe_status(&status)
                ));
            }
            if last_line(&err) != want_err {
                return Outcome::fail(format!(
                    "stderr last line {:?}, want {:?}",
                    err_last, want_err
                ));
            }
        }
        None => {
            if status.code() != Some(0) {
                return Outcome::fail(format!("{}{stderr_note}", describe_status(&status)));
            }
        }
    }
    if out != want_out {
        return Outcome::fail(format!(
            "{}{stderr_note}",
            first_difference(&out, &want_out)
        ));
    }
    Outcome::pass()
}

/// Runs every program on `jobs` worker threads; the results are in the order of `programs`.
pub fn run_all(
    bin: &Path,
    vm_args: &[&str],
    programs: &[PathBuf],
    timeout: Duration,
) -> Vec<Outcome> {
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<Outcome>>> = Mutex::new(vec![None; programs.len()]);
    thread::scope(|s| {
        for _ in 0..jobs().min(programs.len().max(1)) {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                let Some(program) = programs.get(i) else {
                    break;
                };
                let outcome = run_one(bin, vm_args, program, timeout);
                results.lock().unwrap_or_else(|e| e.into_inner())[i] = Some(outcome);
            });
        }
    });
    results
        .into_inner()
        .unwrap_or_else(|e| e.into_inner())
        .into_iter()
        .map(|o| o.unwrap_or_else(|| Outcome::fail("harness error: not run")))
        .collect()
}

/// The test programs of a folder: `*.py` files not starting with `_`, sorted by name.
pub fn list_programs(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let entries = fs::read_dir(dir).map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
    let mut programs: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            p.is_file() && name.ends_with(".py") && !name.starts_with('_')
        })
        .collect();
    programs.sort();
    Ok(programs)
}

/// Writes a line to the real stderr, bypassing the test harness's output capture, so that the
/// summary of every suite shows up in the `cargo test` log even when the test passes.
pub fn announce(line: &str) {
    let mut err = std::io::stderr().lock();
    let _ = writeln!(err, "{line}");
    let _ = err.flush();
}

/// Runs one suite (a level folder of the corpus, or `programs`) in one mode, prints a summary line
/// and panics with a report if anything other than an expected failure went wrong.
pub fn check_suite(bin: &Path, suite: &str, mode: Mode) {
    let label = format!("{suite}{}", mode.suffix());
    let dir = suite_dir(suite);
    let expected = match ExpectedFailures::load() {
        Ok(e) => e,
        Err(e) => panic!("{label}: {e}"),
    };
    let programs = match list_programs(&dir) {
        Ok(p) => p,
        Err(e) => panic!("{label}: {e}"),
    };
    let key_of = |p: &Path| {
        format!(
            "{suite}/{}",
            p.file_name().and_then(|n| n.to_str()).unwrap_or("?")
        )
    };
    let filter = std::env::var("WEFT_CONFORMANCE_FILTER").unwrap_or_default();
    let programs: Vec<PathBuf> = programs
        .into_iter()
        .filter(|p| key_of(p).contains(filter.as_str()))
        .collect();

    let started = Instant::now();
    let outcomes = run_all(bin, mode.vm_args(), &programs, timeout());

    let mut passed = 0;
    let mut failed = 0;
    let mut xfailed = 0;
    let mut xpassed = 0;
    let mut problems = Vec::new();
    for (program, outcome) in programs.iter().zip(&outcomes) {
        let key = key_of(program);
        let listed = expected.expects_failure(&key, mode);
        match (outcome.passed, listed) {
            (true, false) => passed += 1,
            (false, false) => {
                failed += 1;
                problems.push(format!("FAIL {key}: {}", outcome.detail));
            }
            (false, true) => {
                xfailed += 1;
                println!("expected failure {key}: {}", outcome.detail);
            }
            (true, true) => {
                xpassed += 1;
                problems.push(format!(
                    "UNEXPECTED PASS {key}: unexpectedly passed, remove it from \
                     tests/conformance/EXPECTED_FAILURES"
                ));
            }
        }
    }
    // Entries of this suite that name no program are stale.
    if filter.is_empty() {
        for key in expected.entries.keys() {
            if key.split('/').next() == Some(suite) && !programs.iter().any(|p| key_of(p) == *key) {
                problems.push(format!(
                    "STALE {key}: listed in tests/conformance/EXPECTED_FAILURES, but there is no such program"
                ));
            }
        }
    }

    let mut summary =
        format!("{label}: {passed} passed, {failed} failed, {xfailed} expected failures");
    if xpassed > 0 {
        summary.push_str(&format!(", {xpassed} unexpectedly passed"));
    }
    if !filter.is_empty() {
        summary.push_str(&format!(" (filter {filter:?})"));
    }
    summary.push_str(&format!(" [{:.1} s]", started.elapsed().as_secs_f64()));
    announce(&summary);
    println!("{summary}");
    if xpassed > 0 && mode == Mode::GcStress {
        problems.push(
            "note: an entry `level/name.py` covers both modes; write `level/name.py gc-stress` \
             for a program that only fails under -X gc-stress (tests/update_expected_failures.sh \
             rewrites the whole list)"
                .to_string(),
        );
    }
    if !problems.is_empty() {
        panic!(
            "{summary}\n{}\n(binary: {}; corpus: {})",
            problems.join("\n"),
            bin.display(),
            dir.display()
        );
    }
}
