#!/bin/sh
# frozen base of the forty-first session (/work/wt/base41 = b0db9273) for blind first runs
PYTHONPATH=/work/wt/base41/cli exec /work/main/.venv/bin/python -m policylens "$@"
