#!/bin/sh
# Usage: index_copy.sh GROUP EDITION REPO COMMIT PATH EXT INDEX_ID TEXTFILE -- a file of a repository with no fetchable
# snapshot: the search index's stored text (read_file REPO PATH COMMIT, id INDEX_ID), written character for character
# and checked against the index's total_chars (tools/extract_all.sh gives it), copied to editions/GROUP/EDITION.EXT; a
# line to SOURCES.txt with "index:INDEX_ID" in the blob column.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
group=$1; edition=$2; repo=$3; commit=$4; path=$5; ext=$6; id=$7; text=$8
dir=${DIR:-editions}  # DIR=heldout for a held-out group
mkdir -p "$here/$dir/$group"
out="$here/$dir/$group/$edition.$ext"
cp "$text" "$out"
printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$group" "$edition" "$repo" "$commit" "$path" "index:$id" \
  "$(wc -c < "$out" | tr -d ' ')" "$(sha256sum "$out" | cut -d' ' -f1)" >> "$here/SOURCES.txt"
