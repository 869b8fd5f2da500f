#!/bin/sh
# current main (/work/main, session 33 after the first wave's merges) for the second first run
PYTHONPATH=/work/main/cli PYTHONDONTWRITEBYTECODE=1 exec /work/main/.venv/bin/python -m policylens "$@"
