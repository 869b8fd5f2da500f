#!/bin/sh
PYTHONPATH=/work/wt/snap27q/cli exec /work/main/.venv/bin/python -m policylens "$@"
