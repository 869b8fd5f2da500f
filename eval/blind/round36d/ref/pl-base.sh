#!/bin/sh
# frozen base of session 36 (main 84eec79d), as /work/tools36/base-pl.sh
PYTHONPATH=/work/wt/base36/cli PYTHONDONTWRITEBYTECODE=1 exec /work/main/.venv/bin/python -m policylens "$@"
