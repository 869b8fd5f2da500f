#!/bin/sh
# frozen base of the forty-third session (/work/wt/base43 = f201a660) for blind first runs
PYTHONPATH=/work/wt/base43/cli exec /work/main/.venv/bin/python -m policylens "$@"
