#!/bin/sh
# Every file of the set, byte-exact from a fetch snapshot (git cat-file blob); each edition dated by the commit date of
# the last commit that changed its file. vaporauth and melody hold two English versions and a Chinese edition left
# behind (git history: the English file changed, the Chinese one did not); vaporauth2 is the same product's last
# commit, both files updated. The held-out groups (vaporauth, melody: drawn with random.Random(35).sample of the six
# sorted group names, before any run) are moved to heldout/ after.
set -eu
d=$(dirname "$0")
x() { $d/extract.sh "$@"; }
x dbtools zh-Hans.2025-04-29 perylliame/dify_db_tools ecdc4e06a199680258492a3e78adcbf23d3cad24 PRIVACY_ZH.md md
x dbtools en.2025-04-29 perylliame/dify_db_tools ecdc4e06a199680258492a3e78adcbf23d3cad24 PRIVACY.md md
x frame zh-Hans.2026-08-06 itzdrli/FantasticFrame bf24b81528db9fc839a7f1ef781874d0b8994433 PRIVACY_ZH.md md
x frame en.2026-08-06 itzdrli/FantasticFrame bf24b81528db9fc839a7f1ef781874d0b8994433 PRIVACY.md md
x monocopy zh-Hans.2026-03-17 bigmapletree/monocopy-releases 8d81571634cb7f6ce78a0b6657ce12cdd140ec84 PRIVACY_ZH.md md
x monocopy en.2026-03-17 bigmapletree/monocopy-releases 8d81571634cb7f6ce78a0b6657ce12cdd140ec84 PRIVACY.md md
x vaporauth2 zh-Hans.2026-07-02 freefrank/AnotherVaporAuth 6bea36a576012ddeb703091505d1e84f83ea1eda PRIVACY_ZH.md md
x vaporauth2 en.2026-07-02 freefrank/AnotherVaporAuth 6bea36a576012ddeb703091505d1e84f83ea1eda PRIVACY.md md
x vaporauth zh-Hans.2026-07-01 freefrank/AnotherVaporAuth 2ae5d299795082e03a835e7027c17508ec4b9ece PRIVACY_ZH.md md
x vaporauth en.2026-07-01 freefrank/AnotherVaporAuth 67b19ed31a6fb8d9238ccef8824e47fe20f0a1e1 PRIVACY.md md
x vaporauth en.2026-07-02 freefrank/AnotherVaporAuth 2ae5d299795082e03a835e7027c17508ec4b9ece PRIVACY.md md
x melody zh-Hans.2025-03-29 DamirV/Melody-Tots 4880ae5a6abe8309ba743703477e6f9c3c59355d PRIVACY_ZH.md md
x melody en.2025-03-29 DamirV/Melody-Tots 8f3a925070cfa016912d1b290245f10242c98056 PRIVACY.md md
x melody en.2025-04-02 DamirV/Melody-Tots c219f36ee83f302bca11c9d6518ad1ccd10800cd PRIVACY.md md
mkdir -p "$d/../heldout" && for g in vaporauth melody; do rm -rf "$d/../heldout/$g"; mv "$d/../editions/$g" "$d/../heldout/$g"; done
