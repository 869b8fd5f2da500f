#!/bin/sh
# policylens as on lead26 at d175ae53 (for first runs of round26b): do not modify /work/wt/snap26
PYTHONPATH=/work/wt/snap26/cli exec /work/main/.venv/bin/python -m policylens "$@"
