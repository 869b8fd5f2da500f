#!/bin/sh
PYTHONPATH=/work/wt/base19/cli exec /work/main/.venv/bin/python -m policylens "$@"
