#!/bin/sh
# Usage: regress.sh WRAPPER OUTDIR -- the other non-blind compare sets, one file per group, to diff two runs (frozen
# base against a branch): eval/editions26's script (dev24c, dev21c, editions26, corpora), then editions27-29's groups.
set -u
out=$(mkdir -p "$2" && cd "$2" && pwd)
here=$(cd "$(dirname "$0")/../.." && pwd)
(cd "$here/editions26" && sh tools/regress.sh "$1" "$out")
sh "$(dirname "$0")/regress_more.sh" "$1" "$out"
