#!/bin/sh
# Every file of the set, byte-exact from a fetch snapshot (git cat-file blob), one commit per repository (celestia:
# the last commit at which both static pages existed before they became redirects); each edition dated by the last
# commit that changed its file. The held-out groups (sessionmeta, doubao: drawn with random.Random(34).sample of the
# seven sorted group names) are moved to heldout/ after.
set -eu
d=$(dirname "$0")
x() { $d/extract.sh "$@"; }
x akshare zh-Hans.2025-09-19 shaoxing-xie/akshare-stockdata-plugin 84ce9954ec66179a46004430fe00e1bbb6f0aec7 PRIVACY.md md
x akshare zh-Hant.2025-09-19 shaoxing-xie/akshare-stockdata-plugin 84ce9954ec66179a46004430fe00e1bbb6f0aec7 PRIVACY_ZH_TW.md md
x akshare en.2025-09-19 shaoxing-xie/akshare-stockdata-plugin 84ce9954ec66179a46004430fe00e1bbb6f0aec7 PRIVACY_EN.md md
x celestia zh-Hans.2021-10-31 celestiamobile/celestia.mobi 1d0c8f19f75634d90d06a717b15c31f604a9824a privacy-zh-CN.html html
x celestia en.2021-10-31 celestiamobile/celestia.mobi 1d0c8f19f75634d90d06a717b15c31f604a9824a privacy.html html
x doubao zh-Hans.2025-09-24 skylineneon/doubao_seedream_4_0_plugin 961236adb93b5f1d40d37fc70133b4f863c9af2c PRIVACY_CN.md md
x doubao en.2025-09-22 skylineneon/doubao_seedream_4_0_plugin 961236adb93b5f1d40d37fc70133b4f863c9af2c PRIVACY.md md
x kiri zh-Hans.2026-08-23 yuxino/kiri e845bf20ea0663100d66aa30b900f5ee1fdc1f41 PRIVACY_ZH.md md
x kiri en.2026-08-23 yuxino/kiri e845bf20ea0663100d66aa30b900f5ee1fdc1f41 PRIVACY.md md
x sessionmeta zh-Hans.2026-04-08 shangshandanaohu/dify-session-metadata-extractor d73c7ba7ac008c6ec3938ee36ad5be341b06f8e0 PRIVACY_zh.md md
x sessionmeta en.2026-04-08 shangshandanaohu/dify-session-metadata-extractor d73c7ba7ac008c6ec3938ee36ad5be341b06f8e0 PRIVACY.md md
x vindows zh-Hans.2025-09-09 dingdangdog/vindows df5446384ca2078234a6db669a742af81a999e7a PRIVACY_ZH.md md
x vindows en.2025-09-09 dingdangdog/vindows df5446384ca2078234a6db669a742af81a999e7a PRIVACY.md md
x xntfs zh-Hans.2026-06-22 HuanchuanTech/xntfs f95fa7016628a56395803916caac37d2d36c0b71 PRIVACY_CN.md md
x xntfs en.2026-06-22 HuanchuanTech/xntfs f95fa7016628a56395803916caac37d2d36c0b71 PRIVACY.md md
mkdir -p "$d/../heldout" && for g in sessionmeta doubao; do rm -rf "$d/../heldout/$g"; mv "$d/../editions/$g" "$d/../heldout/$g"; done
