#!/bin/sh
# Every file of the set, byte-exact from a fetch snapshot (git cat-file blob); each edition dated by the commit date of
# the commit it is taken at. pairnest pairs the English notes of 2026-07-31 (c0b7bf3) with the Chinese ones of
# 2026-08-06 (42f2ac4), which moved the authentication section up (as "Pairing, sessions, and recovery") and rewrote
# most of the rest; chatgpt2docx pairs the first Chinese edition (52ed374) with the English edition of the next commit
# (af0d1ae). The held-out groups (pairnest, wpclipper: random.Random(38).sample of the six sorted group names, drawn
# before any run) are moved to heldout/ after.
set -eu
d=$(dirname "$0")
x() { $d/extract.sh "$@"; }
x pairnest en.2026-07-31 YourSigh/pairnest c0b7bf3752a7070806e8d085f69aa5fbd18f2a9c docs/privacy.md md
x pairnest zh-Hans.2026-08-06 YourSigh/pairnest 42f2ac49042ad69d3141dd02d7204562d4fd4a76 docs/privacy.zh-CN.md md
x chatgpt2doc en.2026-07-05 Throb7777/chatgpt2doc af0d1aeffb7dae08f60aa7e544cfefcabec6326e PRIVACY.md md
x chatgpt2doc zh-Hans.2026-07-05 Throb7777/chatgpt2doc af0d1aeffb7dae08f60aa7e544cfefcabec6326e PRIVACY.zh-CN.md md
x chatgpt2docx en.2026-07-05 Throb7777/chatgpt2doc af0d1aeffb7dae08f60aa7e544cfefcabec6326e PRIVACY.md md
x chatgpt2docx zh-Hans.2026-07-05 Throb7777/chatgpt2doc 52ed374b72b57ebce96103c48a51cbb58440b4fb PRIVACY.zh-CN.md md
x easycurl en.2026-06-03 ABaiMate/EasyCurl 5407706067a26afc2d9f045d5719539bc168fff6 PRIVACY.md md
x easycurl zh-Hans.2026-06-03 ABaiMate/EasyCurl 5407706067a26afc2d9f045d5719539bc168fff6 PRIVACY.zh-CN.md md
x wpclipper en.2026-04-30 richliu/wp-ai-clipper be9faf1f5bec6d92631181b769dbb6f19091e405 PRIVACY.md md
x wpclipper zh-Hant.2026-04-30 richliu/wp-ai-clipper be9faf1f5bec6d92631181b769dbb6f19091e405 PRIVACY.zh.md md
x wallhaven en.2026-06-18 xingxingmofashu/Wallhaven cb5e499fdecb7ba7c8ef051c57e58470fa222f4b PRIVACY.md md
x wallhaven zh-Hans.2026-06-18 xingxingmofashu/Wallhaven cb5e499fdecb7ba7c8ef051c57e58470fa222f4b PRIVACY.zh.md md
