#!/bin/sh
# byte-exact blobs of every pair (u32b); provenance lines → SOURCES.txt (pair side commit blob bytes sha256 path)
set -e
cd "$(dirname "$0")/.."
x() { sh ../pairs26/tools/extract.sh "$@"; }  # the extractor of eval/pairs26 (writes pairs/NAME here)
{
S=SourLemonJuice+SourLemonJuice-blog
x sour-rewrite $S 977eb25 pages/privacy-policy.md b7e25a9 pages/policy/privacy.md md
x sour-clarity $S b7e25a9 pages/policy/privacy.md 94b0718 pages/policy/privacy.md md
x sour-lang $S 94b0718 pages/policy/privacy.md b8349ae pages/policy/privacy.md md
x sour-move $S b8349ae pages/policy/privacy.md 629ea21 pages/policies/privacy.md md
N=Hamsterowo+NYUST-APP
x nyust-v1 $N 098caaa PRIVACY.zh-TW.md 029b8f9 PRIVACY.zh-TW.md md
x nyust-move $N 029b8f9 PRIVACY.zh-TW.md 4245848 docs/PRIVACY.zh-TW.md md
x nyust-remember $N 4245848 docs/PRIVACY.zh-TW.md f13c8d1 docs/PRIVACY.zh-TW.md md
L=ChanMo+LexiBridge
x lexi-assets $L 7b4b4b1 docs/privacy.html 147aa43 docs/privacy.html html
x lexi-nav $L 147aa43 docs/privacy.html 8c41dc3 docs/privacy.html html
K=kongying-tavern+docs
x kong-clarity $K 46a564a3^ src/privacy.md 46a564a3 src/privacy.md md
x kong-partner $K 3473b66b^ src/privacy.md 3473b66b src/privacy.md md
x kong-tip $K 457eaf6e^ src/privacy.md 457eaf6e src/privacy.md md
x kong-thirdparty $K 5d7f0d31^ src/privacy.md 5d7f0d31 src/privacy.md md
x kong-format $K 8142a2dd^ src/zh/privacy.md 8142a2dd src/zh/privacy.md md
} > SOURCES.txt
(cd pairs && for d in */; do for f in $d*; do sha256sum "$f"; done; done) > HASHES.txt
