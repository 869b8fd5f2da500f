#!/bin/sh
# Every file of the set (m49w): git blobs from fetch snapshots (byte-exact, tools/extract.sh). The held-out groups
# (random.Random(49).sample of the sorted group names, drawn after the annotations and before any run, ref/hashes.md)
# are moved to heldout/ after.
set -eu
d=$(dirname "$0")
x() { sh $d/extract.sh "$@"; }
# clearbox: REAL, HEAD b93714f (2026-04-25): the English a 13-section policy (4fce8f4); the zh-Hans and zh-Hant rewritten
# the same evening as short "native-language full text" of 10 sections (084ed6a, 2e12dd8, b93714f), the zh-Hant shorter still.
C=luf2757-cmyk/clearbox-site; CH=b93714f4bfc1db17ebd3275a5267b7a4bccd73d1
x clearbox en.2026-04-25 $C $CH en/privacy/index.html html
x clearbox zh-Hans.2026-04-25 $C $CH zh-hans/privacy/index.html html
x clearbox zh-Hant.2026-04-25 $C $CH zh-hant/privacy/index.html html
# sushiben: real control, HEAD 94bfd58 (2026-08-05): a game studio's long policy, machine-translated, "the English prevails".
S=BigBraneStudios/sushiben.github.io; SH=94bfd58ec33aa5bc7f9b72dd862738a1699231d8
x sushiben en.2026-08-05 $S $SH en/privacy/index.html html
x sushiben zh-Hans.2026-08-05 $S $SH zh-hans/privacy/index.html html
x sushiben zh-Hant.2026-08-05 $S $SH zh-hant/privacy/index.html html
# sushiben-lag: CONSTRUCTED from real blobs, said plainly: the en of 58bc201 ("Correct privacy policy update scope",
# 2026-08-03: section 2 rewritten, 'Effective Date: August 2' -> 'Last Updated: August 3', in every locale at once) with the
# zh-Hans and zh-Hant of ec0569c (the version before, same day).
S1=58bc201059dff5ab149d58bd39a58f077dd7bf6b; S0=ec0569c403fc84a786c2ae15c2e57aabfc87b388
x sushiben-lag en.2026-08-03 $S $S1 en/privacy/index.html html
x sushiben-lag zh-Hans.2026-08-02 $S $S0 zh-hans/privacy/index.html html
x sushiben-lag zh-Hant.2026-08-02 $S $S0 zh-hant/privacy/index.html html
# sushiben-verbs: CONSTRUCTED from real blobs, said plainly: the en of HEAD 94bfd58 with the zh-Hans and zh-Hant of 8a1a4db
# (two commits before: "Clarify privacy data retention" 5b592ad and "…transmission" 94bfd58 each changed one verb in all
# locales: 'does not receive' -> 'does not transmit', 'does not collect or retain' -> 'does not store or retain').
S8=8a1a4db8381749c63e18173ccfa4954c9b42ce48
x sushiben-verbs en.2026-08-05 $S $SH en/privacy/index.html html
x sushiben-verbs zh-Hans.2026-08-03 $S $S8 zh-hans/privacy/index.html html
x sushiben-verbs zh-Hant.2026-08-03 $S $S8 zh-hant/privacy/index.html html
# flyaway: real control, HEAD b4b33ac (2026-08-17, a Next.js static export): an SMS filter app by a Chinese developer; the
# zh-Hant is half converted (捕蝇訊息过滤扩展, 我们不會…服务器: Simplified characters left in most sentences).
F=mebtte/fly-away-website; FH=b4b33ac43d9c7aaf809db02b3e7aee67741af37f
x flyaway en.2026-08-17 $F $FH privacy/index.html html
x flyaway zh-Hans.2026-08-17 $F $FH zh-hans/privacy/index.html html
x flyaway zh-Hant.2026-08-17 $F $FH zh-hant/privacy/index.html html
# tendria: real control, HEAD 9322acc (2026-06-24): a rhythm companion app, 17 short sections (an es edition not taken).
T=xiao3503-netizen/tendria-site; TH=9322acce4a0f690600c9b3925972244cf4869ed6
x tendria en.2026-06-24 $T $TH privacy/index.html html
x tendria zh-Hans.2026-06-24 $T $TH zh-hans/privacy/index.html html
x tendria zh-Hant.2026-06-24 $T $TH zh-hant/privacy/index.html html
