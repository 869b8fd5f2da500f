#!/bin/sh
PYTHONPATH=/work/wt/base23/cli exec /work/main/.venv/bin/python -m policylens "$@"
