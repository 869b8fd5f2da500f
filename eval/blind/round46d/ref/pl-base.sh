#!/bin/sh
# frozen base of the forty-sixth session (/work/wt/base46 = 3cc90e51) for blind first runs
PYTHONPATH=/work/wt/base46/cli exec /work/main/.venv/bin/python -m policylens "$@"
