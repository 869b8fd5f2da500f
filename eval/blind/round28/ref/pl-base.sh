#!/bin/sh
# The frozen base of the twenty-eighth session (policylens at f3d24642 in /work/wt/base28): the first run.
PYTHONPATH=/work/wt/base28/cli exec /work/main/.venv/bin/python -m policylens "$@"
