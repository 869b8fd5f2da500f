#!/bin/sh
# frozen base of the forty-ninth session (/work/wt/base49 = 33bf1b8b) for blind first runs
PYTHONPATH=/work/wt/base49/cli exec /work/main/.venv/bin/python -m policylens "$@"
