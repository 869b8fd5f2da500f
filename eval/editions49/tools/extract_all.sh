#!/bin/sh
# Every file of this set: git blobs from fetch snapshots (tools/extract.sh); buddy-lag from the search index's stored
# text (read_file; tools/index_copy.sh with the transcribed <main>, see README).
set -eu
t=$(dirname "$0")
sh $t/extract.sh velo en.2024-12-03 StriverF/veloxox-website 1da8be5 privacy.html html
sh $t/extract.sh velo zh-Hans.2024-12-03 StriverF/veloxox-website 1da8be5 privacy-zh.html html
sh $t/extract.sh velo-lag en.2024-11-17 StriverF/veloxox-website 41adbee privacy.html html
sh $t/extract.sh velo-lag zh-Hans.2024-11-15 StriverF/veloxox-website 2a75438 privacy-zh.html html
sh $t/extract.sh prism en.2026-08-17 TraditionalDimension/prism-rows 4b262e6 privacy.html html
sh $t/extract.sh prism zh-Hans.2026-08-17 TraditionalDimension/prism-rows 4b262e6 privacy-zh.html html
sh $t/extract.sh exitvpn en.2026-01-21 ExitVPN/website fe9db7e privacy.html html
sh $t/extract.sh exitvpn zh-Hant.2026-01-21 ExitVPN/website fe9db7e zh/privacy.html html
# buddy-lag (held out): the index's stored text of two commits, transcribed character for character (total_chars 16,016
# and 10,112 checked) into /tmp/u49c_buddy/ first
DIR=heldout sh $t/index_copy.sh buddy-lag en.2026-05-20 joojoomie/buddynow-legal 05dfe051f360b255648b61d11569feb2cbc90fdf legal/privacy.html html 60019403599 /tmp/u49c_buddy/en.html
DIR=heldout sh $t/index_copy.sh buddy-lag zh-Hans.2026-05-28 joojoomie/buddynow-legal 21d76f7069ef0f827ca5695986671d63269d690b legal/privacy-zh.html html 59874343991 /tmp/u49c_buddy/zh.html
