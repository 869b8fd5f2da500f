#!/bin/sh
# Every file of the set (m51w): git blobs from fetch snapshots (byte-exact, tools/extract.sh). The date in a file name is
# the date of the commit that last changed that file at the extraction commit. The held-out group
# (random.Random(51).sample of the sorted group names, 1, drawn before the annotations and before any run, ref/hashes.md)
# is moved to heldout/ after.
set -eu
d=$(dirname "$0")
x() { sh $d/extract.sh "$@"; }
# balkan: real control, HEAD 9c1baab (the three policies last changed together in 3b99077, 2026-08-18 "feat: localize
# website for all supported languages"): Balkan Currency Converter, an Android currency converter's site.
B=nstim605/nstim605.github.io; BH=9c1baab
BH=$(git --git-dir=/work/.mirror/nstim605+nstim605.github.io/repo rev-parse $BH)
x balkan en.2026-08-18 $B $BH privacy-policy.html html
x balkan zh-Hans.2026-08-18 $B $BH zh-hans/privacy-policy.html html
x balkan zh-Hant.2026-08-18 $B $BH zh-hant/privacy-policy.html html
# balkan-lag: CONSTRUCTED from real blobs: the English of f417fda (2026-08-12, before 642692f "Add consent-gated Firebase
# Analytics" of 08-15) with the Chinese of HEAD (translated 08-18 from the 08-15 English): the English lags.
BL=$(git --git-dir=/work/.mirror/nstim605+nstim605.github.io/repo rev-parse f417fda)
x balkan-lag en.2026-08-12 $B $BL privacy-policy.html html
x balkan-lag zh-Hans.2026-08-18 $B $BH zh-hans/privacy-policy.html html
x balkan-lag zh-Hant.2026-08-18 $B $BH zh-hant/privacy-policy.html html
# grid: real control, HEAD 6d4ad9f (2026-06-24 "common css + full content translation + some fixes"; the Chinese first
# appear there, the English changed in the same commit): Grid Collection, an app's site.
G=keremozben/grid-collection
GH=$(git --git-dir=/work/.mirror/keremozben+grid-collection/repo rev-parse 6d4ad9f)
x grid en.2026-06-24 $G $GH privacy-policy.html html
x grid zh-Hans.2026-06-24 $G $GH zh-hans/privacy-policy.html html
x grid zh-Hant.2026-06-24 $G $GH zh-hant/privacy-policy.html html
# grid-lag: CONSTRUCTED from real blobs (added after the held-out draw, before any annotation or run): the English of
# 6eba6f5 (2026-05-07, optional sync, accounts, Firebase authentication) with the Chinese of 6d4ad9f (2026-06-24,
# translated from the rewritten English: automatic Game Center / Play Games sign-in, no account): the English lags.
GL=$(git --git-dir=/work/.mirror/keremozben+grid-collection/repo rev-parse 6eba6f5)
x grid-lag en.2026-05-07 $G $GL privacy-policy.html html
x grid-lag zh-Hans.2026-06-24 $G $GH zh-hans/privacy-policy.html html
x grid-lag zh-Hant.2026-06-24 $G $GH zh-hant/privacy-policy.html html
# Then: mv editions/balkan heldout/
# megafactory: real control (wave 2: added after the first development run, annotated before its own run): 0650e9b (the three
# files unchanged from there to HEAD 67d52fb) of
# mobileappkulaksiz54/mobileappkulaksiz54.github.io, the site of Mega Factory Tycoon: Production Grid (a mobile game);
# en and zh-CN last changed 2025-10-19, zh-TW added 2025-12-03, all three with the 17.10.2025 text (7 sections).
M=mobileappkulaksiz54/mobileappkulaksiz54.github.io
MH=$(git --git-dir=/work/.mirror/mobileappkulaksiz54+mobileappkulaksiz54.github.io/repo rev-parse 0650e9b)
x megafactory en.2025-10-19 $M $MH en/privacy-policy.html html
x megafactory zh-Hans.2025-10-19 $M $MH zh-CN/privacy-policy.html html
x megafactory zh-Hant.2025-12-03 $M $MH zh-TW/privacy-policy.html html
