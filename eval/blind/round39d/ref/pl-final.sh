#!/bin/sh
# the merged "final" code of the thirty-ninth session (for measure-only first runs; once /work/tools39/FINAL_READY exists)
exec /work/tools39/final-pl.sh "$@"
