#!/bin/sh
# Usage: regress_all.sh WRAPPER OUTDIR -- every other compare set, one JSON report per group, to diff two runs (frozen
# base against a branch): eval/editions37/tools/regress_all.sh (editions36's and every older set), then the groups of
# editions37 and editions38 (development and held out).
set -u
out=$(mkdir -p "$2" && cd "$2" && pwd)
here=$(cd "$(dirname "$0")/../.." && pwd)
sh "$here/editions37/tools/regress_all.sh" "$1" "$out"
for s in editions37 editions38; do
  for g in "$here"/$s/editions/*/ "$here"/$s/heldout/*/; do
    [ -d "$g" ] || continue
    "$1" compare "$g" -j 1 --format json > "$out/$s-$(basename "$g").json" 2>/dev/null
  done
done
