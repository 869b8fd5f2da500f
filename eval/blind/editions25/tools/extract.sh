#!/bin/sh
# group edition date mirror commit path ext — one edition of one moment, byte-exact from a `fetch` snapshot
# (git cat-file blob COMMIT:PATH); prints the source line that annotations/<group>.json records (copied from eval/blind/editions23, t23c).
set -e
d=editions/$1; mkdir -p $d
g=/work/.mirror/$4/repo
f=$d/$2.$3.$7
git -C $g cat-file blob "$5:$6" > $f
echo "$1 $2 $4 $(git -C $g rev-parse $5) $6 $(git -C $g rev-parse $5:$6) $(wc -c < $f) $(sha256sum $f | cut -c1-64)"
