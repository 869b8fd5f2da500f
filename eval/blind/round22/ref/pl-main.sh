#!/bin/sh
PYTHONPATH=/work/wt/base22/cli exec /work/main/.venv/bin/python -m policylens "$@"
