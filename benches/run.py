#!/usr/bin/env python3
"""Benchmark runner: weft against CPython on the single-threaded benchmark programs.

For every program of ../shared/bench/single/ (relative to the repository), runs it under weft and
under the real CPython binary (`python3 -c 'import sys; print(sys.executable)'`, not the pyenv
shim, which adds startup time), --runs times each, interleaved (python3, weft, weft, python3, ...),
checks every output against ../shared/bench/expected.txt, and prints a markdown table:

    program | python3 median (s) | weft median (s) | ratio python3/weft | status

A ratio above 1 means weft is faster. Then the geometric mean of the ratios of the programs that
ran correctly, and the list of programs that do not run correctly yet (none is ever left out).
Times are wall-clock medians of whole processes, startup included.

Examples (from the repository root):
    cargo build --release && python3 benches/run.py
    python3 benches/run.py --only fib --only nbody --runs 5
    python3 benches/run.py --size-scale 0.1 --vm-args='-X tlbc=0' --markdown-out /tmp/bench.md

Exit status: 0 if every program ran correctly under weft, 1 otherwise, 2 on usage errors.
Progress goes to stderr, the report to stdout (and to --markdown-out).
"""
import argparse
import datetime
import math
import os
import platform
import shlex
import shutil
import signal
import statistics
import subprocess
import sys
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_BENCH_DIR = os.path.join(os.path.dirname(REPO), "shared", "bench", "single")


def real_python():
    """The real CPython binary behind `python3` (resolving a pyenv shim)."""
    try:
        p = subprocess.run(["python3", "-c", "import sys; print(sys.executable)"],
                           capture_output=True, text=True, timeout=60,
                           stdin=subprocess.DEVNULL)
        path = p.stdout.strip()
        if p.returncode == 0 and path and os.path.exists(path):
            return path
    except (OSError, subprocess.TimeoutExpired):
        pass
    return sys.executable


def read_expected(path):
    """expected.txt: `program size checksum` (single) or `program size nthreads checksum`."""
    single, threaded = {}, {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            fields = line.split()
            if len(fields) == 3:
                single.setdefault(fields[0], {})[int(fields[1])] = fields[2]
            elif len(fields) == 4:
                threaded[(fields[0], int(fields[1]), int(fields[2]))] = fields[3]
    return single, threaded


def default_size(sizes):
    """The default size of a program: the only (or largest) size listed in expected.txt."""
    return max(sizes) if sizes else None


def first_stderr_line(err):
    lines = [l.strip() for l in err.splitlines() if l.strip()]
    if not lines:
        return ""
    # For a Python traceback the informative line is the last one.
    if lines[0].startswith("Traceback (most recent call last)"):
        return lines[-1]
    return lines[0]


def cell(text, limit=100):
    text = text.replace("|", "\\|").replace("\n", " ")
    return text if len(text) <= limit else text[:limit - 3] + "..."


def run_capture(cmd, cwd, timeout):
    """Runs cmd in its own process group; returns (returncode, stdout, stderr), or None on a
    timeout, after killing the whole group (so a stray child cannot hold the pipes open)."""
    p = subprocess.Popen(cmd, cwd=cwd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, start_new_session=True)
    try:
        out, err = p.communicate(timeout=timeout)
        return p.returncode, out, err
    except subprocess.TimeoutExpired:
        return None
    finally:
        if p.returncode is None:  # timeout, or interrupted (Ctrl-C)
            try:
                os.killpg(p.pid, signal.SIGKILL)
            except OSError:
                pass
            p.wait()


def run_once(cmd, cwd, timeout):
    """Returns (seconds, stdout, error) where error is None, 'timeout ...' or 'error: ...'."""
    start = time.perf_counter()
    try:
        done = run_capture(cmd, cwd, timeout)
    except OSError as e:
        return None, "", "error: cannot run %s: %s" % (cmd[0], e.strerror or e)
    elapsed = time.perf_counter() - start
    if done is None:
        return None, "", "timeout (%g s)" % timeout
    code, out, err = done
    out = out.decode("utf-8", "replace")
    if code != 0:
        err = err.decode("utf-8", "replace")
        how = "exit %d" % code if code >= 0 else "signal %d" % -code
        line = first_stderr_line(err)
        return elapsed, out, "error: %s%s" % (how, ": " + line if line else "")
    return elapsed, out, None


class Result:
    def __init__(self, name, size, want):
        self.name = name
        self.size = size
        self.want = want          # expected checksum, or None (then python3's output is used)
        self.py_times = []
        self.vm_times = []
        self.py_status = None     # None while ok
        self.vm_status = None
        self.py_out = None

    def check(self, out):
        got = out.strip()
        want = self.want if self.want is not None else self.py_out
        if want is None:
            return None
        if got != want:
            return "wrong checksum (got %r, want %r)" % (got[:40], want[:40])
        return None

    @property
    def ok(self):
        return self.vm_status is None and self.py_status is None and bool(self.vm_times) \
            and bool(self.py_times)

    @property
    def status(self):
        if self.vm_status:
            return self.vm_status
        if self.py_status:
            return "python3 " + self.py_status
        return "ok"

    @property
    def ratio(self):
        if not self.ok:
            return None
        return statistics.median(self.py_times) / statistics.median(self.vm_times)


def run_threads(args):
    """Weak-scaling table over ../shared/bench/threads/: for each program, the median wall time
    at 1 and at N threads (each thread does `size` work) under python3, weft and (with --vm-gil)
    weft built with `--features gil`, each checked against expected.txt; speedup = N*t1/tN
    (ideal N on >= N cores; about 1.0 under a GIL)."""
    counts = [int(n) for n in args.threads.split(",") if n]
    if len(counts) != 2 or counts[0] != 1:
        print("--threads takes 1,N (e.g. 1,2)", file=sys.stderr)
        return 2
    n = counts[1]
    bench_dir = os.path.join(os.path.dirname(os.path.abspath(args.bench_dir)), "threads")
    expected_path = args.expected or os.path.join(os.path.dirname(bench_dir), "expected.txt")
    _single, threaded = read_expected(expected_path)
    names = sorted(f[:-3] for f in os.listdir(bench_dir) if f.endswith(".py") and not f.startswith("_"))
    only = [x for o in args.only for x in o.split(",") if x]
    if only:
        names = [x for x in names if x in only]
    python = args.python or real_python()
    interps = [("python3", [python]), ("weft", [os.path.abspath(args.vm)] + shlex.split(args.vm_args))]
    if args.vm_gil:
        interps.append(("weft gil", [os.path.abspath(args.vm_gil)] + shlex.split(args.vm_args)))
    header = "| program | " + " | ".join("%s t1 (s) | %s t%d (s) | %s speedup" % (k, k, n, k) for k, _ in interps) + " |"
    lines = [header, "|---|" + "---:|" * (3 * len(interps))]
    for name in names:
        sizes = sorted({sz for (p, sz, _t) in threaded if p == name})
        size = max(sizes) if sizes else None
        if size is not None and args.size_scale != 1.0:
            size = max(1, int(size * args.size_scale))
        row = [name]
        for label, cmd in interps:
            times = {}
            status = None
            for threads in (1, n):
                ts = []
                for _ in range(args.runs):
                    argv = cmd + [os.path.join(bench_dir, name + ".py")] + ([str(size), str(threads)] if size else [])
                    secs, out, err = run_once(argv, bench_dir, args.timeout)
                    want = threaded.get((name, size, threads))
                    if err:
                        status = err
                    elif want is not None and out.strip() != want:
                        status = "wrong checksum at %d threads" % threads
                    else:
                        ts.append(secs)
                    print("%s %s %d threads: %s" % (name, label, threads, status or "%.2f s" % secs), file=sys.stderr)
                times[threads] = statistics.median(ts) if ts else None
            if status or not times[1] or not times[n]:
                row += [cell(status or "error"), "", ""]
            else:
                row += ["%.3f" % times[1], "%.3f" % times[n], "%.2f" % (n * times[1] / times[n])]
        lines.append("| " + " | ".join(row) + " |")
    report = "Thread scaling (weak: each thread does `size` work), %s, median of %d run(s).\n\n%s\n" % (
        datetime.datetime.now().strftime("%Y-%m-%d %H:%M"), args.runs, "\n".join(lines))
    print(report)
    if args.markdown_out:
        with open(args.markdown_out, "w", encoding="utf-8") as f:
            f.write(report)
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter,
                                 epilog=__doc__.split("\n", 2)[2])
    ap.add_argument("--vm", default=os.path.join(REPO, "target", "release", "weft"),
                    help="weft binary (default: target/release/weft)")
    ap.add_argument("--vm-args", default="", help="extra weft arguments, e.g. '-X tlbc=0'")
    ap.add_argument("--python", default=None,
                    help="CPython binary (default: the real binary behind `python3`)")
    ap.add_argument("--bench-dir", default=DEFAULT_BENCH_DIR,
                    help="folder of the single-threaded programs (default: ../shared/bench/single)")
    ap.add_argument("--expected", default=None,
                    help="checksum file (default: BENCH_DIR/../expected.txt)")
    ap.add_argument("--runs", type=int, default=3, help="runs per program and interpreter (3)")
    ap.add_argument("--size-scale", type=float, default=1.0,
                    help="multiply the default sizes by this factor (checksums of other sizes "
                         "than the default are checked against python3's output)")
    ap.add_argument("--only", action="append", default=[], metavar="NAME",
                    help="run only this program (repeatable, or comma-separated)")
    ap.add_argument("--timeout", type=float, default=120, help="seconds per run (120)")
    ap.add_argument("--markdown-out", metavar="FILE", help="also write the report to FILE")
    ap.add_argument("--threads", nargs="?", const="1,2", metavar="1,N",
                    help="thread-scaling mode over ../shared/bench/threads (weak scaling, 1 vs N)")
    ap.add_argument("--vm-gil", metavar="PATH",
                    help="with --threads: also run a weft built with --features gil")
    args = ap.parse_args()

    if args.threads is not None:
        return run_threads(args)
    if args.runs < 1:
        ap.error("--runs must be at least 1")
    if args.size_scale <= 0:
        ap.error("--size-scale must be positive")

    bench_dir = os.path.abspath(args.bench_dir)
    expected_path = args.expected or os.path.join(os.path.dirname(bench_dir), "expected.txt")
    if not os.path.isdir(bench_dir):
        ap.error("no benchmark folder %s (use --bench-dir)" % bench_dir)
    single, _threaded = read_expected(expected_path)

    names = sorted(f[:-3] for f in os.listdir(bench_dir)
                   if f.endswith(".py") and not f.startswith("_"))
    # The order of expected.txt first, then any program it does not list.
    order = {n: i for i, n in enumerate(single)}
    names.sort(key=lambda n: (order.get(n, len(order)), n))
    only = [n for o in args.only for n in o.split(",") if n]
    if only:
        unknown = [n for n in only if n not in names]
        if unknown:
            ap.error("unknown program(s) %s; known: %s" % (", ".join(unknown), ", ".join(names)))
        names = [n for n in names if n in only]

    python = args.python or real_python()
    vm = args.vm
    if os.sep in vm or os.path.exists(vm):
        vm = os.path.abspath(vm)
    vm_found = os.path.exists(vm) if os.sep in vm else shutil.which(vm) is not None
    if not vm_found:
        print("warning: weft binary %s not found (build it with `cargo build --release`); "
              "every program will be reported as an error" % vm, file=sys.stderr)
    vm_args = shlex.split(args.vm_args)

    results = []
    for name in names:
        sizes = single.get(name, {})
        dflt = default_size(sizes)
        size = dflt
        if dflt is not None and args.size_scale != 1.0:
            size = max(1, int(round(dflt * args.size_scale)))
        r = Result(name, size, sizes.get(size) if size is not None else None)
        size_args = [str(size)] if size is not None else []
        py_cmd = [python, name + ".py"] + size_args
        vm_cmd = [vm] + vm_args + [name + ".py"] + size_args
        if not vm_found:
            r.vm_status = "error: weft binary not found: %s" % vm
        for i in range(args.runs):
            # Alternate who goes first, so that neither always runs on a warmer machine.
            for which in (("py", "vm") if i % 2 == 0 else ("vm", "py")):
                if which == "py":
                    if r.py_status:
                        continue
                    t, out, err = run_once(py_cmd, bench_dir, args.timeout)
                    if err is None and r.py_out is None:
                        r.py_out = out.strip()
                    err = err or r.check(out)
                    if err:
                        r.py_status = err
                    else:
                        r.py_times.append(t)
                    print("%-16s run %d  python3 %s" % (name, i + 1, err or "%.3f s" % t),
                          file=sys.stderr, flush=True)
                else:
                    if r.vm_status:
                        continue  # a failed program is not run again
                    t, out, err = run_once(vm_cmd, bench_dir, args.timeout)
                    err = err or r.check(out)
                    if err:
                        r.vm_status = err
                    else:
                        r.vm_times.append(t)
                    print("%-16s run %d  weft    %s" % (name, i + 1, err or "%.3f s" % t),
                          file=sys.stderr, flush=True)
        if r.vm_status is None and r.want is None and r.py_out is None:
            r.vm_status = "unchecked: no checksum in expected.txt and python3 failed"
        results.append(r)

    report = render(results, args, python, vm, vm_args, expected_path)
    sys.stdout.write(report)
    if args.markdown_out:
        with open(args.markdown_out, "w", encoding="utf-8") as f:
            f.write(report)
        print("wrote %s" % args.markdown_out, file=sys.stderr)
    return 0 if results and all(r.ok for r in results) else 1


def render(results, args, python, vm, vm_args, expected_path):
    fmt = lambda ts: "%.3f" % statistics.median(ts) if ts else "-"
    lines = []
    lines.append("## Benchmarks (single-threaded)\n\n")
    lines.append("%s, %s, %d run(s) per interpreter, median wall time of the whole process.  \n"
                 % (datetime.datetime.now().strftime("%Y-%m-%d %H:%M"), platform.node(), args.runs))
    lines.append("python3: `%s` (%s); weft: `%s`%s.  \n"
                 % (python, platform.python_version() if python == sys.executable
                    else python_version(python), vm,
                    " with `%s`" % " ".join(vm_args) if vm_args else ""))
    if args.size_scale != 1.0:
        lines.append("Sizes scaled by %g: %s; checksums of sizes not in expected.txt are checked "
                     "against python3's output.  \n"
                     % (args.size_scale, ", ".join("%s=%s" % (r.name, r.size) for r in results)))
    else:
        lines.append("Default sizes; checksums from `%s`.  \n" % expected_path)
    lines.append("\n| program | python3 median (s) | weft median (s) | ratio python3/weft | status |\n")
    lines.append("|---|---:|---:|---:|---|\n")
    for r in results:
        ratio = r.ratio
        lines.append("| %s | %s | %s | %s | %s |\n" % (
            r.name, fmt(r.py_times), fmt(r.vm_times) if r.ok else "-",
            "%.2f" % ratio if ratio is not None else "-", cell(r.status)))
    ok = [r for r in results if r.ok]
    lines.append("\n")
    if ok:
        geo = math.exp(sum(math.log(r.ratio) for r in ok) / len(ok))
        lines.append("Geometric mean of ratio python3/weft over the %d of %d programs that ran "
                     "correctly: **%.3f** (above 1: weft is faster).\n" % (len(ok), len(results), geo))
    else:
        lines.append("Geometric mean of ratio python3/weft: n/a (no program ran correctly).\n")
    failing = [r for r in results if not r.ok]
    if failing:
        lines.append("\nPrograms that do not run correctly yet (%d of %d):\n\n"
                     % (len(failing), len(results)))
        for r in failing:
            lines.append("- %s: %s\n" % (r.name, cell(r.status, 300)))
    else:
        lines.append("\nAll %d programs ran correctly.\n" % len(results))
    return "".join(lines)


def python_version(python):
    try:
        p = subprocess.run([python, "-c", "import platform; print(platform.python_version())"],
                           capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL)
        return p.stdout.strip() or "?"
    except (OSError, subprocess.TimeoutExpired):
        return "?"


if __name__ == "__main__":
    sys.exit(main())
