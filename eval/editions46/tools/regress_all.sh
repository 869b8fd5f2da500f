#!/bin/sh
# Usage: regress_all.sh WRAPPER OUTDIR -- every other compare set, one JSON report per group, to diff two runs (lead
# against a branch): eval/editions45/tools/regress_all.sh (editions43's and every older set), then the groups of
# editions45 (development and held out).
set -u
out=$(mkdir -p "$2" && cd "$2" && pwd)
here=$(cd "$(dirname "$0")/../.." && pwd)
sh "$here/editions45/tools/regress_all.sh" "$1" "$out"
for g in "$here"/editions45/editions/*/ "$here"/editions45/heldout/*/; do
  [ -d "$g" ] || continue
  "$1" compare "$g" -j 1 --format json > "$out/editions45-$(basename "$g").json" 2>/dev/null
done
