#!/bin/sh
# Every file of the set: git blobs from fetch snapshots (git cat-file blob, byte-exact; eval/editions26's extract.sh).
# The held-out groups (random.Random(46).sample of the five sorted group names, drawn before any run, ref/hashes.md)
# are moved to heldout/ after.
set -eu
d=$(dirname "$0")
x() { sh $d/extract.sh "$@"; }
# valbara: real, HEAD e8ceb6b (2026-01-08). en / zh-cn / zh-hk pages of "Sporreer" (上海瓦巴拉科技有限公司).
V=laoren2/valbara-website; VC=e8ceb6bde3e994dafb14ee0e911a090a0324f5ce
x valbara en.2026-01-08 $V $VC privacy/en.html html
x valbara zh-Hans.2026-01-08 $V $VC privacy/zh-cn.html html
x valbara zh-HK.2026-01-08 $V $VC privacy/zh-hk.html html
# handy: real, HEAD 12e8bc0 (2025-08-20). The English last changed 2023-11-13; the zh-hans and zh-hant were rewritten
# on 2025-08-20 (f2ad7df, 28399bb, 29fdf5a, 3a6cf63) and the English was not: a real edition a version behind.
H=handy-app-documents/handy-app-documents.github.io; HC=12e8bc0f0c2ab05d1680ea5be1d94e235145e607
x handy en.2025-08-20 $H $HC privacy/en.html html
x handy zh-Hans.2025-08-20 $H $HC privacy/zh-hans.html html
x handy zh-Hant.2025-08-20 $H $HC privacy/zh-hant.html html
# echor: real control, HEAD b89a583 (2026-08-19); zh-Hans and zh-Hant written separately.
E=mitopmflab/echor-lp; EC=b89a5830f478512bc268d8bd3e9f065f10a49b06
x echor en.2026-08-19 $E $EC privacy/en.html html
x echor zh-Hans.2026-08-19 $E $EC privacy/zh-hans.html html
x echor zh-Hant.2026-08-19 $E $EC privacy/zh-hant.html html
# peachfit: real control, HEAD 86b53c1 (2026-07-06).
P=getpeachfit/getpeachfit.github.io; PC=86b53c1b7c549a127e837a63ef55f4ca56657ef9; PO=993173785bacabbeb330bdf0044048a36c3ee2c5
x peachfit en.2026-07-06 $P $PC privacy/en.html html
x peachfit zh-Hans.2026-07-06 $P $PC privacy/zh-hans.html html
x peachfit zh-Hant.2026-07-06 $P $PC privacy/zh-hant.html html
# peachfit-lag: a constructed pairing of real blobs. en and zh-Hant of 86b53c1 with the zh-hans as it stood at 9931737
# (the commit that created it, before bb48594 added the RevenueCat row to every edition's processor table), dated alike.
x peachfit-lag en.2026-07-06 $P $PC privacy/en.html html
x peachfit-lag zh-Hans.2026-07-06 $P $PO privacy/zh-hans.html html
x peachfit-lag zh-Hant.2026-07-06 $P $PC privacy/zh-hant.html html
