#!/bin/sh
# frozen base (main 863db3a6) for blind first runs of round35
PYTHONPATH=/work/wt/base35/cli PYTHONDONTWRITEBYTECODE=1 exec /work/main/.venv/bin/python -m policylens "$@"
