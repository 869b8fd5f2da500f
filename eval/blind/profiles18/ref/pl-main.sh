#!/bin/sh
# policylens at main 81317ee8 (the frozen /work/wt/base18), as the brief prescribes: the wrapper /tmp/lead18-pl.sh
PYTHONPATH=/work/wt/base18/cli exec /work/main/.venv/bin/python -m policylens "$@"
