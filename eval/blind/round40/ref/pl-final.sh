#!/bin/sh
# the merged final code of the fortieth session (after /work/tools40/FINAL_READY)
exec /work/tools40/final-pl.sh "$@"
