set -e
./extract.sh phesleep-cross-script 147356+phesleep-support 7c0746a privacy.html 7c0746a privacy-zh-Hant.html html
./extract.sh phesleep-simplify 147356+phesleep-support 047cc1b privacy.html 36c29c9 privacy.html html
./extract.sh fingerchase-cross-script 962412311+Fingerchase-Support ae5ae5a privacy.html ae5ae5a privacy-zh-Hant.html html
./extract.sh fingerchase-expand 962412311+Fingerchase-Support 58ad4a7 privacy.html d88bbe0 privacy.html html
./extract.sh auravault-cross-script xuezhanying+pv_safe_album 398e0c0 privacy-zh-Hans.html 398e0c0 privacy-zh-Hant.html html
./extract.sh hairstyle-developer 'luhongwu+app-privacy-policy' 108d9c9~1 privacy-policy/zh.md 108d9c9 privacy-policy/zh.md md
./extract.sh hairstyle-format 'luhongwu+app-privacy-policy' 73b067c~1 privacy-policy/zh.md 73b067c privacy-policy/zh.md md
./extract.sh hairstyle-sections 'luhongwu+app-privacy-policy' 004ed26~1 privacy-policy/zh.md 004ed26 privacy-policy/zh.md md
./extract.sh postwall-vue-rename zzsqwq+Postwall-MiniApp-uni 51f6f3b pages/privacy/privacy.vue abc6e89 pages/privacy/privacy.vue vue
./extract.sh jiajia-txt-operator 1584473099+game-privacy 95cfe9b privacy.txt 820420a privacy.txt txt
