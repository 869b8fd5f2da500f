set -e
./extract.sh mememo-rename AaronYu2017+MeMemo-support 31bff99~1 privacy-zh.html 31bff99 privacy-zh.html html
./extract.sh mememo-redesign AaronYu2017+MeMemo-support 7bc93e9~1 privacy-zh.html 7bc93e9 privacy-zh.html html
./extract.sh mememo-cross-script AaronYu2017+MeMemo-support 97925cf privacy-zh.html 97925cf privacy-zh-Hant.html html
./extract.sh yiceling-alipay-removed wjh-cloud+apple-developer 1824bc5~1 privacy.html 1824bc5 privacy.html html
./extract.sh yiceling-cross-script wjh-cloud+apple-developer a77eeda privacy.html a77eeda privacy-zh-Hant.html html
./extract.sh somniary-cross-script xuezhanying+somniaai-page 252b16b privacy-zh-Hans.html 252b16b privacy-zh-Hant.html html
./extract.sh enso-cross-script decnet105+enso-shide cc2819c privacy.md cc2819c zh-Hant/privacy.md md
./extract.sh enso-ai-disclosure decnet105+enso-shide 0a66457~1 privacy.md 0a66457 privacy.md md
./extract.sh mememo-markup-only AaronYu2017+MeMemo-support 3332db3~1 privacy-zh.html 3332db3 privacy-zh.html html
./extract.sh yunjia-vue-expand liwei96+uni-app 5744a8d pages/privacy/privacy.vue d410a5b pages/privacy/privacy.vue vue
