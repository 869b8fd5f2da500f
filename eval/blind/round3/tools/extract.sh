#!/bin/bash
# usage: extract.sh owner/name PATH DOCNAME [COMMIT]
# copies the byte-exact blob of PATH at the last commit touching it (on HEAD) into /work/eval3/holdout/DOCNAME/
set -e
repo="$1"; path="$2"; name="$3"; forced="$4"
d=/work/.mirror/$(echo "$repo" | tr / +)
gd=$d/repo; [ -d "$gd" ] || gd=$(find "$d" -maxdepth 2 -name HEAD -printf '%h\n' | head -1)
commit=${forced:-$(git -C "$gd" log -1 --format=%H HEAD -- "$path")}
mkdir -p /work/eval3/holdout/"$name"
out=/work/eval3/holdout/"$name"/"$(basename "$path")"
git -C "$gd" cat-file blob "$commit:$path" > "$out"
blob=$(git -C "$gd" rev-parse "$commit:$path"); h=$(git hash-object "$out")
[ "$blob" = "$h" ] || { echo "HASH MISMATCH"; exit 1; }
lic=$(git -c core.quotePath=false -C "$gd" ls-tree --name-only "$commit" | grep -iE '^(licen[cs]e|copying)' | head -1)
echo "$repo|$path|$commit|${lic:-none}|$blob|$(wc -c < "$out")" | tee -a /work/eval3/tools/sources.txt
