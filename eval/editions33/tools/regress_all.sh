#!/bin/sh
# Usage: regress_all.sh WRAPPER OUTDIR -- every other compare set, one JSON report per group, to diff two runs (frozen
# base against a branch): eval/editions30/tools/regress.sh (dev24c, dev21c, editions26-29, corpora), then the groups
# of editions30 and editions32 (development and held out) and of eval/blind/editions23 and editions25.
set -u
out=$(mkdir -p "$2" && cd "$2" && pwd)
here=$(cd "$(dirname "$0")/../.." && pwd)
sh "$here/editions30/tools/regress.sh" "$1" "$out"
for s in editions30 editions32 blind/editions23 blind/editions25; do
  for g in "$here/$s"/editions/*/ "$here/$s"/heldout/*/; do
    [ -d "$g" ] || continue
    "$1" compare "$g" -j 1 --format json > "$out/$(echo "$s" | tr / -)-$(basename "$g").json" 2>/dev/null
  done
done
