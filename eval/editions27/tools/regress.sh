#!/bin/sh
# Usage: regress.sh WRAPPER OUTDIR -- compare -j 1 --format json on the non-blind compare sets (dev24c, dev21c,
# corpora) and editions26, one file per group (this set: tools/run_all.sh), to diff two runs (frozen base against a branch). Run from eval/editions27.
set -u
mkdir -p "$2"
out=$(cd "$2" && pwd)
for g in ../dev24c/editions/* ../dev21c/editions/*; do
  "$1" compare "$g" -j 1 --format json > "$out/$(basename "$(dirname "$(dirname "$g")")")-$(basename "$g").json" 2>/dev/null
done
for g in ../editions26/editions/*; do "$1" compare "$g" -j 1 --format json > "$out/$(basename "$(dirname "$(dirname "$g")")")-$(basename "$g").json" 2>/dev/null; done
(cd ../.. && "$1" compare corpora -j 1 --format json > "$out/corpora.json" 2>/dev/null)
