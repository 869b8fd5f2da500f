#!/bin/sh
# Usage: regress_all.sh WRAPPER OUTDIR -- every other compare set, one JSON report per group, to diff two runs (frozen
# base against a branch): eval/editions42/tools/regress_all.sh (editions41's and every older set), then the groups of
# editions42 (development and held out).
set -u
out=$(mkdir -p "$2" && cd "$2" && pwd)
here=$(cd "$(dirname "$0")/../.." && pwd)
sh "$here/editions42/tools/regress_all.sh" "$1" "$out"
for g in "$here"/editions42/editions/*/ "$here"/editions42/heldout/*/; do
  [ -d "$g" ] || continue
  "$1" compare "$g" -j 1 --format json > "$out/editions42-$(basename "$g").json" 2>/dev/null
done
