#!/bin/sh
# frozen base (main fa5a21c0) for blind first runs
PYTHONPATH=/work/wt/base32/cli PYTHONDONTWRITEBYTECODE=1 exec /work/main/.venv/bin/python -m policylens "$@"
