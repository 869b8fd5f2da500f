#!/bin/sh
# The first run (frozen main e730dc0a via ref/pl-main.sh): one JSON per document in ref/run1/.
cd "$(dirname "$0")/.." || exit 1
for f in holdout/*.json; do
  n=$(basename "$f" .json)
  doc=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['file'])" "$f")
  ref/pl-main.sh check "$doc" --profile cn-pipl --profile cn-gbt35273 --explain-coverage --format json --no-config --fail-on never > "ref/run1/$n.json"
done
