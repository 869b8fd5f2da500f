#!/bin/sh
# Usage: regress_all.sh WRAPPER OUTDIR -- every other compare set, one JSON report per group, to diff two runs (frozen
# base against a branch): eval/editions43/tools/regress_all.sh (editions42's and every older set), then the groups of
# editions43 (development and held out).
set -u
out=$(mkdir -p "$2" && cd "$2" && pwd)
here=$(cd "$(dirname "$0")/../.." && pwd)
sh "$here/editions43/tools/regress_all.sh" "$1" "$out"
for g in "$here"/editions43/editions/*/ "$here"/editions43/heldout/*/; do
  [ -d "$g" ] || continue
  "$1" compare "$g" -j 1 --format json > "$out/editions43-$(basename "$g").json" 2>/dev/null
done
