#!/bin/sh
# Usage: regress_more.sh WRAPPER OUTDIR -- compare -j 1 --format json on every group of eval/editions27, 28 and 29.
set -u
out=$(mkdir -p "$2" && cd "$2" && pwd)
here=$(cd "$(dirname "$0")/../.." && pwd)
for s in editions27 editions28 editions29; do
  for g in "$here/$s"/editions/*/; do
    "$1" compare "$g" -j 1 --format json > "$out/$s-$(basename "$g").json" 2>/dev/null
  done
done
