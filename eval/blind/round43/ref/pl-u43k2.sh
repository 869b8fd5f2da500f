#!/bin/sh
# helper u43k2's branch (forty-third session): not blind on this set
PYTHONPATH=/work/wt/u43k2/cli exec /work/main/.venv/bin/python -m policylens "$@"
