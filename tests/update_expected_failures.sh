#!/usr/bin/env bash
# Rewrites tests/conformance/EXPECTED_FAILURES to exactly the programs that fail now (in normal
# mode and under -X gc-stress), using the release binary and tests/run_corpus.py, which applies
# the same rules as the cargo harness (vm/tests/conformance.rs).
#
# Usage: tests/update_expected_failures.sh [run_corpus.py options, e.g. --level l2_data]
#   WEFT=/path/to/weft   use this binary instead of building target/release/weft
# Review the result with `git diff tests/conformance/EXPECTED_FAILURES`, then confirm with
# `cargo test --workspace` (the debug binary is slower: a program close to the 60 s timeout
# under the release binary may still time out there).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
if [ -z "${WEFT:-}" ]; then
  (cd "$ROOT" && cargo build --release -p weft --bin weft)
  WEFT=$ROOT/target/release/weft
fi
exec python3 "$ROOT/tests/run_corpus.py" --vm "$WEFT" --write-expected "$@"
