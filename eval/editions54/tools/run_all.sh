#!/bin/sh
# Usage: run_all.sh WRAPPER OUTDIR -- compare -j 1 --format json on every development group of this set (eval/editions26's script).
SET=$(cd "$(dirname "$0")/.." && pwd) exec sh "$(dirname "$0")/../../editions26/tools/run_all.sh" "$@"
