#!/bin/sh
# Every file of the set (m48w). Mirror groups: git blobs from fetch snapshots (byte-exact, tools/extract.sh). The index
# group (SioYooo/app-footprint: no snapshot can be fetched): the search index's text (read_file), written character for
# character to IDX (default /tmp/m48w_idx) and checked there against total_chars (given below per file) before the
# copy. The held-out groups (random.Random(48).sample of the sorted group names, drawn before any run, ref/hashes.md)
# are moved to heldout/ after.
set -eu
d=$(dirname "$0")
IDX=${IDX:-/tmp/m48w_idx}
x() { sh $d/extract.sh "$@"; }
i() { sh $d/index_copy.sh "$@"; }
# dragon: real control, HEAD; one page for four Mac apps and the site's analytics; the zh-Hant is Hong Kong usage (私隱).
D=teddychan/www.dragonapp.com; DH=b6ef0322014827e204b5b13c288d44283ec358c6
x dragon en.2026-06-29 $D $DH docs/privacy.html html
x dragon zh-Hans.2026-06-29 $D $DH docs/zh-Hans/privacy.html html
x dragon zh-Hant.2026-06-29 $D $DH docs/zh-Hant/privacy.html html
# dragon-lag: CONSTRUCTED from real blobs, said plainly: the en of 86e1043 (2026-07-25, ClipMenu 2's iCloud sync bullet
# rewritten as a backup folder, in all seven locales at once) with the zh-Hans and zh-Hant of 80056e9 (before it). No
# edition changed its date ("29 June 2026" in all three).
D1=86e104367d4e44f7fe84164a67db5ba05620f316; D0=80056e98e2fe7f144ac6c7273e24822a080c35d8
x dragon-lag en.2026-06-29 $D $D1 docs/privacy.html html
x dragon-lag zh-Hans.2026-06-29 $D $D0 docs/zh-Hans/privacy.html html
x dragon-lag zh-Hant.2026-06-29 $D $D0 docs/zh-Hant/privacy.html html
# timepulse: real control, HEAD (327c586 for the three pages; the app's Chinese name 时脉 / 時脈).
T=yanggavin/app-timepulse; TH=8d1f9c07cbb17404186a34a46030864a4abfc8bf
x timepulse en.2026-04-07 $T $TH docs/en/privacy.html html
x timepulse zh-Hans.2026-04-07 $T $TH docs/zh-Hans/privacy.html html
x timepulse zh-Hant.2026-04-07 $T $TH docs/zh-Hant/privacy.html html
# timepulse-lag: CONSTRUCTED from real blobs, said plainly: the en of HEAD (April 7: the policy rewritten, children
# section dropped) with the zh-Hans and zh-Hant of 3b7c945 (April 6, the version before, in all three at the time).
T0=3b7c945d25cb915e6bcde7a7fd346fce393bf745
x timepulse-lag en.2026-04-07 $T $TH docs/en/privacy.html html
x timepulse-lag zh-Hans.2026-04-06 $T $T0 docs/zh-Hans/privacy.html html
x timepulse-lag zh-Hant.2026-04-06 $T $T0 docs/zh-Hant/privacy.html html
# footprint: real control, index text of 90b40d7 (Markdown; a Mac diagnostics app).
F=SioYooo/app-footprint; FC=90b40d7d46be55148253dd5f0385df8afa97eff5
i footprint en.2026-09-23 $F $FC privacy/en.md md 68594236350 $IDX/footprint-en.md  # 2047 chars
i footprint zh-Hans.2026-09-23 $F $FC privacy/zh-Hans.md md 68800638787 $IDX/footprint-zh-Hans.md  # 746
i footprint zh-Hant.2026-09-23 $F $FC privacy/zh-Hant.md md 68499199517 $IDX/footprint-zh-Hant.md  # 780
# meowdoku: real control added late (after the development groups' base run, annotated before any run on it,
# annotations/expected-late.json), index text of 1501174 (Markdown; a puzzle game in a host's runtime; 10 sections).
M=itozll/meowdoku-legal; MC=1501174e102a32cd7b7704103a66470f7eae3ddf
i meowdoku en.2026-10-07 $M $MC privacy/en.md md 70351601549 $IDX/meowdoku-en.md  # 10001 chars
i meowdoku zh-Hans.2026-10-07 $M $MC privacy/zh-Hans.md md 70502367499 $IDX/meowdoku-zh-Hans.md  # 3202
i meowdoku zh-Hant.2026-10-07 $M $MC privacy/zh-Hant.md md 70710892778 $IDX/meowdoku-zh-Hant.md  # 3250
# then: mv editions/meowdoku late/
