#!/bin/sh
# m55q's driver for the session's base -> final table (eval/final55.md): run every listed set of TREE (a checkout holding
# the sets) with the policylens of CLI; outputs in the sets' own places (profiles: ref/run-TAG*, logs) and in OUT.
#   sh eval/profiles55q/ref/run_sets.sh TREE CLI TAG OUT
TREE=$1; CLI=$2; TAG=$3; OUT=$4; mkdir -p "$OUT"; cd "$TREE" || exit 2
for s in profiles55q profiles55p profiles54q; do
  [ -d eval/$s ] && sh eval/$s/run.sh "$CLI" "$TAG" > "$OUT/$s.txt" 2>&1
done
for r in round55q round55p round54q; do
  [ -d eval/blind/$r ] && eval/blind/$r/run.sh "$CLI" "$OUT/$r" > "$OUT/$r.txt" 2>&1
done
if [ -d eval/editions55 ]; then
  mkdir -p "$OUT/editions55"
  for g in dovecot daybar; do
    (cd eval/editions55 && PYTHONHASHSEED=0 PYTHONPATH="$CLI" /work/main/.venv/bin/python -m policylens compare editions/$g -j 1 \
      --format json > "$OUT/editions55/$g.json" 2> "$OUT/editions55/$g.stderr")
    if cmp -s "$OUT/editions55/$g.json" eval/editions55/runs-base/$g.json; then echo "editions55 $g: same as runs-base"; else echo "editions55 $g: DIFFERS from runs-base"; fi
  done > "$OUT/editions55.txt"
fi
if [ -d eval/pairs55d ]; then
  PLW="$OUT/pl.sh"; printf '#!/bin/sh\nPYTHONPATH=%s exec /work/main/.venv/bin/python -m policylens "$@"\n' "$CLI" > "$PLW"; chmod +x "$PLW"
  (cd eval/pairs55d && sh tools/run.sh "$PLW" "$OUT/pairs55d" && sh tools/run.sh "$PLW" "$OUT/pairs55d-held" held)
  for f in "$OUT"/pairs55d/*.json "$OUT"/pairs55d-held/*.json; do
    b=$(echo "$f" | sed "s#$OUT/pairs55d-held/#eval/pairs55d/runs-held-base/#; s#$OUT/pairs55d/#eval/pairs55d/runs-base/#")
    if cmp -s "$f" "$b"; then echo "same as base: $f"; else echo "DIFFERS from base: $f"; fi
  done > "$OUT/pairs55d.txt"
fi
echo done > "$OUT/.done"
