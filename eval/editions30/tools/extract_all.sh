#!/bin/sh
# Every file of the set, byte-exact from a fetch snapshot (git cat-file blob), one commit per repository;
# each edition dated by the last commit that changed its file.
set -eu
d=$(dirname "$0")
x() { $d/extract.sh "$@"; }
x jieliao zh-CN.2025-07-04 rayw0ng/sobrietylog 0f32188ff6d440d71a90ac7246438b7739cd5fc5 privacy_cn.html html
x jieliao zh-Hans.2025-07-10 rayw0ng/sobrietylog 0f32188ff6d440d71a90ac7246438b7739cd5fc5 privacy_zh.html html
x jieliao en.2025-07-10 rayw0ng/sobrietylog 0f32188ff6d440d71a90ac7246438b7739cd5fc5 privacy_en.html html
x cutora zh-CN.2026-08-08 ppdd2012/cutora 229cc7686c8beeb255fafc7bdcc019d26f693143 privacy_cn.md md
x cutora en.2026-08-08 ppdd2012/cutora 229cc7686c8beeb255fafc7bdcc019d26f693143 privacy_en.md md
x thinkbox zh-CN.2024-12-18 steveny1989/termsandprivacy 09452260dbd97c2f912c2695520ab1e2cde04d23 privacy_cn.html html
x thinkbox en.2025-06-15 steveny1989/termsandprivacy 09452260dbd97c2f912c2695520ab1e2cde04d23 privacy_en.html html
x inkholt zh-Hans.2026-07-17 cs20030834/inkholt-support 31a063c0bb61dcbb16112a797609c50b67434c82 privacy-zh-hans.html html
x inkholt zh-Hant.2026-07-17 cs20030834/inkholt-support 31a063c0bb61dcbb16112a797609c50b67434c82 privacy-zh-hant.html html
x inkholt en.2026-07-17 cs20030834/inkholt-support 31a063c0bb61dcbb16112a797609c50b67434c82 privacy.html html
x savio zh-Hans.2025-12-26 harperchang2025-ship-it/savio-legal 0b3428ac175c0813985d5cf782c2bcb61388766d privacy-zh-hans.html html
x savio zh-Hant.2025-12-26 harperchang2025-ship-it/savio-legal 0b3428ac175c0813985d5cf782c2bcb61388766d privacy-zh-hant.html html
x savio en.2025-12-26 harperchang2025-ship-it/savio-legal 0b3428ac175c0813985d5cf782c2bcb61388766d privacy-en.html html
x caresync zh-Hans.2025-09-18 oceanrich/caresync-support 66174d00e831708c57991ca27a6785437ba349a3 privacy.html html
x caresync zh-Hant.2025-09-18 oceanrich/caresync-support 66174d00e831708c57991ca27a6785437ba349a3 privacy-zh-hant.html html
x caresync en.2025-09-18 oceanrich/caresync-support 66174d00e831708c57991ca27a6785437ba349a3 privacy-en.html html
x batchcraft zh-Hans.2026-04-27 rafaelxiao/batchcraft c532dfecccdd5d53917205ed75014b0afe75cc3f privacy-zh-hans.html html
x batchcraft zh-Hant.2026-04-27 rafaelxiao/batchcraft c532dfecccdd5d53917205ed75014b0afe75cc3f privacy-zh-hant.html html
x batchcraft en.2026-04-27 rafaelxiao/batchcraft c532dfecccdd5d53917205ed75014b0afe75cc3f privacy.html html
x samkee zh-Hant.2026-04-11 samkeeapp/samkeeapp.github.io a4ad0673c39d36502945d87872319617567b3f0c privacy-zh-hant.html html
x samkee en.2026-04-11 samkeeapp/samkeeapp.github.io a4ad0673c39d36502945d87872319617567b3f0c privacy.html html
