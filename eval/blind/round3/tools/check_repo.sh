#!/bin/bash
# usage: check_repo.sh owner/name  -> prints where it is already used (empty = free)
r="$1"
for f in /work/claims.txt /work/main/corpora/SOURCES.md /work/main/corpora/external-SOURCES.md /work/main/eval/README.md /work/main/eval/dev2/README.md /work/main/eval/profiles/README.md /work/eval2/README.md; do
  grep -qiF "$r" "$f" 2>/dev/null && echo "USED in $f"
done
n=$(grep -ciF "$r" /work/main/eval/blind/README.md); [ "$n" != "0" ] && echo "USED in blind ($n)"
exit 0
