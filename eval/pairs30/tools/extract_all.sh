#!/bin/sh
# byte-exact blobs of every pair (u30b); provenance lines → SOURCES.txt (pair side commit blob bytes sha256 path)
set -e
cd "$(dirname "$0")/.."
x() { sh ../pairs26/tools/extract.sh "$@"; }  # the extractor of eval/pairs26 (writes pairs/NAME here)
{
C=cofacts+rumors-site
F=LEGAL.md
x cofacts-url $C 69ae6a8 $F 7321b97 $F md
x cofacts-items $C 7321b97 $F 71419ce $F md
x cofacts-version $C 71419ce $F 8a41494 $F md
x cofacts-platforms $C 8a41494 $F 538daa4 $F md
x cofacts-profile $C 538daa4 $F 75b2e00 $F md
x cofacts-30days $C 75b2e00 $F ddd3b3d $F md
x cofacts-email $C ddd3b3d $F d60dcdd $F md
x cofacts-cloud $C d60dcdd $F a69c6a4 $F md
x cofacts-v3 $C a69c6a4 $F b926825 $F md
x cofacts-case $C b926825 $F e8bc6c6 $F md
x cofacts-cib $C e8bc6c6 $F e123b62 $F md
x cofacts-span $C 69ae6a8 $F e123b62 $F md
V=COSCUP+COSCUP-Volunteer
x coscup-txt-md $V 72bb17e privacy.txt 5105d07 privacy.md txt md
x coscup-mailbox $V 5105d07 privacy.md 9065a36 privacy.md md
x coscup-postcode $V 9065a36 privacy.md a4d0b42 privacy.md md
} > SOURCES.txt
