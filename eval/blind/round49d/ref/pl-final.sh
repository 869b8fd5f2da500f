#!/bin/sh
# the merged final code of the forty-ninth session: the worktree named in /work/FINAL_READY (first line holding a path)
FINAL=$(grep -o '/work/[^ ]*' /work/FINAL_READY | head -1)
PYTHONPATH="$FINAL/cli" exec /work/main/.venv/bin/python -m policylens "$@"
