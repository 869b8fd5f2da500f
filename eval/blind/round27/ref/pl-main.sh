#!/bin/sh
PYTHONPATH=/work/wt/base27/cli exec /work/main/.venv/bin/python -m policylens "$@"
