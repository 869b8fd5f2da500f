#!/bin/bash
# usage: okrepo.sh owner/name  -> prints OK or reason
r="$1"
if grep -qiF "$r " /work/claims.txt; then echo "CLAIMED: $(grep -iF "$r " /work/claims.txt)"; exit 1; fi
if grep -rqiF "$r" /work/main/corpora /work/main/eval --exclude-dir=blind 2>/dev/null; then echo "IN main corpora/eval"; exit 1; fi
c=$(grep -ciF "$r" /work/main/eval/blind/README.md); if [ "$c" != "0" ]; then echo "IN blind README"; exit 1; fi
echo OK
