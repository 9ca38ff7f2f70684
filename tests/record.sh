#!/usr/bin/env bash
# Regenerate expected outputs (.out / .err / .code) for golden programs by
# running CPython (python3). Usage: tests/record.sh [file.py ...]  (default: all)
set -u
export PYTHONDONTWRITEBYTECODE=1
root="$(cd "$(dirname "$0")" && pwd)/py"
if [ $# -eq 0 ]; then
    mapfile -t files < <(find "$root" -name '*.py' ! -name 'helper_*' ! -path '*/helper_pkg*' | sort)
else
    files=("$@")
fi
for f in "${files[@]}"; do
    f="$(cd "$(dirname "$f")" && pwd)/$(basename "$f")"
    dir="$(dirname "$f")"; base="${f%.py}"
    errtmp="$(mktemp)"
    (cd "$dir" && python3 "$(basename "$f")" <"/dev/null" >"$base.out" 2>"$errtmp")
    status=$?
    if [ "$status" -ne 0 ]; then
        echo "$status" >"$base.code"
        grep -v '^[[:space:]]*$' "$errtmp" | tail -n 1 | sed -e 's/^[[:space:]]*//' -e 's/[[:space:]]*$//' >"$base.err"
    else
        rm -f "$base.code" "$base.err"
        if [ -s "$errtmp" ]; then echo "note: $f wrote to stderr with status 0" >&2; fi
    fi
    rm -f "$errtmp"
done
