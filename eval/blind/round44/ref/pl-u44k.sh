#!/bin/sh
# branch u44k's code (not blind: run after the first run, on fixed code)
PYTHONPATH=/work/wt/u44k/cli exec /work/main/.venv/bin/python -m policylens "$@"
