#!/bin/sh
# frozen base (main 9fff4335) for blind first runs
PYTHONPATH=/work/wt/base33/cli PYTHONDONTWRITEBYTECODE=1 exec /work/main/.venv/bin/python -m policylens "$@"
