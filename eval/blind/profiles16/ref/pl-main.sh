#!/bin/sh
# policylens at main e1ea013, as the brief prescribes (PYTHONPATH=/work/main/cli, the main venv's python)
PYTHONPATH=/work/main/cli exec /work/main/.venv/bin/python -m policylens "$@"
