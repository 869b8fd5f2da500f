#!/bin/sh
# this helper's worktree (/work/wt/u41k, branch u41k): runs after fixing are not blind on dev
PYTHONPATH=/work/wt/u41k/cli exec /work/main/.venv/bin/python -m policylens "$@"
