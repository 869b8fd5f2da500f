#!/bin/sh
# Re-extract every round11 document as the byte-exact git blob from a fetched snapshot (/work/.mirror).
# Usage: sh tools/extract_all.sh   (run in eval/blind/round11); manifest: tools/manifest.tsv (name, repo, commit, path)
set -e
cd "$(dirname "$0")/.."
while IFS='	' read -r name repo commit path; do
  d="/work/.mirror/$(echo "$repo" | tr / +)/repo"; [ -d "$d/.git" ] && d="$d/.git"
  full=$(git --git-dir="$d" rev-parse "$commit^{commit}")
  mkdir -p "holdout/$name"
  out="holdout/$name/$(basename "$path")"
  git --git-dir="$d" cat-file blob "$full:$path" > "$out"
  want=$(git --git-dir="$d" rev-parse "$full:$path"); got=$(git hash-object "$out")
  [ "$want" = "$got" ] || { echo "hash mismatch $name"; exit 1; }
  echo "$name $full $want"
done < tools/manifest.tsv
