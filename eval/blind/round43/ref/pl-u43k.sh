#!/bin/sh
# helper u43k's branch (/work/wt/u43k), for the runs after its fixes (not blind on dev)
PYTHONPATH=/work/wt/u43k/cli exec /work/main/.venv/bin/python -m policylens "$@"
