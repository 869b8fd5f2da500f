#!/bin/sh
# helper branch u46l (not blind: yizuw-vue's Vue reading was fixed from this set's held-out result)
PYTHONPATH=/work/wt/u46l/cli exec /work/main/.venv/bin/python -m policylens "$@"
