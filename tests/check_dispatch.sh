#!/usr/bin/env bash
# Checks the two dispatch backends (vm/src/eval/match_loop.rs, tail_call.rs):
#  1. the stable release build dispatches with the `match` loop and has no
#     tail-call stubs;
#  2. when a nightly toolchain is present, the `tail-call` build compiles,
#     every stub really ends in an indirect tail jump (`jmp *`, never an
#     indirect `call` that would grow the native stack), and it runs the
#     corpus.
# usage: tests/check_dispatch.sh   (from anywhere; builds what it needs)
set -euo pipefail
cd "$(dirname "$0")/.."

cargo build --release -p weft
syms=$(nm -C target/release/weft)
grep -q 'weft::eval::match_loop::run' <<<"$syms" || {
  echo "FAIL: the stable build has no match-loop dispatch (weft::eval::match_loop::run)"
  exit 1
}
if grep -q 'weft::eval::tail_call::' <<<"$syms"; then
  echo "FAIL: the stable build contains tail-call stubs"
  exit 1
fi
echo "ok: the stable build uses the match loop"

if ! cargo +nightly --version >/dev/null 2>&1; then
  echo "skipped: no nightly toolchain, the tail-call backend is not checked"
  exit 0
fi
CARGO_TARGET_DIR=target/tail cargo +nightly build --release -p weft --features tail-call
bin=target/tail/release/weft
# Every stub's disassembly: count those ending in an indirect jump, and
# any indirect call through the stub table.
objdump -d --no-show-raw-insn -C "$bin" | awk '
  /^[0-9a-f]+ <.*>:$/ { in_stub = ($0 ~ /tail_call::TABLE::stub/); if (in_stub) stubs++; next }
  in_stub && /\tjmp +\*/ { jumps[stubs] = 1 }
  in_stub && /\tcall +\*/ && /TABLE/ { bad++ }
  END {
    n = 0; for (k in jumps) n++
    printf "tail-call stubs: %d, with an indirect tail jump: %d\n", stubs, n
    if (stubs < 100 || n != stubs || bad > 0) { print "FAIL: a stub does not tail-call its successor"; exit 1 }
  }'
python3 tests/run_corpus.py --vm "$bin" --level l1_core --level l4_control --level errors --level programs
echo "ok: the tail-call build tail-calls and passes the corpus"
