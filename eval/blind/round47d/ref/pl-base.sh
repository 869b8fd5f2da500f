#!/bin/sh
# frozen base of the forty-seventh session (/work/wt/base47 = 7a564e27) for blind first runs
PYTHONPATH=/work/wt/base47/cli exec /work/main/.venv/bin/python -m policylens "$@"
