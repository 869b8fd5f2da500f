#!/bin/sh
# the merged "final" code of the fortieth session (for measure-only first runs; once /work/tools40/FINAL_READY exists)
exec /work/tools40/final-pl.sh "$@"
