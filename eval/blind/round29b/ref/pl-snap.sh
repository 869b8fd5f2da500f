#!/bin/sh
PYTHONPATH=/work/wt/snap29q/cli exec /work/main/.venv/bin/python -m policylens "$@"
