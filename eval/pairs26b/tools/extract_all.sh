#!/bin/sh
# byte-exact blobs of every pair (u26d); provenance lines → SOURCES.txt
set -e
cd "$(dirname "$0")/.."
x() { sh ../pairs26/tools/extract.sh "$@"; }  # the extractor of eval/pairs26 (writes pairs/NAME here)
{
S=BESaw+sqliteflow.github.io
x sqliteflow-hans-edit $S b99bfc3ec3 zh-Hans/privacy.md dcd8388de2 zh-Hans/privacy.md md
x sqliteflow-hans-cut $S dcd8388de2 zh-Hans/privacy.md 7eaae03b7b zh-Hans/privacy.md md
x sqliteflow-hant-cut $S 161bc67e02 zh-Hant/privacy.md 7eaae03b7b zh-Hant/privacy.md md
A=AegiSight+aegisight.github.io
x aegisight-tw-1 $A 64dc4b193e zh-TW/privacy-policy.html c000b2ba38 zh-TW/privacy-policy.html html
x aegisight-tw-2 $A c000b2ba38 zh-TW/privacy-policy.html dbf48fdfe9 zh-TW/privacy-policy.html html
x aegisight-cn-1 $A 64dc4b193e zh-CN/privacy-policy.html c000b2ba38 zh-CN/privacy-policy.html html
x aegisight-cn-2 $A c000b2ba38 zh-CN/privacy-policy.html dbf48fdfe9 zh-CN/privacy-policy.html html
P=hashgreen+pyke-ldp-public
x pyke-tw $P b950080da2 zh-TW/privacy-policy.html ccc1e1cf68 zh-TW/privacy-policy.html html
x pyke-cn $P b950080da2 zh-CN/privacy-policy.html ccc1e1cf68 zh-CN/privacy-policy.html html
N=l10s18bok+anbu-legal
x anbu-tw $N 6eefec69a4 zh-TW/privacy-policy.html 4ffe2c5fe8 zh-TW/privacy-policy.html html
x anbu-cn $N 6eefec69a4 zh-CN/privacy-policy.html 4ffe2c5fe8 zh-CN/privacy-policy.html html
J=JobYu+image2pixel-web
x image2pixel-tw-meta $J b7f7522c48 web/zh-TW/privacy-policy.html aed6a3a139 web/zh-TW/privacy-policy.html html
x image2pixel-tw-seo $J aed6a3a139 web/zh-TW/privacy-policy.html 8f9085d9a9 web/zh-TW/privacy-policy.html html
x image2pixel-tw-ads $J 8f9085d9a9 web/zh-TW/privacy-policy.html 531928e937 web/zh-TW/privacy-policy.html html
x image2pixel-cn-seo $J aed6a3a139 web/zh-CN/privacy-policy.html 8f9085d9a9 web/zh-CN/privacy-policy.html html
x image2pixel-cn-ads $J 8f9085d9a9 web/zh-CN/privacy-policy.html 531928e937 web/zh-CN/privacy-policy.html html
} > SOURCES.txt
