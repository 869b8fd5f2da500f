#!/bin/sh
# usage: skipcheck.sh owner/name  -> prints where it appears (grep only)
r="$1"; n="${r#*/}"
cd /work/main
for f in /work/claims.txt corpora/SOURCES.md corpora/external-SOURCES.md eval/README.md eval/dev2/README.md eval/dev3h/README.md eval/profiles/README.md eval/blind/README.md; do
  if grep -q -i -F "$r" "$f" 2>/dev/null; then echo "HIT $r in $f"; fi
  if grep -q -i -F "$n" "$f" 2>/dev/null; then echo "hit(name) $n in $f"; fi
done
echo done
