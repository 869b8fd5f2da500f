#!/bin/sh
# usage: chk.sh owner/name ...  -> prints FREE or where it is listed
for r in "$@"; do
  hits=""
  grep -qiF "$r" /work/claims.txt && hits="$hits claims"
  for f in /work/main/corpora/SOURCES.md /work/main/corpora/external-SOURCES.md /work/main/eval/README.md /work/main/eval/dev2/README.md /work/main/eval/dev3h/README.md /work/main/eval/profiles/README.md; do
    [ -f "$f" ] && grep -qiF "$r" "$f" && hits="$hits $(basename $(dirname $f))/$(basename $f)"
  done
  n=$(grep -ciF "$r" /work/main/eval/blind/README.md)
  [ "$n" != "0" ] && hits="$hits blind"
  m=$(echo "$r" | tr / +)
  [ -d /work/.mirror/$m ] && hits="$hits (mirrored)"
  echo "$r: ${hits:-FREE}"
done
