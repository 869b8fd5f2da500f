#!/bin/sh
# frozen base of the fifty-fourth session (m54q) (/work/wt/base54 = 735b9f5b) for blind first runs
PYTHONPATH=/work/wt/base54/cli exec /work/main/.venv/bin/python -m policylens "$@"
