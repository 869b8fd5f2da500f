#!/bin/sh
# frozen base of the fifty-second session (/work/wt/base52 = d828459b) for blind first runs
PYTHONPATH=/work/wt/base52/cli exec /work/main/.venv/bin/python -m policylens "$@"
