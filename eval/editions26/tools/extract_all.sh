#!/bin/sh
# Every file of the set that a fetch snapshot holds (speakzilla's Chinese editions and inklogic are the search index's
# stored text: see README).
set -eu
d=$(dirname "$0")
NG=NovelGlide/novelglide.github.io
NG1=20ee6ee5cad0366b5700adf1907dc944fc9ed26f
NG2=8e821a8f7733125ed30d463c559c9149411b01ce
$d/extract.sh novelglide zh-Hant.2025-09-19 $NG $NG1 privacy-policy/zh.md md
$d/extract.sh novelglide zh-Hans.2025-09-19 $NG $NG1 privacy-policy/zh-CN.md md
$d/extract.sh novelglide en.2025-09-19 $NG $NG1 privacy-policy/en.md md
$d/extract.sh novelglide zh-Hant.2026-05-02 $NG $NG2 privacy-policy/zh-Hant.md md
$d/extract.sh novelglide zh-Hans.2026-05-02 $NG $NG2 privacy-policy/zh-Hans.md md
$d/extract.sh novelglide en.2026-05-02 $NG $NG2 privacy-policy/en.md md
SM=sharkmabin/savemate-legal
SM1=0b55a0505cdb17a44c5158a37d7fca569359cb0d
$d/extract.sh savemate zh-TW.2026-05-25 $SM $SM1 privacy-policy.zh-TW.html html
$d/extract.sh savemate zh-CN.2026-05-25 $SM $SM1 privacy-policy.zh-CN.html html
$d/extract.sh savemate en.2026-05-25 $SM $SM1 privacy-policy.html html
NP=windyboyy/windyboyy.github.io
NP1=dba96e5ef1c01587083b16e052283ebe3e24381b
$d/extract.sh netpulse zh-TW.2026-01-05 $NP $NP1 zh-TW/privacy-policy.md md
$d/extract.sh netpulse zh-CN.2026-01-05 $NP $NP1 zh-CN/privacy-policy.md md
$d/extract.sh netpulse en.2026-01-05 $NP $NP1 en/privacy-policy.md md
YO=AqueousAir/yorina
YO1=9d2205fa4690421a1d3e8cac6eeb32847953f55c
$d/extract.sh yorina zh-TW.2026-05-20 $YO $YO1 zh-tw/privacy.html html
$d/extract.sh yorina zh-CN.2026-05-20 $YO $YO1 zh-cn/privacy.html html
$d/extract.sh yorina en.2026-05-20 $YO $YO1 privacy.html html
SZ=andrewkim7/speakzilla-site
$d/extract.sh speakzilla en.2026-08-19 $SZ 47bc766ff330e10a27e7de4acdee3cca98362cfd privacy.md md
