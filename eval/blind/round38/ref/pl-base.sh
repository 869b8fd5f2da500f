#!/bin/sh
# frozen base (session 38 start, main c3747089) for blind first runs
PYTHONPATH=/work/wt/base38/cli PYTHONDONTWRITEBYTECODE=1 exec /work/main/.venv/bin/python -m policylens "$@"
