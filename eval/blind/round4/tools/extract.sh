#!/bin/sh
# usage: extract.sh OWNER+NAME COMMIT PATH DEST  (byte-exact blob from a fetched snapshot)
set -e
repo=/work/.mirror/$1/repo
mkdir -p "$(dirname "$4")"
git -C "$repo" cat-file blob "$2:$3" > "$4"
echo "$4: $(wc -c < "$4") bytes, blob $(git -C "$repo" rev-parse "$2:$3" | cut -c1-8), commit $(git -C "$repo" rev-parse "$2")"
