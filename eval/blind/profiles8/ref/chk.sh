#!/bin/bash
# usage: chk.sh owner/name ...
cd /work/main
for r in "$@"; do
  a=$(grep -ic "^$r " /work/claims.txt); b=$(grep -rli "$r" corpora eval --exclude-dir=blind | wc -l); c=$(grep -rli "$r" eval/blind | wc -l)
  echo "$r claims=$a main=$b blind=$c"
done
