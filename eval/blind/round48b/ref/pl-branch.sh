#!/bin/sh
# this branch's code (u48k3 worktree): runs after the first run are NOT blind
PYTHONPATH=/work/wt/u48k3/cli exec /work/main/.venv/bin/python -m policylens "$@"
