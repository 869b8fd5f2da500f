#!/bin/sh
# frozen base of the fifty-third session (/work/wt/base53 = 2d1c0d01) for blind first runs
PYTHONPATH=/work/wt/base53/cli exec /work/main/.venv/bin/python -m policylens "$@"
