#!/bin/sh
# First run / re-run of eval/blind/editions25 (u25c), from eval/blind/editions25/: sh tools/run_all.sh PL OUTDIR
# PL: the policylens wrapper (/tmp/base25-pl.sh for the frozen main e730dc0a). compare over each group (json and
# markdown), diff of each Chinese edition pair of one moment and of each timeline step.
pl=$1; out=$2; mkdir -p $out/diff
for g in $(ls editions); do
  $pl compare editions/$g -j 1 --format json > $out/compare-$g.json 2> $out/compare-$g.err; echo "compare $g rc=$?"
  $pl compare editions/$g -j 1 --format markdown > $out/compare-$g.md 2>/dev/null
done
step() { # group old-file new-file
  n=$1--$(basename $2 | sed 's/\.[a-z]*$//')--$(basename $3 | sed 's/\.[a-z]*$//')
  $pl diff editions/$1/$2 editions/$1/$3 --format json > $out/diff/$n.json 2> $out/diff/$n.err; echo "diff $n rc=$?"
  $pl diff editions/$1/$2 editions/$1/$3 --format text > $out/diff/$n.txt 2>/dev/null
}
step kpj zh-Hans.2025-04-19.html zh-Hant.2025-04-19.html
step neko zh-CN.2026-03-11.html zh-Hant.2026-03-11.html
step snapnote zh-Hans.2026-04-06.html zh-Hant.2026-04-06.html
step timer zh-CN.2025-07-12.html zh-Hant.2025-07-12.html
step tokenwatch-timeline zh-CN.2026-07-04.md zh-CN.2026-07-07.md
step tokenwatch-timeline zh-CN.2026-07-07.md zh-CN.2026-07-16.md
step neonvj-timeline zh-Hans.2025-08-17.html zh-Hans.2025-12-20.html
step neonvj-timeline zh-Hans.2025-12-20.html zh-Hans.2026-02-11.html
step timer-lag zh-CN.2025-04-09.html zh-CN.2025-06-03.html
