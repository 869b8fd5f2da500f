#!/bin/bash
# usage: chk.sh owner/name  -> prints OK or where it is used
r="$1"
hit=0
grep -qiF "$r " /work/claims.txt && { echo "CLAIMED: $(grep -iF "$r " /work/claims.txt)"; hit=1; }
f=$(grep -rliF "$r" /work/main/corpora /work/main/eval --exclude-dir=blind 2>/dev/null); [ -n "$f" ] && { echo "USED: $f"; hit=1; }
f=$(grep -rliF "$r" /work/main/eval/blind 2>/dev/null); [ -n "$f" ] && { echo "BLIND: $f"; hit=1; }
m="/work/.mirror/${r/\//+}"; ls -d $m* 2>/dev/null && { echo "MIRRORED already"; }
[ $hit = 0 ] && echo OK
