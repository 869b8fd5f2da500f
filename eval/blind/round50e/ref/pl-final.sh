#!/bin/sh
# the final code of the fiftieth session: the worktree named in /work/FINAL2_READY (first line: <worktree path> <commit>)
FINAL=$(grep -o '/work/[^ ]*' /work/FINAL2_READY | head -1)
PYTHONPATH="$FINAL/cli" exec /work/main/.venv/bin/python -m policylens "$@"
