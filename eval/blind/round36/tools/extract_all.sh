#!/bin/sh
# How round36's documents were taken.  Repository blobs (byte-exact, from a fetched snapshot):
#   sh tools/extract_all.sh STAGING_DIR
# The index texts (no snapshot could be fetched for their repositories, or the repository is unknown) were written
# from the search index's stored text of the file, character for character (lengths checked against the index's
# total_chars): dshcloud-md 59875583615, legalshell-tsx 62773361298, ma3-md 68316631823, vuedemo-vue 69568885946,
# jkpk-kt 35703179045, legaldraft-ts 67424775238 (index ids), youju-ets 2697881905/youju@4b95d1eb
# entry/src/main/ets/pages/PrivacyPage.ets and accountdl-html xixiaotiam1219-lab/accountDL@2869964d
# entry/src/main/resources/rawfile/user_agreement.html (index copies of repository files).
set -e
OUT=${1:-/tmp/u36r-stage}
x() { # name mirror commit path
  mkdir -p "$OUT/$1"
  git --git-dir="$2" cat-file blob "$3:$4" > "$OUT/$1/$(basename "$4")"
  echo "$1 $(git --git-dir="$2" rev-parse "$3:$4") $(basename "$4")"
}
M=/work/.mirror
x banban-md $M/chanran324234+banban-app/repo db9398e7ed96013e6c848bc05051f482691edca9 docs/privacy-policy.md
