#!/bin/sh
PYTHONPATH=/work/wt/base30/cli exec /work/main/.venv/bin/python -m policylens "$@"
