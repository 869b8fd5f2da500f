#!/bin/sh
# Usage: regress_all.sh WRAPPER OUTDIR -- every other compare set, one JSON report per group, to diff two runs (frozen
# base against a branch): eval/editions34/tools/regress_all.sh (editions33's: dev21c, dev24c, editions26-30,
# editions32, corpora, eval/blind/editions23 and editions25, then editions33's groups), then the groups of editions34
# (development and held out).
set -u
out=$(mkdir -p "$2" && cd "$2" && pwd)
here=$(cd "$(dirname "$0")/../.." && pwd)
sh "$here/editions34/tools/regress_all.sh" "$1" "$out"
for g in "$here"/editions34/editions/*/ "$here"/editions34/heldout/*/; do
  "$1" compare "$g" -j 1 --format json > "$out/editions34-$(basename "$g").json" 2>/dev/null
done
