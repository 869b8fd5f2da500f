#!/bin/sh
# Run every set of the fifty-sixth session's final table once on one policylens build (m56p).
#   sh eval/profiles56q/ref/run_sets.sh SETS_TREE CLI TAG OUT
# SETS_TREE: a checkout holding the sets (eval/…); CLI: the build's cli/ folder; TAG: a name for the outputs;
# OUT: a folder for the round outputs.  Profile sets write their own ref/run-TAG*/ and *-TAG.log (inside SETS_TREE).
set -u
T=$(cd "$1" && pwd); CLI=$(cd "$2" && pwd); TAG=$3; OUT=$4
mkdir -p "$OUT"
cd "$T"
for s in eval/profiles56p eval/profiles56q eval/profiles55p eval/profiles55q; do
  [ -f "$s/run.sh" ] || continue
  sh "$s/run.sh" "$CLI" "$TAG" > "$OUT/$(basename $s).txt" 2>&1
  tail -n 8 "$s/all-$TAG.log" | sed "s#^#$(basename $s): #"
done
for r in eval/blind/round56p eval/blind/round56q eval/blind/round55q eval/blind/round55p; do
  [ -x "$r/run.sh" ] || continue
  "$r/run.sh" "$CLI" "$OUT/$(basename $r)" > /dev/null 2>&1
  echo "$(basename $r): $(tail -n 1 "$OUT/$(basename $r)/issue11.txt")"
done
