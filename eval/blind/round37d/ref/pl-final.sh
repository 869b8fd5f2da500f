#!/bin/sh
# main at the end of session 37's merges (for measure-only first runs)
PYTHONPATH=/work/wt/final37/cli PYTHONDONTWRITEBYTECODE=1 exec /work/main/.venv/bin/python -m policylens "$@"
