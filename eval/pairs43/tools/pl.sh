#!/bin/sh
# pl.sh CODE ARGS...: policylens of the checkout CODE (e.g. /work/wt/base41), with the main venv
CODE=$1; shift
PYTHONPATH=$CODE/cli exec nice /work/main/.venv/bin/python -m policylens "$@"
