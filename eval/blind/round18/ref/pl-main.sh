#!/bin/sh
PYTHONPATH=/work/wt/base18/cli exec /work/main/.venv/bin/python -m policylens "$@"
