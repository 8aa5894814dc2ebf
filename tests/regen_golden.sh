#!/usr/bin/env bash
# Regenerates the golden files of Weft's test corpus with the real CPython binary, and checks that
# every program is deterministic (adapted from ../shared/conformance/regen_golden.sh).
#
# Usage: tests/regen_golden.sh [FOLDER...]       (run from anywhere)
#   FOLDER defaults to every tests/conformance/<level>/ folder plus tests/programs/.
#   PYTHON=/path/to/python3 overrides the interpreter (default: the real binary behind `python3`,
#   i.e. `python3 -c 'import sys; print(sys.executable)'`, not the pyenv shim).
#
# Rules (the same as the harness in vm/tests/conformance.rs and tests/run_corpus.py):
#   - Files starting with `_` are helper modules, not tests.
#   - An "error test" is every program in conformance/errors/, and every program in programs/ whose
#     name starts with `err_`. For it, NAME.out, NAME.err and NAME.code are written; in NAME.err
#     the test's folder is shortened to `<dir>/` and CPython's library to `<stdlib>/`.
#   - Every other program gets NAME.out; it must exit 0 and write nothing to stderr (a stale
#     NAME.err / NAME.code is removed).
#   - Each program runs three times with PYTHONHASHSEED=0, 1 and 12345; all runs must agree.
# Exits 1 if any program failed or was nondeterministic.
set -u
ROOT=$(cd "$(dirname "$0")" && pwd)
PY=${PYTHON:-$(python3 -c 'import sys; print(sys.executable)')}
export PYTHONDONTWRITEBYTECODE=1
version=$("$PY" -c 'import sys; print("%d.%d.%d" % sys.version_info[:3])')
if [ "$version" != 3.11.7 ]; then
  echo "warning: $PY is CPython $version; the corpus was generated with 3.11.7" >&2
fi
STDLIB=$("$PY" -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')

if [ $# -gt 0 ]; then
  dirs=()
  for d in "$@"; do dirs+=("$(cd "$d" && pwd)/"); done
else
  dirs=("$ROOT"/conformance/*/ "$ROOT"/programs/)
fi

status=0
count=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for dir in "${dirs[@]}"; do
  [ -d "$dir" ] || continue
  folder=$(basename "$dir")
  for src in "$dir"*.py; do
    [ -e "$src" ] || continue
    name=$(basename "$src" .py)
    case "$name" in _*) continue ;; esac
    count=$((count + 1))
    is_error=0
    if [ "$folder" = errors ]; then is_error=1; fi
    if [ "$folder" = programs ]; then case "$name" in err_*) is_error=1 ;; esac; fi
    for seed in 0 1 12345; do
      (cd "$dir" && PYTHONHASHSEED=$seed "$PY" "$name.py" </dev/null >"$tmp/out.$seed" 2>"$tmp/err.$seed"; echo $? >"$tmp/code.$seed")
    done
    for seed in 1 12345; do
      for kind in out err code; do
        if ! cmp -s "$tmp/$kind.0" "$tmp/$kind.$seed"; then
          echo "NONDETERMINISTIC $kind: $src (seed $seed)"; status=1
        fi
      done
    done
    cp "$tmp/out.0" "$dir$name.out"
    if [ $is_error = 1 ]; then
      # Shorten absolute paths so the file does not depend on where the repo is checked out.
      "$PY" - "$tmp/err.0" "$dir$name.err" "${dir%/}" "$STDLIB" <<'EOF'
import sys
src, dst, folder, stdlib = sys.argv[1:]
with open(src, encoding="utf-8", errors="surrogateescape") as f:
    text = f.read()
text = text.replace(folder + "/", "<dir>/").replace(stdlib + "/", "<stdlib>/")
with open(dst, "w", encoding="utf-8", errors="surrogateescape") as f:
    f.write(text)
EOF
      cp "$tmp/code.0" "$dir$name.code"
    else
      rm -f "$dir$name.err" "$dir$name.code"
      if [ "$(cat "$tmp/code.0")" != 0 ] || [ -s "$tmp/err.0" ]; then
        echo "FAILED (exit $(cat "$tmp/code.0") or stderr output): $src"; cat "$tmp/err.0"; status=1
      fi
    fi
  done
done
echo "regen_golden: $count programs, python $version ($PY), status $status"
exit $status
