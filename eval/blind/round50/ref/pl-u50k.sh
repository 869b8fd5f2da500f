#!/bin/sh
# the branch u50k (its worktree /work/wt/u50k)
PYTHONPATH=/work/wt/u50k/cli exec /work/main/.venv/bin/python -m policylens "$@"
