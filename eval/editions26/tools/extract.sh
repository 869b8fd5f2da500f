#!/bin/sh
# Usage: extract.sh GROUP EDITION REPO COMMIT PATH EXT -- writes editions/GROUP/EDITION.EXT from a fetch snapshot
# (git cat-file blob, byte-exact) and appends a line to SOURCES.txt.
set -eu
here=${SET:-$(cd "$(dirname "$0")/.." && pwd)}  # SET: another edition set (eval/editions27 runs these)
group=$1; edition=$2; repo=$3; commit=$4; path=$5; ext=$6
gitdir=/work/.mirror/$(echo "$repo" | tr / +)/repo
mkdir -p "$here/editions/$group"
out="$here/editions/$group/$edition.$ext"
git --git-dir="$gitdir" cat-file blob "$commit:$path" > "$out"
blob=$(git --git-dir="$gitdir" rev-parse "$commit:$path")
printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$group" "$edition" "$repo" "$commit" "$path" "$blob" \
  "$(wc -c < "$out" | tr -d ' ')" "$(sha256sum "$out" | cut -d' ' -f1)" >> "$here/SOURCES.txt"
