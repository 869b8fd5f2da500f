#!/bin/sh
# frozen base of the forty-second session (/work/wt/base42 = 15194e10) for blind first runs
PYTHONPATH=/work/wt/base42/cli exec /work/main/.venv/bin/python -m policylens "$@"
