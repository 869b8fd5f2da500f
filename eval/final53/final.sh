#!/bin/sh
# m53q: run every set of the final measure on one tree: /tmp/m53q_final.sh TREE NAME
TREE=$1; NAME=$2; W=/work/wt/m53q; OUT=/tmp/m53q_run_$NAME; mkdir -p $OUT
cd $W
echo "== profiles53q"; sh eval/profiles53q/run.sh $TREE/cli $NAME > $OUT/profiles53q.txt 2>&1; tail -12 $OUT/profiles53q.txt
echo "== round53q"; sh eval/blind/round53q/run.sh $TREE/cli $OUT/round53q > $OUT/round53q.txt 2>&1; cat $OUT/round53q.txt
echo "== profiles53b"; sh eval/profiles53b/run.sh $TREE/cli $NAME > $OUT/profiles53b.txt 2>&1; grep -A8 "^profile" $OUT/profiles53b.txt | tail -9; grep -c DIFFERS $OUT/profiles53b.txt
echo "== pairs53b"; sh eval/pairs53b/run.sh $TREE/cli $NAME > $OUT/pairs53b.txt 2>&1; grep "same as\|DIFFERS" $OUT/pairs53b.txt | sort | uniq -c | head -20
echo "== profiles53w"; printf '#!/bin/sh\nPYTHONPATH=%s/cli exec /work/main/.venv/bin/python -m policylens "$@"\n' $TREE > $OUT/pl.sh; chmod +x $OUT/pl.sh
python3 eval/profiles53w/score.py --policylens $OUT/pl.sh --set dev -v > $OUT/profiles53w-dev.txt 2>&1
python3 eval/profiles53w/score.py --policylens $OUT/pl.sh --set holdout -v > $OUT/profiles53w-holdout.txt 2>&1
python3 eval/profiles53w/score.py --policylens $OUT/pl.sh --set all > $OUT/profiles53w-all.txt 2>&1; cat $OUT/profiles53w-all.txt
echo "== round53p"; sh eval/blind/round53p/run.sh $TREE/cli $OUT/round53p > $OUT/round53p.txt 2>&1; cat $OUT/round53p.txt
