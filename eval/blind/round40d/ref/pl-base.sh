#!/bin/sh
# frozen base (the fortieth session's start, /work/wt/base40) for blind first runs
exec /work/tools40/base-pl.sh "$@"
