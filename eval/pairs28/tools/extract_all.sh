#!/bin/sh
# byte-exact blobs of every pair (u28b); provenance lines → SOURCES.txt (pair side commit blob bytes sha256 path)
set -e
cd "$(dirname "$0")/.."
x() { sh ../pairs26/tools/extract.sh "$@"; }  # the extractor of eval/pairs26 (writes pairs/NAME here)
{
B=Allan-Pan9889+bookra-website
x bookra-pricing $B 940ed1d privacy-zh.html 9184967 privacy-zh.html html
x bookra-email $B 9184967 privacy-zh.html 2c2bf46 privacy-zh.html html
x bookra-generic $B 2c2bf46 privacy-zh.html dda2744 privacy-zh.html html
x bookra-ga $B dda2744 privacy-zh.html 248552b privacy-zh.html html
x bookra-seo $B d614e57 privacy-zh.html c0aed7a privacy-zh.html html
x bookra-footer $B c0aed7a privacy-zh.html 1e65132 privacy-zh.html html
S=AuCu1608+solo_pantry_pages
x solo-langswitch $S 4b51d62 privacy-zh.html 27daaf2 privacy-zh.html html
x solo-appname $S 27daaf2 privacy-zh.html 90bc62f privacy-zh.html html
x kabe-email 20200207noon-art+kabe-privacy e83497a privacy-zh.html 891a01b privacy-zh.html html
x beadcube-update FinnGra+BeadCube 8dc55cf privacy-zh.html 487d29a privacy-zh.html html
L=cwvhuang-euxlab+lost-buddy-policy
x lostbuddy-layout $L 7e9c982 privacy-zh.html 0730c63 privacy-zh.html html
x lostbuddy-anon $L 790f17d privacy-zh.html 1f87ebe privacy-zh.html html
x zenmaster-update ecomclaude-code+zenmaster-privacy 6eb920d privacy-zh.html dfc04f0 privacy-zh.html html
D=fenghc66+daonale-pages
x daonale-redesign $D f7e3184 privacy-zh.html bc83433 privacy-zh.html html
x daonale-nearu $D bc83433 privacy-zh.html 5cad8bc privacy-zh.html html
F=fridgenie-app+fridgenie.app
x fridgenie-rebrand $F dd234fa privacy-zh.html dcafe51 privacy-zh.html html
x fridgenie-disclose $F e4eaf42 privacy-zh.html cf046a3 privacy-zh.html html
x fridgenie-subscription $F cf046a3 privacy-zh.html 79d208f privacy-zh.html html
J=jever789+babymo
x babymo-perm $J 29f7c85 privacy-zh.html c9f6ffb privacy-zh.html html
x babymo-wording $J c9f6ffb privacy-zh.html 6469c16 privacy-zh.html html
} > SOURCES.txt
