#!/bin/sh
# Every edition of eval/blind/editions25 (u25c), run from eval/blind/editions25/: sh tools/extract_all.sh > SOURCES.txt
set -e
x=tools/extract.sh
$x kpj zh-Hans 2025-04-19 fallbarryDao+KongPingJi_ios c7bf5e4 privacy.html html
$x kpj zh-Hant 2025-04-19 fallbarryDao+KongPingJi_ios c7bf5e4 privacy_zh-Hant.html html
$x kpj en 2025-04-19 fallbarryDao+KongPingJi_ios c7bf5e4 privacy_en.html html
$x neko zh-CN 2026-03-11 riko2chen+NekoAlbum-Privacy 4e2f2bf privacy-policy-zh.html html
$x neko zh-Hant 2026-03-11 riko2chen+NekoAlbum-Privacy 4e2f2bf privacy-policy-zh-Hant.html html
$x neko en 2026-03-11 riko2chen+NekoAlbum-Privacy 4e2f2bf privacy-policy-en.html html
$x snapnote zh-Hans 2026-04-06 495874417+SnapNotePub c6e75fa privacy-policy-zh-Hans.html html
$x snapnote zh-Hant 2026-04-06 495874417+SnapNotePub c6e75fa privacy-policy-zh-Hant.html html
$x snapnote en 2026-04-06 495874417+SnapNotePub c6e75fa privacy-policy-en.html html
$x tokenwatch zh-CN 2026-07-16 OrrHsiao+TokenWatch 6ce5842 PRIVACY.zh-CN.md md
$x tokenwatch en 2026-07-16 OrrHsiao+TokenWatch 6ce5842 PRIVACY.md md
$x tokenwatch-timeline zh-CN 2026-07-04 OrrHsiao+TokenWatch 1c0f6a3 PRIVACY.zh-CN.md md
$x tokenwatch-timeline zh-CN 2026-07-07 OrrHsiao+TokenWatch 99aedfe PRIVACY.zh-CN.md md
$x tokenwatch-timeline zh-CN 2026-07-16 OrrHsiao+TokenWatch 6ce5842 PRIVACY.zh-CN.md md
$x neonvj-timeline zh-Hans 2025-08-17 hhb001-blueiscolor+neon-vj-privacy 2841a09 privacy-policy-zh-Hans.html html
$x neonvj-timeline zh-Hans 2025-12-20 hhb001-blueiscolor+neon-vj-privacy 17bbc54 privacy-policy-zh-Hans.html html
$x neonvj-timeline zh-Hans 2026-02-11 hhb001-blueiscolor+neon-vj-privacy 8fa76cc privacy-policy-zh-Hans.html html
$x timer-lag zh-CN 2025-04-09 brucezheng0714+timer-support 326ef46 privacy-policy.html html
$x timer-lag zh-CN 2025-06-03 brucezheng0714+timer-support 3af4227 privacy-policy.html html
$x timer-lag en 2025-04-18 brucezheng0714+timer-support 3af4227 privacy-policy-en.html html
$x timer-list zh-CN 2025-06-03 brucezheng0714+timer-support 666d92f privacy-policy.html html
$x timer-list en 2025-06-03 brucezheng0714+timer-support 666d92f privacy-policy-en.html html
$x timer zh-CN 2025-07-12 brucezheng0714+timer-support d487074 privacy-policy.html html
$x timer zh-Hant 2025-07-12 brucezheng0714+timer-support d487074 privacy-policy-zh-Hant.html html
$x timer en 2025-07-12 brucezheng0714+timer-support d487074 privacy-policy-en.html html
