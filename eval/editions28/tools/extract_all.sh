#!/bin/sh
# Every file of the set, byte-exact from a fetch snapshot (git cat-file blob), one commit per repository.
set -eu
d=$(dirname "$0")
x() { $d/extract.sh "$@"; }
x unimerge zh-CN.2026-04-09 DiscoveryPython/unimerge-privacy f52274baf178eaef7084ec5ec8782f9e08344acc privacy_cn.html html
x unimerge en.2026-04-09 DiscoveryPython/unimerge-privacy f52274baf178eaef7084ec5ec8782f9e08344acc privacy_en.html html
x tilltomorrow zh-CN.2023-01-05 fvworks/TillTomorrow 5cdeeace83eda9d76245afe681c3295322f6f664 privacy_cn.md md
x tilltomorrow en.2023-01-05 fvworks/TillTomorrow 5cdeeace83eda9d76245afe681c3295322f6f664 privacy.md md
x petdrink zh-CN.2026-06-21 Gnesiiy/petdrinkdiary-site 81719789e6064d8b7b307a557ea45a5d585f4a8a privacy-zh-CN.html html
x petdrink en.2026-06-21 Gnesiiy/petdrinkdiary-site 81719789e6064d8b7b307a557ea45a5d585f4a8a privacy-en.html html
x pinktape zh-CN.2026-06-08 mozzimocha-commits/pinktape-legal 8132f5fc61f1e1950cbe83e393263bda6de05729 privacy_cn.html html
x pinktape en.2026-06-08 mozzimocha-commits/pinktape-legal 8132f5fc61f1e1950cbe83e393263bda6de05729 privacy_en.html html
x readlens zh-TW.2025-10-17 kentchiu666/readlens-privacy 462593c8b9c58bf3cbcd281ffba485cd5a81da72 privacy.html html
x readlens en.2025-10-17 kentchiu666/readlens-privacy 462593c8b9c58bf3cbcd281ffba485cd5a81da72 privacy-en.html html
x watchhr zh-CN.2025-07-14 HenryHan168/watchHRhtml eb4eb0e9cc725630ab1311d1f565e3a084e41c40 privacy-zh-CN.html html
x watchhr en.2025-07-14 HenryHan168/watchHRhtml eb4eb0e9cc725630ab1311d1f565e3a084e41c40 privacy.html html
x minefiles zh-Hans.2026-01-22 susu-pro/Mine db3cf80d20fdf501b240326005236f850e02b781 privacy-zh.html html
x minefiles en.2026-01-22 susu-pro/Mine db3cf80d20fdf501b240326005236f850e02b781 privacy.html html
x soulscript zh-Hant.2025-09-05 Jacklee0517/soulscript-policies 30540dacd8499fa5bff68186d8fec3c06a678d55 privacy_zh.html html
x soulscript en.2025-09-05 Jacklee0517/soulscript-policies 30540dacd8499fa5bff68186d8fec3c06a678d55 privacy_policy_en.html html
x ugscan zh-CN.2023-04-24 ugscan/ugscan.github.io e0ea8d1afd0b1fd2666eecee594aa9fb6f05347a privacy_cn.html html
x ugscan en.2023-04-24 ugscan/ugscan.github.io e0ea8d1afd0b1fd2666eecee594aa9fb6f05347a privacy.html html
