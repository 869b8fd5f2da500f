#!/bin/sh
PYTHONPATH=/work/wt/base21/cli exec /work/main/.venv/bin/python -m policylens "$@"
