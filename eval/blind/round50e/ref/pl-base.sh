#!/bin/sh
# frozen base of the fiftieth session (/work/wt/base50 = 002a380e) for blind first runs
PYTHONPATH=/work/wt/base50/cli exec /work/main/.venv/bin/python -m policylens "$@"
