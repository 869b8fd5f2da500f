#!/bin/sh
# policylens at main 40a68c8, as the brief prescribes (PYTHONPATH=/work/main/cli, the main venv's python)
PYTHONPATH=/work/main/cli exec /work/main/.venv/bin/python -m policylens "$@"
