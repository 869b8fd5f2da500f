#!/bin/sh
# helper u45k's branch (worktree /work/wt/u45k) for the not-blind runs after its fixes
PYTHONPATH=/work/wt/u45k/cli exec /work/main/.venv/bin/python -m policylens "$@"
