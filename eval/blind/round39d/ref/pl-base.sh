#!/bin/sh
# frozen base (the thirty-ninth session's start, /work/wt/base39) for blind first runs
exec /work/tools39/base-pl.sh "$@"
