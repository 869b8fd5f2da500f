#!/bin/sh
# run.sh PL OUTDIR [held]: diff --format json/text of the dev pairs (or, with `held`, only the held-out ones); exits in OUTDIR/exit.txt
# (pairs49 run.sh, copied for pairs50d, then pairs51d, pairs52, pairs52b, pairs53b, pairs54d, pairs54d2, pairs55d, pairs56d, pairs59e, pairs60e, pairs61s)
PL=$1; out=$2; mkdir -p $out; : > $out/exit.txt
for d in pairs/*/; do
  p=$(basename $d)
  if grep -qx "$p" HELDOUT.txt; then [ "$3" = held ] || continue; else [ "$3" = held ] && continue; fi
  o=$(ls $d/old.*); n=$(ls $d/new.*)
  $PL diff $o $n --format json > $out/$p.json 2> $out/$p.err; rc=$?
  $PL diff $o $n --format text > $out/$p.txt 2>> $out/$p.err
  echo "$p $rc" >> $out/exit.txt
done
