#!/bin/sh
# Every file of the set, byte-exact from a fetch snapshot (git cat-file blob); each edition dated by the commit date of
# the last commit that changed its file (at that commit). osmium pairs the newest English edition with the Chinese
# edition of 2026-08-16 (dd4a866); osmiumv holds the first and the newest English versions and the first Chinese one.
# The held-out groups (stroke, shear: random.Random(37).sample of the six sorted group names drawn first, before osmiumv
# was added and before any run) are moved to heldout/ after.
set -eu
d=$(dirname "$0")
x() { $d/extract.sh "$@"; }
x prose en.2026-01-16 forestlioooooo/prose 581110f43f1876536d1f8a4e61105b10b44453c8 PRIVACY.md md
x prose zh-Hans.2026-03-15 forestlioooooo/prose 6cde0a65e9d37fae9a306769698211f682494f46 PRIVACY-zh.md md
x applypilot en.2026-04-24 janewu77/apply-pilot abe2cac784bcc597daee2cdba6668773454b9f46 docs/privacy.html html
x applypilot zh-Hans.2026-04-18 janewu77/apply-pilot abe2cac784bcc597daee2cdba6668773454b9f46 docs/PRIVACY-zh.md md
x inputtr en.2026-06-18 kelinkong/Input-Translation 52a0cbf6e489909bc2b56beb2429299e2c58e807 PRIVACY.md md
x inputtr zh-Hans.2026-06-18 kelinkong/Input-Translation 52a0cbf6e489909bc2b56beb2429299e2c58e807 PRIVACY-zh.md md
x osmium en.2026-08-22 lihongxi-g/osmium-authenticator 7a8817ce73e4a4b7cdb715a2efb1238f1d1b1ad6 PRIVACY.md md
x osmium zh-Hans.2026-08-16 lihongxi-g/osmium-authenticator dd4a86635966d26fa1ff911b607fc3e9f708cdba PRIVACY-zh.md md
x osmiumv en.2026-08-15 lihongxi-g/osmium-authenticator 314ccc62c1ab75daed944c96e6edc89a70b03639 PRIVACY.md md
x osmiumv en.2026-08-22 lihongxi-g/osmium-authenticator 7a8817ce73e4a4b7cdb715a2efb1238f1d1b1ad6 PRIVACY.md md
x osmiumv zh-Hans.2026-08-15 lihongxi-g/osmium-authenticator 314ccc62c1ab75daed944c96e6edc89a70b03639 PRIVACY-zh.md md
x stroke en.2025-01-11 stroke-input/stroke-input-android 6e2c7aee5587c414a6ebecbc8f97190abd3c2a9a PRIVACY.md md
x stroke zh-Hant.2025-01-11 stroke-input/stroke-input-android 6e2c7aee5587c414a6ebecbc8f97190abd3c2a9a PRIVACY-zh.md md
x shear en.2025-11-30 Shear-Paste/Shear 9ce5e46027bb37bc14d852245e7def787846ab18 PRIVACY.md md
x shear zh-Hans.2025-11-30 Shear-Paste/Shear 9ce5e46027bb37bc14d852245e7def787846ab18 PRIVACY-zh.md md
