#!/bin/sh
# byte-exact blobs of every pair (u33b); provenance lines → SOURCES.txt (pair side commit blob bytes sha256 path)
set -e
cd "$(dirname "$0")/.."
x() { sh ../pairs26/tools/extract.sh "$@"; }  # the extractor of eval/pairs26 (writes pairs/NAME here)
{
P=my-telegram-bots+Pixiv_bot
S=docs/zh-hans/privacy.md
T=docs/zh-hant/privacy.md
x px-hans-doc $P 3b549e1 $S e34d282 $S md
x px-hant-blank $P e34d282 $T 5bdc9e6 $T md
x px-hans-reword $P 5bdc9e6 $S 50f2af1 $S md
x px-hans-telegram $P 50f2af1 $S 999bacc $S md
x px-hans-quote $P 999bacc $S 5f746bb $S md
x px-hant-export $P 5f746bb $T 51f8da4 $T md
x px-hant-lead $P 51f8da4 $T a485e47 $T md
x px-hans-id $P 3f43dd7 $S 91bba4b $S md
x px-cross $P 50f2af1 $S 50f2af1 $T md
E=kagurazakayashi+EvernightBoard
x evn-hans-title $E 6dd3b27 PRIVACY.zh-Hans.md 59ad191 PRIVACY.zh-Hans.md md
x evn-hans-loose $E 59ad191 PRIVACY.zh-Hans.md 3140a83 PRIVACY.zh-Hans.md md
x evn-hant-convert $E 59ad191 PRIVACY.zh-Hant.md 3140a83 PRIVACY.zh-Hant.md md
C=ShunL12324+comfy-portal
x comfy-vitepress $C 15c4030 docs/zh/privacy.md e8cf1c0 docs/zh/privacy.md md
x comfy-sentry $C e8cf1c0 docs/zh/privacy.md 3e08824 docs/zh/privacy.md md
A=cloveric+awe-subtranslate-chrome
x awe-glm $A 4094a19 PRIVACY_POLICY.zh-CN.md 39d0265 PRIVACY_POLICY.zh-CN.md md
x awe-revert $A 39d0265 PRIVACY_POLICY.zh-CN.md 1f42fc2 PRIVACY_POLICY.zh-CN.md md
} > SOURCES.txt
(cd pairs && for d in */; do for f in $d*; do sha256sum "$f"; done; done) > HASHES.txt
