#!/bin/sh
# the frozen lead snapshot used for the first run (detached worktree /work/wt/snap28q at 6e2d0634ab060cfff626df7c54b9940d54712f96)
PYTHONPATH=/work/wt/snap28q/cli exec /work/main/.venv/bin/python -m policylens "$@"
