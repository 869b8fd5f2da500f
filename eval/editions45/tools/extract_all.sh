#!/bin/sh
# Every file of the set. reefflow's are git blobs from a fetch snapshot (git cat-file blob, byte-exact); cooktutor's,
# reccue's and mindfulwork's are the search index's text (no snapshot of florence2go/cooktutor-legal,
# florence2go/teleprompter-legal or sarcopods/work-legal can be had here), written character for character into index/
# and checked against the index's total_chars (README), copied here by index_copy. The held-out groups
# (random.Random(45).sample of the six sorted group names, drawn before any run, ref/hashes.md) are moved to heldout/
# after.
set -eu
d=$(dirname "$0"); here=$(cd "$d/.." && pwd)
x() { sh $d/extract.sh "$@"; }
index_copy() {  # GROUP EDITION REPO COMMIT PATH INDEX_ID SRC
  ext=${7##*.}
  mkdir -p "$here/editions/$1"; out="$here/editions/$1/$2.$ext"; cp "$here/index/$7" "$out"
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" "$5" "index:$6" \
    "$(wc -c < "$out" | tr -d ' ')" "$(sha256sum "$out" | cut -d' ' -f1)" >> "$here/SOURCES.txt"
}
R=Xun88888/reefflow-legal; RC=61840b4813885e2e504f6f949efa72025d7cd1d2; RO=e56c6a47ecb135d6620dfe26a6cefdb4dc51b677
x reefflow en.2026-07-05 $R $RC privacy.en.html html
x reefflow zh-Hans.2026-07-05 $R $RC privacy.zh-CN.html html
x reefflow zh-TW.2026-07-05 $R $RC privacy.zh-TW.html html
# reefflow-lag: a constructed pairing of real blobs. The English and zh-Hans of 61840b4 (which changed the contact
# e-mail in every edition) with the zh-TW as it stood at e56c6a4 (the commit that created the pages, same day), dated
# alike: a translation not updated (README).
x reefflow-lag en.2026-07-05 $R $RC privacy.en.html html
x reefflow-lag zh-Hans.2026-07-05 $R $RC privacy.zh-CN.html html
x reefflow-lag zh-TW.2026-07-05 $R $RO privacy.zh-TW.html html
C=florence2go/cooktutor-legal; CC=4c415ee29ae45a7e376a36784a9720013538b44d; CO=1daef759723048de282591ed2c0ff78866707f2a
index_copy cooktutor en.2026-09-18 $C $CC privacy.en.html 68685518989 cooktutor-en.4c415ee.html
index_copy cooktutor zh-Hans.2026-09-18 $C $CC privacy.html 68419736213 cooktutor-zh-Hans.4c415ee.html
index_copy cooktutor zh-HK.2026-09-18 $C $CC privacy.zh-Hant.html 68617156711 cooktutor-zh-HK.4c415ee.html
index_copy cooktutor zh-TW.2026-09-18 $C $CC privacy.zh-TW.html 68515278018 cooktutor-zh-TW.4c415ee.html
# cooktutor-lag: a constructed pairing of real index versions. en, zh-Hans and zh-HK of 4c415ee (version 18 September
# 2026: "Paste and organise" replaced "Web import") with the zh-TW as stored at 1daef75 (version 11 September 2026, still
# 「從網頁匯入」), dated alike (README).
index_copy cooktutor-lag en.2026-09-18 $C $CC privacy.en.html 68685518989 cooktutor-en.4c415ee.html
index_copy cooktutor-lag zh-Hans.2026-09-18 $C $CC privacy.html 68419736213 cooktutor-zh-Hans.4c415ee.html
index_copy cooktutor-lag zh-HK.2026-09-18 $C $CC privacy.zh-Hant.html 68617156711 cooktutor-zh-HK.4c415ee.html
index_copy cooktutor-lag zh-TW.2026-09-18 $C $CO privacy.zh-TW.html 68341255930 cooktutor-zh-TW.1daef75.html
# reccue-lag: a constructed pairing of real index versions. The English of e0030bc (version 16 September 2026, which
# added .rtf to File import) with the zh-Hans and zh-TW of e11f01b (version 14 September 2026), dated alike (README).
T=florence2go/teleprompter-legal; TN=e0030bcb422352a88561cd22b0ad8b9b5fb69c93; TO=e11f01b6cde171426f1c24e03061f39ee759c3a4
index_copy reccue-lag en.2026-09-16 $T $TN privacy.en.html 68947284210 reccue-en.e0030bc.html
index_copy reccue-lag zh-Hans.2026-09-16 $T $TO privacy.html 68954012739 reccue-zh-Hans.e11f01b.html
index_copy reccue-lag zh-TW.2026-09-16 $T $TO privacy.zh-TW.html 69316060095 reccue-zh-TW.e11f01b.html
# mindfulwork-lag: a constructed pairing of real index versions, the English lagging. The English as stored at 3a308da
# (Last updated: February 24, 2026) with the zh-TW of 06424c0 (最近更新：2026年6月22日), dated alike (README).
M=sarcopods/work-legal; MO=3a308da21406f220d51e2a740b4f96ae195ca9c7; MN=06424c0a1fb67f264fe5af3ceef6e63a70636f44
index_copy mindfulwork-lag en.2026-06-22 $M $MO privacy.html 61425439454 mindfulwork-en.3a308da.html
index_copy mindfulwork-lag zh-TW.2026-06-22 $M $MN privacy.zh-TW.html 61654542533 mindfulwork-zh-TW.06424c0.html
