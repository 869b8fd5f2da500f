#!/bin/sh
PYTHONPATH=/work/wt/base24/cli exec /work/main/.venv/bin/python -m policylens "$@"
