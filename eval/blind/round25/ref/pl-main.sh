#!/bin/sh
PYTHONPATH=/work/wt/base25/cli exec /work/main/.venv/bin/python -m policylens "$@"
