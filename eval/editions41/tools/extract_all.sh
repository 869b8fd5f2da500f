#!/bin/sh
# Every file of the set. Git blobs from fetch snapshots (git cat-file blob, byte-exact); zipsoon's editions at 20ab5ec
# are the search index's text (no snapshot holds that commit), written character for character into index/ and checked
# against the index's total_chars (README), copied here by index_copy. The held-out groups (random.Random(41).sample
# of the five sorted group names, drawn before any run, README) are moved to heldout/ after.
set -eu
d=$(dirname "$0"); here=$(cd "$d/.." && pwd)
x() { $d/extract.sh "$@"; }
index_copy() {  # GROUP EDITION REPO COMMIT PATH INDEX_ID SRC
  mkdir -p "$here/editions/$1"; out="$here/editions/$1/$2.html"; cp "$here/index/$7" "$out"
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" "$5" "index:$6" \
    "$(wc -c < "$out" | tr -d ' ')" "$(sha256sum "$out" | cut -d' ' -f1)" >> "$here/SOURCES.txt"
}
F=cignoir/frameglyph.github.io; FC=9f79069065fc8fc936381f3ceea333043a578169
x frameglyph en.2026-02-21 $F $FC privacy.md md
x frameglyph zh-Hans.2026-02-21 $F $FC zh-Hans/privacy.md md
M=cslovexp/margin-mate
MC=$(git --git-dir=/work/.mirror/cslovexp+margin-mate/repo rev-parse 26ec953)
ML=$(git --git-dir=/work/.mirror/cslovexp+margin-mate/repo rev-parse 695ff68)
x marginmate en.2026-06-22 $M $MC privacy-policy-en.md md
x marginmate zh-Hans.2026-06-22 $M $MC privacy-policy-zh-Hans.md md
# marginmate-lag: a constructed pairing of two real blobs. The English of 26ec953 (2026-06-22) with the zh-Hans as it
# stood at 695ff68 (2026-06-11, unchanged until 26ec953), dated alike: a translation not updated (README).
x marginmate-lag en.2026-06-22 $M $MC privacy-policy-en.md md
x marginmate-lag zh-Hans.2026-06-22 $M $ML privacy-policy-zh-Hans.md md
Z=milkbock/zipsoon-legal; ZC=20ab5ec7376f30615e277d051570e619fabcbbca
index_copy zipsoon en $Z $ZC privacy-policy-en.html 66567789650 en.20ab5ec.html
index_copy zipsoon zh-Hans $Z $ZC privacy-policy-zh-Hans.html 66694022997 zh-Hans.20ab5ec.html
index_copy zipsoon zh-Hant $Z $ZC privacy-policy-zh-Hant.html 66927569613 zh-Hant.20ab5ec.html
# zipsoon-lag: a constructed pairing. The English as it stood at 6fade0a (2026-04-10, the snapshot's newest English)
# with the zh-Hant of 20ab5ec (index; later), both undated: an English edition not updated (README).
ZO=$(git --git-dir=/work/.mirror/milkbock+zipsoon-legal/repo rev-parse 6fade0a)
x zipsoon-lag en $Z $ZO privacy-policy-en.html html
index_copy zipsoon-lag zh-Hant $Z $ZC privacy-policy-zh-Hant.html 66927569613 zh-Hant.20ab5ec.html
