#!/bin/sh
# Every file of the set, byte-exact from a fetch snapshot (git cat-file blob); each edition dated by the commit date of
# the last commit that changed its file. sentinel holds two English versions (docs/privacy.md before and after the
# panel-telemetry release) and the Chinese edition of the release commit. The held-out groups (drawn with
# random.Random(36).sample of the seven sorted group names, before any run) are moved to heldout/ after.
set -eu
d=$(dirname "$0")
x() { $d/extract.sh "$@"; }
x sentinel en.2026-06-16 cryptoli/vps-sentinel 93f66f76de4b182324eff8b527772e89583e235c docs/privacy.md md
x sentinel en.2026-06-25 cryptoli/vps-sentinel ab856aa51c73d37283e77af99ac5c260fab7c46f docs/privacy.md md
x sentinel zh-CN.2026-06-25 cryptoli/vps-sentinel ab856aa51c73d37283e77af99ac5c260fab7c46f docs/privacy.zh-CN.md md
x corerobin zh-Hans.2026-07-31 JimmyDaddy/corerobin-monitor 79c1278ff2470ae3665c990bbcfebf75451eb945 PRIVACY.md md
x corerobin en.2026-07-31 JimmyDaddy/corerobin-monitor 79c1278ff2470ae3665c990bbcfebf75451eb945 PRIVACY.en.md md
x searchhub zh-Hans.2026-04-21 dongsheng123132/SearchHub 9db1799edc62639f45301c479b1844e8eec18004 PRIVACY_POLICY_ZH.md md
x searchhub en.2026-04-21 dongsheng123132/SearchHub 9db1799edc62639f45301c479b1844e8eec18004 PRIVACY_POLICY.md md
x pixelmeter zh-Hans.2026-05-09 Mystery00/PixelMeter e5a23825d67d6083cb9a1341b89664fe5d0879e6 PRIVACY_POLICY_CN.md md
x pixelmeter en.2026-05-09 Mystery00/PixelMeter e5a23825d67d6083cb9a1341b89664fe5d0879e6 PRIVACY_POLICY.md md
x reprobrief zh-CN.2026-07-29 y4ho0/reprobrief 79aa7b389a34acc85e4d1313102b4274dfd76a1a docs/privacy.zh-CN.md md
x reprobrief en.2026-07-29 y4ho0/reprobrief 79aa7b389a34acc85e4d1313102b4274dfd76a1a docs/privacy.md md
x lerobot zh-CN.2026-08-05 ioai-tech/lerobot-studio 80e200db046270f5d9360a2dbc240e4a9548607d docs/privacy.zh-CN.md md
x lerobot en.2026-08-05 ioai-tech/lerobot-studio 80e200db046270f5d9360a2dbc240e4a9548607d docs/privacy.md md
x d2r zh-Hans.2026-02-11 yoyoset/D2R_Multi_rust 2d745d179b0a985e0465e926429da039e8ec3ffd PRIVACY_POLICY_CN.md md
x d2r en.2026-02-11 yoyoset/D2R_Multi_rust 2d745d179b0a985e0465e926429da039e8ec3ffd PRIVACY_POLICY.md md
mkdir -p "$d/../heldout" && for g in lerobot corerobin; do rm -rf "$d/../heldout/$g"; mv "$d/../editions/$g" "$d/../heldout/$g"; done
