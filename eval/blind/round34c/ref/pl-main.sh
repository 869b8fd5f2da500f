#!/bin/sh
# main at the start of the second wave (bccc850d)
PYTHONPATH=/work/wt/main34b/cli PYTHONDONTWRITEBYTECODE=1 exec /work/main/.venv/bin/python -m policylens "$@"
