#!/bin/sh
PYTHONPATH=/work/wt/base20/cli exec /work/main/.venv/bin/python -m policylens "$@"
