#!/bin/sh
# Every file of the set, byte-exact from a fetch snapshot (git cat-file blob), one commit per repository;
# each edition dated by the last commit that changed its file. The held-out groups (hellodb, sieve: drawn with
# random.Random(33).sample of the seven sorted group names) are moved to heldout/ after.
set -eu
d=$(dirname "$0")
x() { $d/extract.sh "$@"; }
x snapstudy zh-Hans.2026-01-14 harperchang2025-ship-it/snapstudy-legal f2da8a77eb8515a016ec20bd921582780b6bd295 privacy-zh-hans.html html
x snapstudy zh-Hant.2026-01-14 harperchang2025-ship-it/snapstudy-legal f2da8a77eb8515a016ec20bd921582780b6bd295 privacy-zh-hant.html html
x snapstudy en.2026-01-14 harperchang2025-ship-it/snapstudy-legal f2da8a77eb8515a016ec20bd921582780b6bd295 privacy-en.html html
x omp zh-Hans.2025-06-03 nini22P/omp 18af251187ec92787dc1ef9ec5445f13063b2038 PRIVACY_CN.md md
x omp en.2025-06-03 nini22P/omp 18af251187ec92787dc1ef9ec5445f13063b2038 PRIVACY.md md
x xlinuxfs zh-Hans.2026-06-29 HuanchuanTech/xlinuxfs 06265592e49cef34778650ef50032df7e4652c16 PRIVACY_CN.md md
x xlinuxfs en.2026-06-29 HuanchuanTech/xlinuxfs 06265592e49cef34778650ef50032df7e4652c16 PRIVACY.md md
x bearertoken zh-Hans.2026-02-27 Zjmainstay/bearer-token-copier 041cc3fcc395c5fcab9a79f7a1405b61450e58fd PRIVACY.md md
x bearertoken en.2026-02-27 Zjmainstay/bearer-token-copier 041cc3fcc395c5fcab9a79f7a1405b61450e58fd PRIVACY_EN.md md
x respectesc zh-HK.2021-07-26 dirkarnez/respectesc-client d48469c6e108acc19c035ca49d00f90f205735a9 src/data/zh-HK-privacy.md md
x respectesc en.2021-07-26 dirkarnez/respectesc-client d48469c6e108acc19c035ca49d00f90f205735a9 src/data/en-privacy.md md
x sieve zh-Hans.2024-07-15 rosuH/Sieve b8dba333fe8331c963f788a4b0b675924ad03e72 PRIVACY_CN.md md
x sieve en.2024-07-15 rosuH/Sieve b8dba333fe8331c963f788a4b0b675924ad03e72 PRIVACY.md md
x hellodb zh-Hans.2025-05-22 rchlz/hellodb 6634b94974d9809fb3afa877765faf7d44a7473d PRIVACY_CN.md md
x hellodb en.2025-05-22 rchlz/hellodb 6634b94974d9809fb3afa877765faf7d44a7473d PRIVACY.md md
mkdir -p "$d/../heldout" && for g in hellodb sieve; do rm -rf "$d/../heldout/$g"; mv "$d/../editions/$g" "$d/../heldout/$g"; done
