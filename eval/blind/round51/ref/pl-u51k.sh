#!/bin/sh
# the branch u51k (its worktree /work/wt/u51k)
PYTHONPATH=/work/wt/u51k/cli exec /work/main/.venv/bin/python -m policylens "$@"
