#!/bin/sh
# Every file of the set (m50w): git blobs from fetch snapshots (byte-exact, tools/extract.sh). The date in a file name is
# the date of the commit that last changed that file at the extraction commit. The held-out group
# (random.Random(50).sample of the sorted group names, 1, drawn before the annotations and before any run, ref/hashes.md)
# is moved to heldout/ after.
set -eu
d=$(dirname "$0")
x() { sh $d/extract.sh "$@"; }
# frames: real control, HEAD 46bdfe1 (2026-06-23 "update privacy policy", all three locales rewritten together): a film
# photography notebook app (iOS/macOS), 11 short sections, iCloud sync.
F=vttdn/frames-web; FH=46bdfe18299c598af790d3d39bfef62d3f9239cc
x frames en.2026-06-23 $F $FH privacy/index.html html
x frames zh-Hans.2026-06-23 $F $FH zh/privacy/index.html html
x frames zh-Hant.2026-06-23 $F $FH zh-hant/privacy/index.html html
# frames-lag: CONSTRUCTED from real blobs, said plainly: the en of 46bdfe1 (the rewritten 11-section policy) with the
# zh-Hans and zh-Hant of 571c639 (the same morning, before the rewrite: two sections, no iCloud, no retention).
F0=571c63953b42c845b74e6c231850280e2a0de87f
x frames-lag en.2026-06-23 $F $FH privacy/index.html html
x frames-lag zh-Hans.2026-06-23 $F $F0 zh/privacy/index.html html
x frames-lag zh-Hant.2026-06-23 $F $F0 zh-hant/privacy/index.html html
# metronome: real control, HEAD 0a791dc (2026-07-04): a metronome app; the en expanded on 07-02 (da20b53), the zh-Hans and
# zh-Hant re-rendered with the expanded text on 07-04 (0a791dc).
M=juanca-jimi/metronome; MH=0a791dc0317b0b28d66d57d2a3d7b92c6b7ff937
x metronome en.2026-07-02 $M $MH privacy/index.html html
x metronome zh-Hans.2026-07-04 $M $MH zh-hans/privacy/index.html html
x metronome zh-Hant.2026-07-04 $M $MH zh-hant/privacy/index.html html
# metronome-lag: REAL, the repository at 2e6ff5f (2026-07-02, published state for two days): the en expanded (GDPR/CCPA
# rights, third-party services, COPPA; da20b53) while the zh-Hans (82ffe42) and zh-Hant (433aad5) are the 07-01 translations
# of the April text.
ML=2e6ff5f878c3212fb2ff9fc315e9113983dbfc48
x metronome-lag en.2026-07-02 $M $ML privacy/index.html html
x metronome-lag zh-Hans.2026-07-01 $M $ML zh-hans/privacy/index.html html
x metronome-lag zh-Hant.2026-07-01 $M $ML zh-hant/privacy/index.html html
