#!/bin/sh
# policylens at main e6f0edd, as the brief prescribes (PYTHONPATH=/work/main/cli, the main venv's python)
PYTHONPATH=/work/main/cli exec /work/main/.venv/bin/python -m policylens "$@"
