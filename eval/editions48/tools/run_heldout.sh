#!/bin/sh
# Usage: run_heldout.sh WRAPPER OUTDIR -- compare -j 1 --format json on every held-out group (heldout/).
set -u
here=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$2"
for g in "$here"/heldout/*/; do
  name=$(basename "$g")
  "$1" compare "$g" -j 1 --format json > "$2/$name.json" 2> "$2/$name.stderr"
  echo "$name exit $?"
done
