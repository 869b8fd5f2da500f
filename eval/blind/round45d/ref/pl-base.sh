#!/bin/sh
# frozen base of the forty-fifth session (/work/wt/base45 = f7ffd568) for blind first runs
PYTHONPATH=/work/wt/base45/cli exec /work/main/.venv/bin/python -m policylens "$@"
