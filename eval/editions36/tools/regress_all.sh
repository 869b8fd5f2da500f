#!/bin/sh
# Usage: regress_all.sh WRAPPER OUTDIR -- every other compare set, one JSON report per group, to diff two runs (frozen
# base against a branch): eval/editions35/tools/regress_all.sh (dev21c, dev24c, editions26-30, editions32-34, corpora,
# the blind edition sets), then the groups of editions35 (development and held out).
set -u
out=$(mkdir -p "$2" && cd "$2" && pwd)
here=$(cd "$(dirname "$0")/../.." && pwd)
sh "$here/editions35/tools/regress_all.sh" "$1" "$out"
for g in "$here"/editions35/editions/*/ "$here"/editions35/heldout/*/; do
  "$1" compare "$g" -j 1 --format json > "$out/editions35-$(basename "$g").json" 2>/dev/null
done
