#!/bin/sh
# byte-exact blobs of every pair (lead34); provenance lines → SOURCES.txt (pair side commit blob bytes sha256 path)
set -e
cd "$(dirname "$0")/.."
x() { sh ../pairs26/tools/extract.sh "$@"; }  # the extractor of eval/pairs26 (writes pairs/NAME here)
{
H=kirohuji+hope-front
D=src/sections/system/content
p() { x "$1" $H "$2~1" "$D/$3.md" "$2" "$D/$3.md" md; }
p jm-personal-safety 36203f5 privacy-personal
p jm-children-safety 36203f5 privacy-children
p jm-concise-layout 8ebec42 privacy-concise
p jm-concise-contact 4eda08c privacy-concise
p jm-collect-layout 8ebec42 collect-info-list
p jm-terms-safety 36203f5 legal-terms
p jm-terms-contact 4eda08c legal-terms
p jm-terms-layout 8ebec42 legal-terms
p jm-sdk-removed c62aa33 sdklist
p jm-personal-last 5e7144e privacy-personal
} > SOURCES.txt
(cd pairs && for d in */; do for f in $d*; do sha256sum "$f"; done; done) > HASHES.txt
