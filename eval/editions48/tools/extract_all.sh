#!/bin/sh
# Every file of the set (u48e). Mirror groups: git blobs from fetch snapshots (byte-exact, tools/extract.sh). Index
# group (Heisenberg1128/mantleintel-website: no snapshot can be fetched): the `<main>` element of the search index's
# text (read_file at 1857368f), written character for character into a minimal page (doctype, html lang, title, body)
# in IDX (default /tmp/u48e/idx), then copied (tools/index_copy.sh). The held-out groups (random.Random(48).sample of
# the sorted group names, drawn before any run, ref/hashes.md) are moved to heldout/ after.
set -eu
d=$(dirname "$0")
IDX=${IDX:-/tmp/u48e/idx}
x() { sh $d/extract.sh "$@"; }
i() { sh $d/index_copy.sh "$@"; }
# neon: real, HEAD e5b9590 (both pages last changed 2026-01-09): a short zh-TW written beside the English.
N=spikek-customer/neon-breaker-198x; NH=e5b959009999af7545947d2e0a218f6dfdcc283b
x neon en.2026-01-09 $N $NH en/privacy.html html
x neon zh-TW.2026-01-09 $N $NH zh-TW/privacy.html html
# rata: real control, HEAD bc01ba3 (the en and zh-TW pages last changed 8502da9, 2026-06-28); the Japanese original at
# the root (ja, compared by facts only).
R=tomohiromukaida-sudo/rata-site; RH=bc01ba3971db894e2e2f866eeac2fa0abb91a6bc
x rata en.2026-06-28 $R $RH en/privacy.html html
x rata zh-TW.2026-06-28 $R $RH zh-TW/privacy.html html
x rata ja.2026-06-28 $R $RH privacy.html html
# rata-lag: CONSTRUCTED from real blobs, said plainly: the zh-TW of 947825f (2026-06-20) and of 0c87f37 (2026-06-21,
# which added 「4-2. 關於數據分析・追蹤工具」 to every edition), with the en of 947825f only: the English a version behind.
R0=947825fce7d9b48eba5b87eb3ce7fbda571248e4; R1=0c87f379b4ce8165014a3377874d882d46a36fd1
x rata-lag zh-TW.2026-06-20 $R $R0 zh-TW/privacy.html html
x rata-lag zh-TW.2026-06-21 $R $R1 zh-TW/privacy.html html
x rata-lag en.2026-06-20 $R $R0 en/privacy.html html
# qr: real control, HEAD 2751ab0 (the pages last changed a3af256, 2022-12-29): machine-translated trio with a
# 100-language menu; the zh-CN leaves its Contact paragraph in English, the zh-TW its first opt-out sentence.
Q=khanhlv/OnlineQrScanner; QH=2751ab092b71d1ce998d0cbdd10d603da47e575d
x qr en.2022-12-29 $Q $QH en/privacy.html html
x qr zh-TW.2022-12-29 $Q $QH zh-TW/privacy.html html
x qr zh-CN.2022-12-29 $Q $QH zh-CN/privacy.html html
# mantle: real control from the index (1857368f), undated: en / zh-HK / zh-Hans worded separately.
M=Heisenberg1128/mantleintel-website; MC=1857368f800cc4420953ee253c7655d3ba866daa
i mantle en $M $MC privacy/index.html html 68929863854 $IDX/mantle-en.html  # 10839 chars in the index; <main> kept
i mantle zh-HK $M $MC zh-hk/privacy/index.html html 68981029659 $IDX/mantle-zh-HK.html  # 9864
i mantle zh-Hans $M $MC zh-cn/privacy/index.html html 68903270659 $IDX/mantle-zh-Hans.html  # 9851
