#!/bin/bash
# usage: claim.sh owner/name -> appends a claim if free; prints OK or TAKEN
r="$1"; o=$(/work/eval3/tools/check_repo.sh "$r")
if [ -n "$o" ]; then echo "TAKEN $r: $o"; exit 1; fi
echo "$r ev3" >> /work/claims.txt
first=$(grep -n -i -F "$r " /work/claims.txt | head -1)
case "$first" in *" ev3") echo "OK $r";; *) echo "LOST $r to: $first"; sed -i "\#^$r ev3\$#d" /work/claims.txt; exit 1;; esac
