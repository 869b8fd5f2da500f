#!/bin/sh
# Rerun precision54 on any policylens tree: eval/precision54/run.sh PYTHONPATH_CLI OUTDIR
# writes OUTDIR/run.json (the raw check output on all 15 documents) and OUTDIR/score.txt (score.py -v: per rule,
# every false/debatable finding, and UNJUDGED lines for findings not in judgments.json: judge those by hand)
set -e
[ $# -eq 2 ] || { echo "usage: $0 PYTHONPATH_CLI OUTDIR" >&2; exit 2; }
HERE=$(cd "$(dirname "$0")" && pwd)
export PL_CLI=$(cd "$1" && pwd)
mkdir -p "$2"
W="$HERE/ref/pl-any.sh"
FILES=$(python3 -c "import json;print(' '.join(e['file'] for e in json.load(open('$HERE/sources.json'))))")
(cd "$HERE" && "$W" check --format json --fail-on never --no-config $FILES > "$2/run.json" 2> "$2/run.stderr") || true
python3 "$HERE/score.py" --policylens "$W" -v > "$2/score.txt"
head -30 "$2/score.txt"
