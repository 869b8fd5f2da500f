#!/bin/sh
# Usage: run_all.sh WRAPPER OUTDIR -- compare -j 1 --format json on every group of the set.
set -u
here=${SET:-$(cd "$(dirname "$0")/.." && pwd)}  # SET: another edition set (eval/editions27 runs these)
mkdir -p "$2"
for g in "$here"/editions/*/; do
  name=$(basename "$g")
  "$1" compare "$g" -j 1 --format json > "$2/$name.json" 2> "$2/$name.stderr"
  echo "$name exit $?"
done
