#!/bin/sh
# Usage: run_heldout.sh WRAPPER OUTDIR [DIR] -- compare -j 1 --format json on every group of DIR (default heldout/;
# late/ for the group added after the development run).
set -u
here=$(cd "$(dirname "$0")/.." && pwd)
dir=${3:-heldout}
mkdir -p "$2"
for g in "$here"/"$dir"/*/; do
  name=$(basename "$g")
  "$1" compare "$g" -j 1 --format json > "$2/$name.json" 2> "$2/$name.stderr"
  echo "$name exit $?"
done
