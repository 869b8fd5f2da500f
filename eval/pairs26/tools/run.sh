#!/bin/sh
# run.sh PL OUTDIR: `diff --format json` and `--format text` of every pair, exit codes in OUTDIR/exit.txt (s22d)
PL=$1; out=$2; mkdir -p $out; : > $out/exit.txt
for d in pairs/*/; do
  p=$(basename $d); o=$(ls $d/old.*); n=$(ls $d/new.*)
  $PL diff $o $n --format json > $out/$p.json 2> $out/$p.err; rc=$?
  $PL diff $o $n --format text > $out/$p.txt 2>> $out/$p.err
  echo "$p $rc" >> $out/exit.txt
done
