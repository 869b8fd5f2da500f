#!/bin/sh
# frozen base (main 9ec8ef29) for blind first runs
PYTHONPATH=/work/wt/base37/cli PYTHONDONTWRITEBYTECODE=1 exec /work/main/.venv/bin/python -m policylens "$@"
