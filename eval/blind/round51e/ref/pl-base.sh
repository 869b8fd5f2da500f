#!/bin/sh
# frozen base of the fifty-first session (/work/wt/base51 = 3693c444) for blind first runs
PYTHONPATH=/work/wt/base51/cli exec /work/main/.venv/bin/python -m policylens "$@"
