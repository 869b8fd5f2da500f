#!/bin/sh
# policylens at main e730dc0a (the frozen /work/wt/base25), as the brief prescribes: the wrapper /tmp/base25-pl.sh
PYTHONPATH=/work/wt/base25/cli exec /work/main/.venv/bin/python -m policylens "$@"
