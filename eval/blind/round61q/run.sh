#!/bin/sh
# Rerun round61q on any policylens tree: eval/blind/round61q/run.sh PYTHONPATH_CLI OUTDIR
#   e.g. eval/blind/round61q/run.sh /work/wt/base61/cli /tmp/r61q-base
# writes OUTDIR/{issue11,results,capped-figures,check-findings}.txt (the same four files as the first run's)
set -e
[ $# -eq 2 ] || { echo "usage: $0 PYTHONPATH_CLI OUTDIR" >&2; exit 2; }
HERE=$(cd "$(dirname "$0")" && pwd)
export PL_CLI=$(cd "$1" && pwd)
mkdir -p "$2"
W="$HERE/ref/pl-any.sh"
python3 "$HERE/tools/issue11.py" "$W" -v > "$2/issue11.txt"
python3 "$HERE/score.py" --policylens "$W" --set all --what placeholders -v > "$2/results.txt"
python3 "$HERE/../tools/capped.py" "$HERE" "$W" --set all > "$2/capped-figures.txt"
python3 "$HERE/tools/findings61q.py" "$W" > "$2/check-findings.txt"
cat "$2/issue11.txt" | grep -v '^ ' | head -20
