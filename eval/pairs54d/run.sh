#!/bin/sh
# One-command rerun of pairs54d on any tree:  sh eval/pairs54d/run.sh /path/to/tree/cli [NAME]
# Runs the dev pairs into runs-NAME/ and the held-out pair into runs-held-NAME/ (NAME defaults to "final"), prints the
# entries to judge, and says whether each report is byte-identical to the base's (then the base verdicts in
# tools/judge.py apply unchanged: copy them to cases NAME / held-NAME and run ../pairs26/tools/score.py NAME .).
CLI=$(cd "$1" && pwd); NAME=${2:-final}
cd "$(dirname "$0")"
PL=$(mktemp); printf '#!/bin/sh\nPYTHONPATH=%s exec /work/main/.venv/bin/python -m policylens "$@"\n' "$CLI" > $PL; chmod +x $PL
sh tools/run.sh $PL runs-$NAME
sh tools/run.sh $PL runs-held-$NAME held
rm -f $PL
python3 tools/dump.py runs-$NAME; python3 tools/dump.py runs-held-$NAME
for f in runs-base/*.json runs-base/*.txt runs-held-base/*.json runs-held-base/*.txt; do
  g=$(echo $f | sed "s#^runs-base/#runs-$NAME/#; s#^runs-held-base/#runs-held-$NAME/#")
  if cmp -s $f $g; then echo "same as base: $g"; else echo "DIFFERS from base: $g"; fi
done
