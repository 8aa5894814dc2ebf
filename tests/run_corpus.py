#!/usr/bin/env python3
"""Run Weft's test corpus (tests/conformance/<level>/ and tests/programs/) under a VM.

This is the Python twin of the cargo harness (vm/tests/conformance.rs + vm/tests/common/mod.rs):
the same comparison as ../shared/tools/conformance.py, and the same use of
tests/conformance/EXPECTED_FAILURES. Handy with a release binary, and to rewrite that file.

usage: run_corpus.py [--vm CMD] [--level NAME ...] [--mode normal|gc-stress|both]
                     [--timeout S] [--jobs N] [--show-failures] [--write-expected]

  --vm CMD            interpreter command (default: target/release/weft of this repo)
  --level NAME        suite(s) to run: l1_core ... l6_threads, errors, programs (default: all)
  --mode              normal (weft NAME.py), gc-stress (weft -X gc-stress NAME.py) or both
                      (default: normal; --write-expected always runs both)
  --show-failures     also print the reason of every expected failure
  --write-expected    rewrite EXPECTED_FAILURES to exactly the programs that fail now (entries
                      for suites not run are kept)

Prints `suite: N passed, M failed, K expected failures` per suite and mode, then every
unexpected failure or pass. Exits 1 if there was any (0 with --write-expected once written).
"""
import argparse
import concurrent.futures as cf
import os
import shlex
import signal
import subprocess
import sys

TESTS = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(TESTS)
CORPUS = os.path.join(TESTS, "conformance")
PROGRAMS = os.path.join(TESTS, "programs")
EXPECTED = os.path.join(CORPUS, "EXPECTED_FAILURES")
# The order of the tests in vm/tests/conformance.rs.
SUITES = ["l1_core", "l2_data", "l3_objects", "l4_control", "l5_modules", "l6_threads",
          "errors", "programs"]
MODES = {"normal": [], "gc-stress": ["-X", "gc-stress"], "tlbc0": ["-X", "tlbc=0"]}

HEADER = """\
# Programs that are known to fail under weft (read by vm/tests/conformance.rs and tests/run_corpus.py).
#
# One entry per line: `level/name.py` (a folder of tests/conformance/, or `programs/` for
# tests/programs/), optionally followed by `gc-stress` if it only fails under `-X gc-stress`.
# A listed program that fails is an "expected failure"; a listed program that passes fails the
# test ("unexpectedly passed, remove it from EXPECTED_FAILURES"), so this list can only shrink.
# tests/update_expected_failures.sh rewrites it to the currently failing set (comments after an
# entry are kept while the entry stays).
"""


def suite_dir(suite):
    return PROGRAMS if suite == "programs" else os.path.join(CORPUS, suite)


def last_line(text):
    lines = [l for l in text.splitlines() if l.strip()]
    return lines[-1].rstrip() if lines else ""


def run_one(vm, path, timeout):
    """Same logic as ../shared/tools/conformance.py; returns (passed, reason)."""
    folder, name = os.path.split(path)
    base = path[:-3]
    try:
        with open(base + ".out", encoding="utf-8", errors="replace", newline="") as f:
            want = f.read()
    except OSError as e:
        return False, "cannot read %s.out (%s); run tests/regen_golden.sh" % (base, e.strerror)
    try:
        p = subprocess.Popen(vm + [name], cwd=folder, stdin=subprocess.DEVNULL,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             start_new_session=True)
    except OSError as e:
        return False, "cannot start %s: %s" % (vm[0], e)
    try:
        out, err = p.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        return False, "timed out after %g s (killed)" % timeout
    finally:
        if p.returncode is None:  # timeout or Ctrl-C: kill the whole process group
            try:
                os.killpg(p.pid, signal.SIGKILL)
            except OSError:
                pass
            p.wait()
    out = out.decode("utf-8", "replace")
    err = err.decode("utf-8", "replace")
    note = "; stderr: %s" % last_line(err)[:200] if last_line(err) else ""
    status = "exit %d" % p.returncode if p.returncode >= 0 else "killed by signal %d" % -p.returncode
    if os.path.exists(base + ".code"):
        with open(base + ".code") as f:
            want_code = int(f.read().strip() or 0)
        with open(base + ".err", encoding="utf-8", errors="replace") as f:
            want_err = last_line(f.read())
        if p.returncode != want_code:
            return False, "%s, want exit %d%s" % (status, want_code, note)
        if last_line(err) != want_err:
            return False, "stderr last line %r, want %r" % (last_line(err)[:200], want_err)
    elif p.returncode != 0:
        return False, status + note
    if out != want:
        got_l, want_l = out.splitlines(), want.splitlines()
        for i in range(max(len(got_l), len(want_l))):
            g = repr(got_l[i][:120]) if i < len(got_l) else "<missing>"
            w = repr(want_l[i][:120]) if i < len(want_l) else "<missing>"
            if g != w:
                return False, "line %d: got %s, want %s (got %d lines, want %d)%s" % (
                    i + 1, g, w, len(got_l), len(want_l), note)
        return False, "output differs in line ends or trailing newlines" + note
    return True, ""


def list_programs(suite):
    folder = suite_dir(suite)
    return sorted(f for f in os.listdir(folder)
                  if f.endswith(".py") and not f.startswith("_")
                  and os.path.isfile(os.path.join(folder, f)))


def read_expected():
    """Returns {key: (scope, comment)} with scope 'all' or 'gc-stress'."""
    entries = {}
    if not os.path.exists(EXPECTED):
        return entries
    with open(EXPECTED, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            line, _, comment = raw.partition("#")
            words = line.split()
            if not words:
                continue
            if len(words) > 2 or (len(words) == 2 and words[1] != "gc-stress"):
                sys.exit("EXPECTED_FAILURES line %d: %r: want `level/name.py [gc-stress]`" % (n, raw))
            scope = "gc-stress" if len(words) == 2 else "all"
            entries[words[0]] = (scope, comment.strip())
    return entries


def write_expected(old, failing, suites_run):
    """failing: {key: set of modes in which it failed}."""
    new = {k: v for k, v in old.items() if k.split("/")[0] not in suites_run}
    for key, modes in failing.items():
        comment = old.get(key, ("", ""))[1]
        if "normal" in modes:
            if "gc-stress" not in modes:
                print("warning: %s fails without -X gc-stress but passes with it; listed for both "
                      "modes, so the cargo test %s will report an unexpected pass"
                      % (key, key.split("/")[0] + "_gc_stress"), file=sys.stderr)
            new[key] = ("all", comment)
        else:
            new[key] = ("gc-stress", comment)
    order = {s: i for i, s in enumerate(SUITES)}
    keys = sorted(new, key=lambda k: (order.get(k.split("/")[0], len(SUITES)), k))
    lines = [HEADER]
    prev = None
    for key in keys:
        suite = key.split("/")[0]
        if suite != prev:
            lines.append("\n")
            prev = suite
        scope, comment = new[key]
        entry = key + (" gc-stress" if scope == "gc-stress" else "")
        lines.append(entry + ("  # " + comment if comment else "") + "\n")
    with open(EXPECTED, "w", encoding="utf-8") as f:
        f.write("".join(lines))
    print("wrote %s: %d entries" % (os.path.relpath(EXPECTED, REPO), len(new)))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--vm", default=os.path.join(REPO, "target", "release", "weft"))
    ap.add_argument("--level", action="append", choices=SUITES)
    ap.add_argument("--mode", choices=["normal", "gc-stress", "tlbc0", "both"], default="normal")
    ap.add_argument("--timeout", type=float, default=60)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--show-failures", action="store_true")
    ap.add_argument("--write-expected", action="store_true")
    a = ap.parse_args()
    vm = shlex.split(a.vm)
    if os.path.exists(vm[0]):
        vm[0] = os.path.abspath(vm[0])
    suites = a.level or SUITES
    modes = ["normal", "gc-stress"] if a.write_expected or a.mode == "both" else [a.mode]
    expected = read_expected()
    problems = []
    failing = {}  # key -> set of modes
    for mode in modes:
        for suite in suites:
            folder = suite_dir(suite)
            if not os.path.isdir(folder):
                problems.append("missing folder %s" % folder)
                continue
            names = list_programs(suite)
            with cf.ThreadPoolExecutor(max(1, a.jobs)) as ex:
                results = list(ex.map(
                    lambda n: run_one(vm + MODES[mode], os.path.join(folder, n), a.timeout), names))
            counts = {"passed": 0, "failed": 0, "xfail": 0, "xpass": 0}
            for name, (ok, why) in zip(names, results):
                key = "%s/%s" % (suite, name)
                scope = expected.get(key, (None,))[0]
                listed = scope == "all" or (scope == "gc-stress" and mode == "gc-stress")
                if not ok:
                    failing.setdefault(key, set()).add(mode)
                if ok and not listed:
                    counts["passed"] += 1
                elif not ok and not listed:
                    counts["failed"] += 1
                    problems.append("FAIL %s%s: %s" % (key, " [gc-stress]" * (mode != "normal"), why))
                elif not ok:
                    counts["xfail"] += 1
                    if a.show_failures:
                        print("   expected failure %s: %s" % (key, why))
                else:
                    counts["xpass"] += 1
                    problems.append("UNEXPECTED PASS %s%s: unexpectedly passed, remove it from "
                                    "tests/conformance/EXPECTED_FAILURES"
                                    % (key, " [gc-stress]" * (mode != "normal")))
            for key in expected:
                if key.split("/")[0] == suite and key.split("/", 1)[1] not in names:
                    problems.append("STALE %s: listed in EXPECTED_FAILURES, but there is no such "
                                    "program" % key)
            label = suite + {"gc-stress": "_gc_stress", "tlbc0": "_tlbc0"}.get(mode, "")
            line = "%s: %d passed, %d failed, %d expected failures" % (
                label, counts["passed"], counts["failed"], counts["xfail"])
            if counts["xpass"]:
                line += ", %d unexpectedly passed" % counts["xpass"]
            print(line, flush=True)
    if a.write_expected:
        write_expected(expected, failing, set(suites))
        return 0
    for p in dict.fromkeys(problems):
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
