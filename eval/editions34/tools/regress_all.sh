#!/bin/sh
# Usage: regress_all.sh WRAPPER OUTDIR -- every other compare set, one JSON report per group, to diff two runs (frozen
# base against a branch): eval/editions33/tools/regress_all.sh (editions30's regress.sh: dev24c, dev21c,
# editions26-29, corpora; the groups of editions30, editions32, eval/blind/editions23 and editions25), then the groups
# of editions33 (development and held out).
set -u
out=$(mkdir -p "$2" && cd "$2" && pwd)
here=$(cd "$(dirname "$0")/../.." && pwd)
sh "$here/editions33/tools/regress_all.sh" "$1" "$out"
for g in "$here"/editions33/editions/*/ "$here"/editions33/heldout/*/; do
  "$1" compare "$g" -j 1 --format json > "$out/editions33-$(basename "$g").json" 2>/dev/null
done
