#!/bin/sh
# final.sh TREE EVALREV OUTROOT: every measure set of the fifty-second session run with TREE/cli; the eval/ folder of git rev EVALREV (of /work/main) is copied to OUTROOT/eval so no tool writes into a worktree
# its eval/ is copied to OUTROOT/eval by git archive of TREE's HEAD so no tool writes into TREE)
TREE=$(cd "$1" && pwd); REV=$2; OUT=$3; mkdir -p $OUT; OUT=$(cd $OUT && pwd)
CLI=$TREE/cli
rm -rf $OUT/eval; git -C /work/main archive $REV eval | tar -x -C $OUT
{ git -C $TREE rev-parse HEAD; echo "eval from $REV"; } > $OUT/commit.txt
E=$OUT/eval
PL=$OUT/pl.sh
printf '#!/bin/sh\nPYTHONPATH=%s exec /work/main/.venv/bin/python -m policylens "$@"\n' "$CLI" > $PL; chmod +x $PL
PY=/work/main/.venv/bin/python
set -x
rm -rf $E/blind/round52e; git -C /work/wt/m52q archive HEAD eval/blind/round52e | tar -x -C $OUT
sh $E/blind/round52e/run.sh $CLI $OUT/round52e > $OUT/round52e.log 2>&1
sh $E/blind/round52d/run.sh $CLI $OUT/round52d > $OUT/round52d.log 2>&1
sh $E/precision52/run.sh $CLI $OUT/precision52 > $OUT/precision52.log 2>&1
mkdir -p $OUT/structure52
for part in dev holdout; do
  python3 $E/structure52/score.py --policylens $PL --set $part --what headings -v > $OUT/structure52/$part-verbose.log 2>&1
  python3 $E/structure52/tools/titles.py $PL $part > $OUT/structure52/$part-titles.log 2>&1
done
(cd $E/pairs52 && sh tools/run.sh $PL runs-final > /dev/null 2>&1; sh tools/run.sh $PL runs-held-final held > /dev/null 2>&1; python3 tools/dump.py runs-final > $OUT/pairs52-dump.txt 2>&1; python3 tools/dump.py runs-held-final > $OUT/pairs52-held-dump.txt 2>&1)
python3 $E/profiles52/score.py --policylens $PL --set all -v > $OUT/profiles52.log 2>&1
python3 $E/profiles52w/score.py --policylens $PL --set all -v > $OUT/profiles52w.log 2>&1
sh $E/editions52/tools/run_all.sh $PL $OUT/editions52-runs > $OUT/editions52.log 2>&1
sh $E/editions52/tools/run_heldout.sh $PL $OUT/editions52-heldout > $OUT/editions52-heldout.log 2>&1
python3 $E/editions52/tools/dump.py $OUT/editions52-runs/*.json $OUT/editions52-heldout/*.json > $OUT/editions52-dump.txt 2>&1
[ -f $E/templates52/run.sh ] && sh $E/templates52/run.sh $CLI $OUT/templates52 > $OUT/templates52.log 2>&1
for r in round51e round51d; do [ -f $E/blind/$r/run.sh ] && sh $E/blind/$r/run.sh $CLI $OUT/$r > $OUT/$r.log 2>&1; done
date > $OUT/.done
