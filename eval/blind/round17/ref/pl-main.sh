#!/bin/sh
PYTHONPATH=/work/main/cli exec /work/main/.venv/bin/python -m policylens "$@"
