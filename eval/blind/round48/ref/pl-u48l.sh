#!/bin/sh
# branch u48l (u48l worktree): NOT blind
PYTHONPATH=/work/wt/u48l/cli exec /work/main/.venv/bin/python -m policylens "$@"
