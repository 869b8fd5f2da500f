#!/bin/sh
# One-command rerun of profiles61q on any tree:  sh eval/profiles61q/run.sh /path/to/tree/cli [NAME]
# Keeps raw JSON, --explain-coverage JSON and stderr in ref/run-NAME/ and ref/run-NAME-holdout/ (NAME defaults to
# "final") and writes run-NAME.log (dev, -v), run-holdout-NAME.log (held out, -v) and all-NAME.log (all three).
CLI=$(cd "$1" && pwd); NAME=${2:-final}; BUILD=$(dirname "$CLI")
SET=$(cd "$(dirname "$0")" && pwd); ROOT=$(cd "$SET/../.." && pwd)
PL=$(mktemp); printf '#!/bin/sh\nPYTHONPATH=%s exec /work/main/.venv/bin/python -m policylens "$@"\n' "$CLI" > $PL; chmod +x $PL
cd "$ROOT"
python3 "$SET/tools/run.py" --build "$BUILD" --name "$NAME"
python3 "$SET/tools/run.py" --build "$BUILD" --name "$NAME" --split holdout
python3 "$SET/score.py" --policylens $PL --set dev -v > "$SET/run-$NAME.log" 2>&1
python3 "$SET/score.py" --policylens $PL --set holdout -v > "$SET/run-holdout-$NAME.log" 2>&1
python3 "$SET/score.py" --policylens $PL --set all > "$SET/all-$NAME.log" 2>&1
rm -f $PL
cat "$SET/run-$NAME.log" "$SET/run-holdout-$NAME.log" "$SET/all-$NAME.log"
for f in "$SET"/ref/run-base/*.json "$SET"/ref/run-base-holdout/*.json; do
  g=$(echo "$f" | sed "s#/ref/run-base/#/ref/run-$NAME/#; s#/ref/run-base-holdout/#/ref/run-$NAME-holdout/#")
  if cmp -s "$f" "$g"; then echo "same as base: $g"; else echo "DIFFERS from base: $g"; fi
done
