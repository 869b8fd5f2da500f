#!/bin/sh
# name mirror oldcommit oldpath newcommit newpath ext [newext]  (blobs byte-exact from the fetch snapshots; as pairs24)
set -e
d=pairs/$1; mkdir -p $d
g=/work/.mirror/$2/repo
ne=${8:-$7}
git -C $g cat-file blob "$3:$4" > $d/old.$7
git -C $g cat-file blob "$5:$6" > $d/new.$ne
echo "$1 old $(git -C $g rev-parse $3) $(git -C $g rev-parse $3:$4) $(wc -c < $d/old.$7)"
echo "$1 new $(git -C $g rev-parse $5) $(git -C $g rev-parse $5:$6) $(wc -c < $d/new.$ne)"
