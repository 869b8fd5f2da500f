#!/bin/sh
# frozen base of the forty-fourth session (/work/wt/base44 = 9b81480f) for blind first runs
PYTHONPATH=/work/wt/base44/cli exec /work/main/.venv/bin/python -m policylens "$@"
