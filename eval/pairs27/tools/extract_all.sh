#!/bin/sh
# byte-exact blobs of every pair (u27b); provenance lines → SOURCES.txt (pair side commit blob bytes sha256 path)
set -e
cd "$(dirname "$0")/.."
x() { sh ../pairs26/tools/extract.sh "$@"; }  # the extractor of eval/pairs26 (writes pairs/NAME here)
{
C=JobYu+32colors
x colors-tw-backlink $C f1e19f0 privacy-policy-zh-tw.html 1c60169 privacy-policy-zh-tw.html html
x colors-cn-backlink $C f1e19f0 privacy-policy-zh.html 1c60169 privacy-policy-zh.html html
P=ShyBenApps+pikori-legal
x pikori-langbar-retarget $P 2ad64e2 privacy-zh.html 469e3f1 privacy-zh.html html
x pikori-langbar-grow $P 469e3f1 privacy-zh.html c4e9cb1 privacy-zh.html html
x pikori-section-insert $P c4e9cb1 privacy-zh.html 680c6f7 privacy-zh.html html
x pikori-children $P 680c6f7 privacy-zh.html 0f209d1 privacy-zh.html html
x pikori-age-items $P 0f209d1 privacy-zh.html 9db19c2 privacy-zh.html html
x pikori-visibility $P 9db19c2 privacy-zh.html e352224 privacy-zh.html html
x pikori-security $P e352224 privacy-zh.html 5c55cd8 privacy-zh.html html
x pikori-address $P 5c55cd8 privacy-zh.html 974e6b6 privacy-zh.html html
B=ETESY+BibleLove-legal
x biblelove-sdk $B dc60475 privacy-zh.html 5a4781e privacy-zh.html html
x biblelove-drop $B 5a4781e privacy-zh.html 2b97985 privacy-zh.html html
x plucknote-email chixiang+plucknote-legal 77cef27 privacy-zh.html b0e1b7c privacy-zh.html html
x capsoul-membership haopeng1139+capsoul-legal fc530bd privacy-zh.html 9f94286 privacy-zh.html html
x smartbookmark-favicon howoii+smartbookmark-privacy 06aa355 privacy-zh.html 8ce551b privacy-zh.html html
x apchat-sections apchat-dev+apchat-privacy d8ab8ab privacy-zh.html 71cdad0 privacy-zh.html html
M=mxc-foundation+mxc-website
x mxc-hant-googleplus $M 09c54be0 zh-Hant/privacy-policy.html 6463b8e4 zh-Hant/privacy-policy.html html
x mxc-hant-reexport $M bf5fade0 zh-Hant/privacy-policy.html 05a662c5 zh-Hant/privacy-policy.html html
x mxc-hant-footer $M ead7c658 zh-Hant/privacy-policy.html 0918ec98 zh-Hant/privacy-policy.html html
} > SOURCES.txt
