#!/bin/sh
# helper branch u46k (not blind: fixed from this set's dev misses and round45d's ecosorter)
PYTHONPATH=/work/wt/u46k/cli exec /work/main/.venv/bin/python -m policylens "$@"
