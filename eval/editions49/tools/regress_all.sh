#!/bin/sh
# Usage: regress_all.sh WRAPPER OUTDIR -- every older compare set, one JSON report per group, to diff two runs (base
# against a branch): eval/editions48/tools/regress_all.sh (editions47's and every older set), then the groups of
# editions48 and editions48c (development, held out, late).
set -u
out=$(mkdir -p "$2" && cd "$2" && pwd)
here=$(cd "$(dirname "$0")/../.." && pwd)
sh "$here/editions48/tools/regress_all.sh" "$1" "$out"
for set in editions48 editions48c; do
  for g in "$here"/$set/editions/*/ "$here"/$set/heldout/*/ "$here"/$set/late/*/; do
    [ -d "$g" ] || continue
    "$1" compare "$g" -j 1 --format json > "$out/$set-$(basename "$g").json" 2>/dev/null
  done
done
