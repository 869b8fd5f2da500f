#!/bin/sh
# policylens at main 0a1993be (the frozen /work/wt/base24), as the brief prescribes: the wrapper /tmp/base24-pl.sh
PYTHONPATH=/work/wt/base24/cli exec /work/main/.venv/bin/python -m policylens "$@"
