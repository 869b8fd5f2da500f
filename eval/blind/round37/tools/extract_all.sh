#!/bin/sh
# How round37's documents were taken.  The repository blob (byte-exact, from a fetched snapshot):
#   sh tools/extract_all.sh STAGING_DIR
# The index texts (the repository is not identifiable from the index, or was not fetched) were written from the
# search index's stored text of the file, character for character, and their lengths checked against the index's
# total_chars: cardcenter-dart 70416194969, portalterms-tsx 62752338203, huami-swift 70393787716,
# saidseed-sql 53508437543, siweizhe-js 57479692355, moyue-swift 70147170490, huami-py 70376375767,
# supermarket-java 68641907093, voicechanger-py 18342509850 (index ids); gamebob-ts is the index copy of
# jjlmoya/jjlmoya@06da69ea src/data/gamebob/translations/zh.ts.  File names the index does not give were chosen
# from the file's own text (a class, a page or the generated file's name) and keep the language's extension.
set -e
OUT=${1:-/tmp/u37r-stage}
x() { # name mirror commit path
  mkdir -p "$OUT/$1"
  git --git-dir="$2" cat-file blob "$3:$4" > "$OUT/$1/$(basename "$4")"
  echo "$1 $(git --git-dir="$2" rev-parse "$3:$4") $(basename "$4")"
}
M=/work/.mirror
x douyinbulk-md $M/redrain-wang+douyin-bulk-management/repo 30f2fee2589ee16362764d11737a6bc5f5cada1d chrome-extension/PRIVACY.md
