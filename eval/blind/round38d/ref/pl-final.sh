#!/bin/sh
# the merged "final" code of the thirty-eighth session (for measure-only first runs; once /work/tools38/FINAL_READY exists)
exec /work/tools38/final-pl.sh "$@"
