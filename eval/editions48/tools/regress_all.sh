#!/bin/sh
# Usage: regress_all.sh WRAPPER OUTDIR -- every other compare set, one JSON report per group, to diff two runs (lead
# against a branch): eval/editions47/tools/regress_all.sh (editions46's and every older set), then the groups of
# editions47 (development and held out).
set -u
out=$(mkdir -p "$2" && cd "$2" && pwd)
here=$(cd "$(dirname "$0")/../.." && pwd)
sh "$here/editions47/tools/regress_all.sh" "$1" "$out"
for g in "$here"/editions47/editions/*/ "$here"/editions47/heldout/*/; do
  [ -d "$g" ] || continue
  "$1" compare "$g" -j 1 --format json > "$out/editions47-$(basename "$g").json" 2>/dev/null
done
