#!/bin/bash
# Extract every document of eval/structure36 byte-exact from its fetched snapshot (git cat-file blob COMMIT:PATH).
# Usage: bash eval/structure36/tools/extract.sh   (run from the repository root; needs /work/.mirror/<owner>+<name>/repo)
set -euo pipefail
HERE=$(cd "$(dirname "$0")/.." && pwd)
HOLDOUT=" corgi-disclaimer-docx metinfo-eula-txt wine-privacy-jsp zoomla-license-txt "
while IFS=$'\t' read -r name repo commit path file; do
  set_=dev; case "$HOLDOUT" in *" $name "*) set_=holdout;; esac
  mkdir -p "$HERE/$set_/$name"
  gd="/work/.mirror/${repo/\//+}/repo"; [ -d "$gd/.git" ] && gd="$gd/.git"
  git --git-dir="$gd" cat-file blob "$commit:$path" > "$HERE/$set_/$name/$file"
  echo "$set_/$name/$file $(git hash-object "$HERE/$set_/$name/$file")"
done < "$HERE/tools/manifest.tsv"
