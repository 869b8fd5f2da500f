#!/bin/sh
# usage: extract.sh OWNER/NAME COMMIT PATH DEST   (byte-exact blob from the fetched snapshot)
set -e
d=/work/.mirror/$(echo "$1" | tr / +)/repo; [ -d "$d/.git" ] && d=$d/.git
mkdir -p "$(dirname "$4")"
git -C "$d" cat-file blob "$2:$3" > "$4"
echo "$4: $(wc -c < "$4") bytes, blob $(git -C "$d" rev-parse "$2:$3" | cut -c1-8), commit $(git -C "$d" rev-parse "$2")"
