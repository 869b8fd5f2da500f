#!/bin/sh
# Rerun eval/templates52 on any tree: run.sh PYTHONPATH_CLI OUTDIR  (e.g. run.sh /work/wt/base52/cli /tmp/t52-base)
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
CLI=$1
OUT=$2
PY=${PY:-/work/main/.venv/bin/python}
mkdir -p "$OUT"
cd "$HERE/docs"
for f in */*.txt ../holdout/*/*.txt; do
  PYTHONPATH=$CLI $PY -m policylens check --format json --no-config --fail-on never "$f" > "$OUT/$(echo "$f" | sed -e 's|^\.\./||' -e 's|/|__|g').json"
done
$PY "$HERE/score.py" "$OUT" | tee "$OUT/score.txt"
