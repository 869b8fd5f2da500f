#!/bin/sh
# frozen base (the thirty-eighth session's start, main c3747089) for blind first runs
exec /work/tools38/base-pl.sh "$@"
