#!/bin/sh
# helper u45k2's branch (not blind): the worktree /work/wt/u45k2
PYTHONPATH=/work/wt/u45k2/cli exec /work/main/.venv/bin/python -m policylens "$@"
