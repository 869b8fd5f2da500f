#!/bin/sh
# Every file of the set that a fetch snapshot holds (navicast and dotmosaic are the search index's stored text:
# stored/*.json, written out with tools/from_index.py; see README).
set -eu
d=$(dirname "$0")
YJ=knuzk/yingji
YJ1=bba04bf277625743fc451673436b80fe52cb7f55
$d/extract.sh yingji en.2025-07-07 $YJ $YJ1 privacy-policy.md md
$d/extract.sh yingji zh-CN.2025-07-07 $YJ $YJ1 privacy-policy.zh-CN.md md
TC=zhaxu24/TimerCue-Privacy
TC1=49ddc2d
TC1=$(git --git-dir=/work/.mirror/zhaxu24+TimerCue-Privacy/repo rev-parse $TC1)
$d/extract.sh timercue en.2025-02-05 $TC $TC1 privacy-policy-en.md md
$d/extract.sh timercue zh-CN.2025-02-05 $TC $TC1 privacy-policy-zh.md md
$d/extract.sh timercue de.2025-02-05 $TC $TC1 privacy-policy-de.md md
KA=Likenttt/gcw-strava-kudo-all
KA1=$(git --git-dir=/work/.mirror/Likenttt+gcw-strava-kudo-all/repo rev-parse 692f017)
$d/extract.sh kudoall en.2023-08-08 $KA $KA1 privacy-policy.md md
$d/extract.sh kudoall zh-CN.2023-08-08 $KA $KA1 privacy-policy-zh.md md
GU=Gurtovshchik/privacy-policy
GU1=$(git --git-dir=/work/.mirror/Gurtovshchik+privacy-policy/repo rev-parse d18f962)
$d/extract.sh gurtovshchik en.2025-09-15 $GU $GU1 privacy_policy_en.md md
$d/extract.sh gurtovshchik zh-CN.2025-09-15 $GU $GU1 privacy_policy_zh-CN.md md
ZC=zoracam/zoracam
ZC1=$(git --git-dir=/work/.mirror/zoracam+zoracam/repo rev-parse adcf899)
$d/extract.sh zoracam zh-Hans.2025-03-17 $ZC $ZC1 privacy-policy.md md
$d/extract.sh zoracam zh-Hant.2025-03-17 $ZC $ZC1 privacy-policy-zh-hant.md md
$d/extract.sh zoracam en.2025-03-17 $ZC $ZC1 privacy-policy-en.md md
