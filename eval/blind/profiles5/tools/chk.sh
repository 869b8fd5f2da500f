#!/bin/bash
# usage: chk.sh owner/name  -> prints whether it may be used
r="$1"
c1=$(grep -ci "^$r " /work/claims.txt)
c2=$(grep -rli "$r" /work/main/corpora /work/main/eval --exclude-dir=blind 2>/dev/null | wc -l)
c3=$(grep -ci "$r" /work/main/eval/blind/README.md)
echo "$r claims=$c1 main=$c2 blind=$c3"
