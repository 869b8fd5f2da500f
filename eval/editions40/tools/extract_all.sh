#!/bin/sh
# Every file of the set from fetch snapshots (git cat-file blob, byte-exact); each edition dated by the commit date of
# the commit it is taken at. battleflow-tw's zh-Hant.2026-03-17 is the zh-Hant template literal of privacyData in
# src/i18n/data.ts at 59da295 (its text between the backquotes, tools/extract_literal.py), not a file of its own.
# The held-out groups (random.Random(40).sample of the five sorted group names, drawn before any run, README) are
# moved to heldout/ after.
set -eu
d=$(dirname "$0")
x() { $d/extract.sh "$@"; }
B=gbiktx/battle-flow-landing; BC=9efe65887ebeac78e59ffdcafaff05b03e38c334
x battleflow en.2026-03-04 $B $BC _includes/legal/privacy_content.md md
x battleflow zh-Hans.2026-03-04 $B $BC _includes/legal/privacy_content_zh_hans.md md
x battleflow zh-Hant.2026-03-04 $B $BC _includes/legal/privacy_content_zh_hant.md md
x battleflow-tw zh-Hant.2026-03-04 $B $BC _includes/legal/privacy_content_zh_hant.md md
python3 $d/extract_literal.py battleflow-tw zh-Hant.2026-03-17 $B 59da2950a238e487e2665ffd697ca552040543e3 src/i18n/data.ts "'zh-Hant': \`本隱私" md
T=naruberio/triad-journal-legal; TC=fc2100bde4adada3f66f7b24a95d1e2d39eda98e
x triad en.2026-06-02 $T $TC privacy-policy-en.html html
x triad zh-Hans.2026-06-02 $T $TC privacy-policy-zh-Hans.html html
x triad zh-Hant.2026-06-02 $T $TC privacy-policy-zh-Hant.html html
A=ki-84/ants_diary_support; AC=f90a99c35d3c0a7273740cf38a3cd36736674104
x antsdiary en.2026-03-26 $A $AC privacy-policy-en.html html
x antsdiary zh-Hans.2026-03-26 $A $AC privacy-policy-zh-Hans.html html
x antsdiary zh-Hant.2026-03-26 $A $AC privacy-policy-zh-Hant.html html
L=alikeapp/alikeapp.github.io; LC=1a7aab193dc02e240877ec7d55998718d710deb6
x alike en.2026-08-15 $L $LC privacy.md md
x alike zh-Hant.2026-08-15 $L $LC zh-hant/privacy.md md
