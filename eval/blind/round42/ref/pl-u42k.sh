#!/bin/sh
# helper u42k's worktree (not blind: the code was changed after reading this set's dev part)
PYTHONPATH=/work/wt/u42k/cli exec /work/main/.venv/bin/python -m policylens "$@"
