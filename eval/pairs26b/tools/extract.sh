#!/bin/sh
# name mirror oldcommit oldpath newcommit newpath ext [newext]: byte-exact blobs from the fetch snapshots (as pairs20),
# one line per side in SOURCES.txt: pair side commit blob bytes sha256 path
set -e
d=pairs/$1; mkdir -p $d
g=/work/.mirror/$2/repo
ne=${8:-$7}
git -C $g cat-file blob "$3:$4" > $d/old.$7
git -C $g cat-file blob "$5:$6" > $d/new.$ne
echo "$1 old $(git -C $g rev-parse $3) $(git -C $g rev-parse "$3:$4") $(wc -c < $d/old.$7) $(sha256sum < $d/old.$7 | cut -c1-64) $4"
echo "$1 new $(git -C $g rev-parse $5) $(git -C $g rev-parse "$5:$6") $(wc -c < $d/new.$ne) $(sha256sum < $d/new.$ne | cut -c1-64) $6"
