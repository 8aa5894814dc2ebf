#!/usr/bin/env bash
# Runs every threaded benchmark of the shared bench folder RUNS times in a row
# at 1, 2 and 8 threads on a given VM binary and checks every checksum.
#
# usage: tests/threads_repeat.sh VM [DIVISOR] [RUNS]
#   VM       the weft binary to test (debug builds are fine)
#   DIVISOR  per-thread size = default size / DIVISOR (default 100, so a
#            debug build finishes in reasonable time); 1 = the sizes of
#            bench/expected.txt
#   RUNS     repetitions per (program, nthreads) (default 20)
# env: BENCH (default /work/shared/bench), PYTHON (reference CPython, used
#      for the expected checksum when the size is not in expected.txt),
#      THREADS (default "1 2 8"), PROGRAMS (default: all mt_*.py).
#
# Not run by CI (slow). Exit status 1 if any run printed a wrong checksum,
# failed or timed out; a summary line per (program, nthreads) is printed.
set -u
VM=${1:?usage: threads_repeat.sh VM [DIVISOR] [RUNS]}
DIV=${2:-100}
RUNS=${3:-20}
BENCH=${BENCH:-/work/shared/bench}
PYTHON=${PYTHON:-/root/.pyenv/versions/3.11.7/bin/python3}
THREADS=${THREADS:-"1 2 8"}
TIMEOUT=${TIMEOUT:-600}

default_size() {
    sed -n 's/.*if len(sys.argv) > 1 else \([0-9]*\).*/\1/p' "$1" | head -1
}

fail=0
for prog in ${PROGRAMS:-$BENCH/threads/mt_*.py}; do
    [ -f "$prog" ] || prog=$BENCH/threads/$prog.py
    name=$(basename "$prog" .py)
    def=$(default_size "$prog")
    size=$((def / DIV))
    [ "$size" -ge 1 ] || size=1
    for n in $THREADS; do
        want=$(awk -v p="$name" -v s="$size" -v n="$n" \
            '$1 == p && $2 == s && $3 == n { print $4 }' "$BENCH/expected.txt")
        if [ -z "$want" ]; then
            want=$("$PYTHON" "$prog" "$size" "$n")
        fi
        ok=0
        bad=0
        start=$(date +%s)
        for _ in $(seq "$RUNS"); do
            got=$(timeout "$TIMEOUT" "$VM" "$prog" "$size" "$n" 2>/tmp/threads_repeat.err.$$)
            rc=$?
            if [ "$rc" -eq 0 ] && [ "$got" = "$want" ]; then
                ok=$((ok + 1))
            else
                bad=$((bad + 1))
                echo "  FAIL $name size=$size n=$n rc=$rc got='$got' want='$want'"
                head -5 /tmp/threads_repeat.err.$$ | sed 's/^/    /'
            fi
        done
        secs=$(($(date +%s) - start))
        echo "$name size=$size n=$n: $ok/$RUNS ok (${secs}s)"
        [ "$bad" -eq 0 ] || fail=1
    done
done
rm -f /tmp/threads_repeat.err.$$
exit $fail
