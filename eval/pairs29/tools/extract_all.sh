#!/bin/sh
# byte-exact blobs of every pair (u29b); provenance lines → SOURCES.txt (pair side commit blob bytes sha256 path)
set -e
cd "$(dirname "$0")/.."
x() { sh ../pairs26/tools/extract.sh "$@"; }  # the extractor of eval/pairs26 (writes pairs/NAME here)
{
P=beansKingdom+purpgo_support
x purpgo-reexport $P 1963d8a privacy-zh.md b3c41b0 zh/privacy.md md
x purpgo-privacy $P b3c41b0 zh/privacy.md 7cc2b36 zh/privacy.md md
x purpgo-terms-reexport $P 4324fde terms-zh.md 0f245c0 zh/terms.md md
x purpgo-terms-pro $P 0f245c0 zh/terms.md d2979b4 zh/terms.md md
x purpgo-terms-items $P d2979b4 zh/terms.md b7957a6 zh/terms.md md
U=dcloudio+unidocs-zh
F=docs/app/android-store.md
x unidocs-rows $U 2f967b289~1 $F 2f967b289 $F md
x unidocs-cells $U f6354022c~1 $F f6354022c $F md
x unidocs-getui $U f2e80f283~1 $F f2e80f283 $F md
x unidocs-unipush $U b8cf3f701~1 $F b8cf3f701 $F md
x unidocs-uniad $U 676384e41~1 $F 676384e41 $F md
x unidocs-weex $U 99dff6946~1 $F 99dff6946 $F md
x unidocs-huawei $U 611433a60~1 $F 611433a60 $F md
x unidocs-uniad2 $U 987f7434d~1 $F 987f7434d $F md
} > SOURCES.txt
