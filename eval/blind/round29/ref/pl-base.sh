#!/bin/sh
PYTHONPATH=/work/wt/base29/cli exec /work/main/.venv/bin/python -m policylens "$@"
