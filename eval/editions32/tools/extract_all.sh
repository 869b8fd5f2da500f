#!/bin/sh
# Every file of the set, byte-exact from a fetch snapshot (git cat-file blob), one commit per repository;
# each edition dated by the last commit that changed its file. The held-out groups (lampswitch, yeld) are moved to heldout/ after.
set -eu
d=$(dirname "$0")
x() { $d/extract.sh "$@"; }
x ccd03 zh-Hans.2023-11-20 451661/451661.github.io a445a50cd92aa5b18dc11387186fdf1a05a31532 03ccd/privacy_zh.html html
x ccd03 en.2023-11-20 451661/451661.github.io a445a50cd92aa5b18dc11387186fdf1a05a31532 03ccd/privacy.html html
x magicalstories zh-Hans.2026-02-26 davidzna/magicalStories b5f2b9897da1534580494eba5848ba4ef67d5eaa privacy-zh-hans.html html
x magicalstories zh-Hant.2026-02-26 davidzna/magicalStories b5f2b9897da1534580494eba5848ba4ef67d5eaa privacy-zh-hant.html html
x magicalstories en.2026-02-26 davidzna/magicalStories b5f2b9897da1534580494eba5848ba4ef67d5eaa privacy-en.html html
x cafnara zh-Hans.2026-05-06 PineBirchApps/cafnara 29bb54788f14df3a3548d5adabc00afe29f6714c privacy-zh-hans.html html
x cafnara en.2026-05-06 PineBirchApps/cafnara 29bb54788f14df3a3548d5adabc00afe29f6714c privacy.html html
x infin zh-Hans.2024-02-20 Knote0/Knote0.github.io fad0c0073f37d0edfc5003c8803003dc31405d3f privacy_zh.html html
x infin en.2024-02-20 Knote0/Knote0.github.io fad0c0073f37d0edfc5003c8803003dc31405d3f privacy.html html
x lampswitch zh-Hans.2025-03-28 JerryChien5168/lampswitch-privacy 2b8223913072be9847006d3ffaec32a3b630cffa privacy-zh-hans.html html
x lampswitch zh-Hant.2025-03-28 JerryChien5168/lampswitch-privacy 2b8223913072be9847006d3ffaec32a3b630cffa privacy.html html
x lampswitch en.2025-03-28 JerryChien5168/lampswitch-privacy 2b8223913072be9847006d3ffaec32a3b630cffa privacy-en.html html
x yeld zh-Hans.2026-02-26 yeld-app/legal c9256c2347c52317f9ce87de79ab193651d7651b privacy-zh-hans.html html
x yeld en.2026-02-26 yeld-app/legal c9256c2347c52317f9ce87de79ab193651d7651b privacy-en.html html
mkdir -p "$d/../heldout" && for g in lampswitch yeld; do rm -rf "$d/../heldout/$g"; mv "$d/../editions/$g" "$d/../heldout/$g"; done
