#!/bin/sh
# this branch (u49k): not blind once the dev misses have been read
HERE=$(cd "$(dirname "$0")/../../../.." && pwd)
PYTHONPATH="$HERE/cli" exec /work/main/.venv/bin/python -m policylens "$@"
