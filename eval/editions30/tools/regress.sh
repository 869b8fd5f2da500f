#!/bin/sh
# Usage: regress.sh WRAPPER OUTDIR -- the other non-blind compare sets (eval/dev24c, eval/dev21c, eval/editions26,
# corpora), one file per group, to diff two runs (frozen base against a branch): eval/editions26's script, run there.
out=$(mkdir -p "$2" && cd "$2" && pwd)
cd "$(dirname "$0")/../../editions26" && exec sh tools/regress.sh "$1" "$out"
