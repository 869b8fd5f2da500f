#!/bin/sh
# policylens at main 8f734080 (the frozen /work/wt/base20), as the brief prescribes: the wrapper /tmp/base20-pl.sh
PYTHONPATH=/work/wt/base20/cli exec /work/main/.venv/bin/python -m policylens "$@"
