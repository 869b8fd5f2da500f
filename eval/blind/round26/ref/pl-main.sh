#!/bin/sh
# policylens as on the frozen session base d641d29d (for first runs): do not modify /work/wt/base26
PYTHONPATH=/work/wt/base26/cli exec /work/main/.venv/bin/python -m policylens "$@"
