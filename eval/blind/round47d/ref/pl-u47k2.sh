#!/bin/sh
# this branch (u47k2) from the worktree holding this set: NOT blind
PYTHONPATH="$(cd "$(dirname "$0")/../../../.." && pwd)/cli" exec /work/main/.venv/bin/python -m policylens "$@"
