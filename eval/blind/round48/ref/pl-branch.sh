#!/bin/sh
# this branch's code (u48k worktree): runs after the first run are NOT blind
PYTHONPATH=/work/wt/u48k/cli exec /work/main/.venv/bin/python -m policylens "$@"
