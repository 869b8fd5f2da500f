#!/bin/sh
# Every file of the set (u47e). Mirror groups: git blobs from fetch snapshots (byte-exact, tools/extract.sh). Index
# groups (RotaLee/tailoo-legal, Elio668/changscan-support: no snapshot can be fetched): the search index's text
# (read_file), written character for character to IDX (default /tmp/u47e_idx) and checked there against total_chars
# (given below per file) before the copy. The held-out groups (random.Random(47).sample of the sorted group names,
# drawn before any run, ref/hashes.md) are moved to heldout/ after.
set -eu
d=$(dirname "$0")
IDX=${IDX:-/tmp/u47e_idx}
x() { sh $d/extract.sh "$@"; }
i() { sh $d/index_copy.sh "$@"; }
# tailoo: the index's stored versions. d1a9ccf updated all three editions (the e-mail fanfanglee06@ → Tailooapp@);
# 5666888 then rewrote the zh-Hans only (Sept 15: no account, iCloud backup) and the index holds no newer en or zh-Hant:
# the English and Traditional pages a version behind. Dated alike by the zh-Hans rewrite (2026-09-15).
T=RotaLee/tailoo-legal; T1=d1a9ccf9e35e6a77d4b766dc81c6b8ce56d2a8df; T2=566688812432353ffd99079fce4b789fc7dfd75a
T0=073a435c7e35454d0fb6e041162718ef22c3594e
i tailoo en.2026-09-15 $T $T1 en/privacy.html html 69555900096 $IDX/tailoo-en-d1a9ccf.html          # 4298 chars
i tailoo zh-Hant.2026-09-15 $T $T1 zh-Hant/privacy.html html 69472511044 $IDX/tailoo-zh-Hant-d1a9ccf.html  # 2223
i tailoo zh-Hans.2026-09-15 $T $T2 zh-Hans/privacy.html html 69410868937 $IDX/tailoo-zh-Hans-5666888.html  # 2325
# tailoo-mail: CONSTRUCTED from real blobs, said plainly: the en and zh-Hant of d1a9ccf with the zh-Hans as it stood at
# 073a435, before d1a9ccf changed the e-mail in every edition; dated alike (their "last updated", 2026-07-21).
i tailoo-mail en.2026-07-21 $T $T1 en/privacy.html html 69555900096 $IDX/tailoo-en-d1a9ccf.html
i tailoo-mail zh-Hant.2026-07-21 $T $T1 zh-Hant/privacy.html html 69472511044 $IDX/tailoo-zh-Hant-d1a9ccf.html
i tailoo-mail zh-Hans.2026-07-21 $T $T0 zh-Hans/privacy.html html 69532836412 $IDX/tailoo-zh-Hans-073a435.html  # 2230
# changscan: real control, e74c2b9; zh-Hans and zh-Hant written separately (应用/應用程式, 框架/架構, 批注/註記).
C=Elio668/changscan-support; CC=e74c2b96b5c8d07ccba5431ec354ac6214d2eb1f
i changscan en.2026-10-07 $C $CC en/privacy.html html 71356372592 $IDX/changscan-en-e74c2b9.html  # 4423
i changscan zh-Hans.2026-10-07 $C $CC zh-Hans/privacy.html html 71503833239 $IDX/changscan-zh-Hans-e74c2b9.html  # 2526
i changscan zh-Hant.2026-10-07 $C $CC zh-Hant/privacy.html html 71125150642 $IDX/changscan-zh-Hant-e74c2b9.html  # 2563
# screenclips: real control, HEAD 0839cb6 (the pages last changed at 6f581a2, 2026-07-07; policy effective 2026-06-16).
S=Canario-Lab/screenclips_page; SC=0839cb6539e095b30871230211abd2ba9749c9db
x screenclips en.2026-06-16 $S $SC en/privacy.html html
x screenclips zh-Hans.2026-06-16 $S $SC zh-hans/privacy.html html
# deck: real control, HEAD 27927f9 (a Next.js static export, deployed 2026-03-16; "Last updated: December 2025").
K=yuzeguitarist/Deck_Website; KC=27927f977326d13d5bd818f2bb502cd101a310d2
x deck en.2026-03-16 $K $KC privacy.html html
x deck zh-Hans.2026-03-16 $K $KC zh-cn/privacy.html html
# beatnome: real control, HEAD 5c84589 (2021-12-19), a three-line policy.
B=app-page/beatnome; BC=5c845893ac105e7ead4cd5f1052be0e8b51772e5
x beatnome en.2021-12-08 $B $BC en/privacy.html html
x beatnome zh-Hans.2021-12-08 $B $BC zh-Hans/privacy.html html
x beatnome zh-Hant.2021-12-08 $B $BC zh-Hant/privacy.html html
