#!/bin/sh
# frozen base (main 84eec79d) for blind first runs
PYTHONPATH=/work/wt/base36/cli PYTHONDONTWRITEBYTECODE=1 exec /work/main/.venv/bin/python -m policylens "$@"
