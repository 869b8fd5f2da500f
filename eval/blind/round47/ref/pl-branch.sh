#!/bin/sh
# this branch's code (u47k worktree): runs after the first run are NOT blind
PYTHONPATH=/work/wt/u47k/cli exec /work/main/.venv/bin/python -m policylens "$@"
