#!/bin/sh
# policylens at main 334bf506 (the frozen /work/wt/base19), as the brief prescribes: the wrapper /tmp/base19-pl.sh
PYTHONPATH=/work/wt/base19/cli exec /work/main/.venv/bin/python -m policylens "$@"
