#!/bin/sh
# First run / re-run of eval/blind/editions23 (t23c), from eval/blind/editions23/: sh tools/run_all.sh PL OUTDIR
# PL: the policylens wrapper (/tmp/base23-pl.sh for the frozen main 205f37e8). compare over each group (json and
# markdown) and diff of each Chinese edition pair (cross-script, and zh-CN / zh-Hans of sportsperf*).
pl=$1; out=$2; mkdir -p $out/diff
for g in $(ls editions); do
  $pl compare editions/$g -j 1 --format json > $out/compare-$g.json 2> $out/compare-$g.err; echo "compare $g rc=$?"
  $pl compare editions/$g -j 1 --format markdown > $out/compare-$g.md 2>/dev/null
done
pair() { # group a b
  a=$(ls editions/$1/$2.*); b=$(ls editions/$1/$3.*)
  $pl diff $a $b --format json > $out/diff/$1--$2--$3.json 2> $out/diff/$1--$2--$3.err; echo "diff $1 $2 $3 rc=$?"
  $pl diff $a $b --format text > $out/diff/$1--$2--$3.txt 2>/dev/null
}
pair calzo zh-Hans zh-Hant
pair ipcam zh-Hans zh-Hant
pair reminisea zh-CN zh-Hant
pair fanqie zh-CN zh-Hant
pair sportsperf zh-CN zh-Hans
pair sportsperf-contact zh-CN zh-Hans
step() { # group old-file new-file: one timeline step
  n=$1--$(basename $2 .html)--$(basename $3 .html)
  $pl diff editions/$1/$2 editions/$1/$3 --format json > $out/diff/$n.json 2> $out/diff/$n.err; echo "diff $n rc=$?"
  $pl diff editions/$1/$2 editions/$1/$3 --format text > $out/diff/$n.txt 2>/dev/null
}
step ipcam-timeline zh-Hans.2026-05-25.html zh-Hans.2026-05-26.html
step ipcam-timeline zh-Hans.2026-05-26.html zh-Hans.2026-06-02.html
step fanqie-timeline zh-CN.2025-12-17.html zh-CN.2025-12-27.html
step bazi-timeline zh-CN.2026-07-28.html zh-CN.2026-07-29.html
