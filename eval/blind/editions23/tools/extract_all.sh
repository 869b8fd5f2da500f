#!/bin/sh
# Every edition of eval/blind/editions23 (t23c), run from eval/blind/editions23/: sh tools/extract_all.sh > SOURCES.txt
set -e
x=tools/extract.sh
$x calzo zh-Hans 2025-08-12 tnemotox+calzo-numsum-puzzle-legal 761c196 privacy_zh-Hans.html html
$x calzo zh-Hant 2025-08-12 tnemotox+calzo-numsum-puzzle-legal 761c196 privacy_zh-Hant.html html
$x calzo en 2025-08-12 tnemotox+calzo-numsum-puzzle-legal 761c196 privacy_en.html html
$x ipcam zh-Hans 2026-06-02 LorysMay+Privacy-Policy d4976a5 privacy_zh-Hans.html html
$x ipcam zh-Hant 2026-06-02 LorysMay+Privacy-Policy d4976a5 privacy_zh-Hant.html html
$x ipcam en 2026-06-02 LorysMay+Privacy-Policy d4976a5 privacy_en.html html
$x ipcam-timeline zh-Hans 2026-05-25 LorysMay+Privacy-Policy 37bf02c privacy_zh-Hans.html html
$x ipcam-timeline zh-Hans 2026-05-26 LorysMay+Privacy-Policy 39fbb3b privacy_zh-Hans.html html
$x ipcam-timeline zh-Hans 2026-06-02 LorysMay+Privacy-Policy d4976a5 privacy_zh-Hans.html html
$x reminisea zh-CN 2026-06-16 katelynmichelin976-wq+ReminiSea 5c1054b privacy.html html
$x reminisea zh-Hant 2026-06-16 katelynmichelin976-wq+ReminiSea 5c1054b privacy_zh-Hant.html html
$x reminisea en 2026-06-16 katelynmichelin976-wq+ReminiSea 5c1054b privacy_en.html html
$x fanqie zh-CN 2025-12-27 sxl53037072+sxl53037072.github.io f562b08 privacy_zh.html html
$x fanqie zh-Hant 2025-12-27 sxl53037072+sxl53037072.github.io f562b08 privacy_zh-Hant.html html
$x fanqie en 2025-12-27 sxl53037072+sxl53037072.github.io f562b08 privacy_en.html html
$x fanqie-timeline zh-CN 2025-12-17 sxl53037072+sxl53037072.github.io 0b77034 privacy_zh.html html
$x fanqie-timeline zh-CN 2025-12-27 sxl53037072+sxl53037072.github.io f562b08 privacy_zh.html html
$x bazi-timeline zh-CN 2026-07-28 jimchen210+jimchen210.github.io b364ca0 privacy.html html
$x bazi-timeline zh-CN 2026-07-29 jimchen210+jimchen210.github.io b5237eb privacy.html html
$x sportsperf zh-CN 2026-02-27 1784777348ly+private c1843b4 privacy.html html
$x sportsperf zh-Hans 2026-02-27 1784777348ly+private c1843b4 privacy_zh-Hans.html html
$x sportsperf en 2026-02-27 1784777348ly+private c1843b4 privacy_en.html html
$x sportsperf-contact zh-CN 2025-12-01 1784777348ly+private 9916777 privacy.html html
$x sportsperf-contact zh-Hans 2025-12-01 1784777348ly+private 9916777 privacy_zh-Hans.html html
$x sportsperf-contact en 2025-12-01 1784777348ly+private 9916777 privacy_en.html html
$x subskanri zh-Hant 2026-07-03 skc0626+subskanri cdf5f16 privacy-zh-Hant.html html
$x subskanri en 2026-07-03 skc0626+subskanri cdf5f16 privacy.html html
