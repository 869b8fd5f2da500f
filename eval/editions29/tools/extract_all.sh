#!/bin/sh
# Every file of the set, byte-exact from a fetch snapshot (git cat-file blob), one commit per repository.
set -eu
d=$(dirname "$0")
x() { $d/extract.sh "$@"; }
x transpop zh-CN.2026-02-09 ItchScratchStudio/TransPopWebsite b331575ea25a046c50e68cde92d88cde7a1c3b95 privacy-zh.html html
x transpop zh-TW.2026-02-09 ItchScratchStudio/TransPopWebsite b331575ea25a046c50e68cde92d88cde7a1c3b95 privacy-zh-TW.html html
x transpop en.2026-02-09 ItchScratchStudio/TransPopWebsite b331575ea25a046c50e68cde92d88cde7a1c3b95 privacy.html html
x swifttrans zh-CN.2026-01-28 ItchScratchStudio/SwiftTransWebsite 5b33290f21efe4cc608fe7834a0f793f2321eb11 privacy-zh.html html
x swifttrans en.2026-01-28 ItchScratchStudio/SwiftTransWebsite 5b33290f21efe4cc608fe7834a0f793f2321eb11 privacy.html html
x lightcam zh-CN.2025-05-21 maqicharles/lightcam 014fd55ed4fc0211e591c262a0b52688c73db013 privacy-zh.html html
x lightcam en.2025-05-21 maqicharles/lightcam 014fd55ed4fc0211e591c262a0b52688c73db013 privacy-en.html html
x moodflow zh-CN.2025-07-05 michaelnbnb/MoodFlowAI-Website 9603897df39c203453ee0a296db6cc1fd6972ce0 privacy-zh.html html
x moodflow en.2025-07-05 michaelnbnb/MoodFlowAI-Website 9603897df39c203453ee0a296db6cc1fd6972ce0 privacy-en.html html
x heroac zh-CN.2020-02-08 heroac/privacy f80dcaa3425c31dd4740ad66e5cf9bfc755196e5 privacy-cn.html html
x heroac en.2020-02-08 heroac/privacy f80dcaa3425c31dd4740ad66e5cf9bfc755196e5 privacy-en.html html
x juliewardx zh-CN.2021-07-21 juliewardx/privacy 808ab29c20222d5b0c4b9319f4bdc357b06e0aeb privacy-cn.html html
x juliewardx en.2021-07-21 juliewardx/privacy 808ab29c20222d5b0c4b9319f4bdc357b06e0aeb privacy-en.html html
x keeply zh-CN.2026-05-03 boy1690/keeply-website 3764a6ac5d5bbfd2d3f9fdb9eed9f33628243585 zh-CN/privacy.html html
x keeply en.2026-05-03 boy1690/keeply-website 3764a6ac5d5bbfd2d3f9fdb9eed9f33628243585 en/privacy.html html
x taptapbible zh-CN.2026-07-02 starseeker07/taptapbible-landing 51d4d0d27712407aca6420b23eb6009a1e63bb47 zh-CN/privacy.html html
x taptapbible en.2026-07-02 starseeker07/taptapbible-landing 51d4d0d27712407aca6420b23eb6009a1e63bb47 en/privacy.html html
x emuinotice zh-CN.2026-06-23 ThunderSoft-LC/EMUIInterconnectPrivacy f31059b1b6eab7cbdb1266fa17a43211858427be zh-CN/privacy-notice.html html
x emuinotice zh-HK.2026-06-23 ThunderSoft-LC/EMUIInterconnectPrivacy f31059b1b6eab7cbdb1266fa17a43211858427be zh-HK/privacy-notice.html html
x emuinotice en.2026-06-23 ThunderSoft-LC/EMUIInterconnectPrivacy f31059b1b6eab7cbdb1266fa17a43211858427be en/privacy-notice.html html
