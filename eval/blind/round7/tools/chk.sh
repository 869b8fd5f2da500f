#!/bin/bash
# usage: chk.sh owner/name  -> prints hits in claims/corpora/eval (blind: file names only)
r="$1"
grep -i -- "$r" /work/claims.txt && echo "CLAIMED"
grep -ril --exclude-dir=blind -- "$r" /work/main/corpora /work/main/eval && echo "IN MAIN"
grep -ril -- "$r" /work/main/eval/blind && echo "IN BLIND"
echo "done $r"
