#!/bin/sh
# frozen base (main 4b9bec15) for blind first runs
PYTHONPATH=/work/wt/base34/cli PYTHONDONTWRITEBYTECODE=1 exec /work/main/.venv/bin/python -m policylens "$@"
