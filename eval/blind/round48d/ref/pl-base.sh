#!/bin/sh
# frozen base of the forty-eighth session (/work/wt/base48 = caf66035) for blind first runs
PYTHONPATH=/work/wt/base48/cli exec /work/main/.venv/bin/python -m policylens "$@"
