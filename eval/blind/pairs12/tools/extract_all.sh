set -e
./extract.sh luckbit-permissions VictorLee2077+luckbit_docs 4563530 docs/privacy-policy.md c7f9c9b docs/privacy-policy.md md
./extract.sh luckbit-cross-script VictorLee2077+luckbit_docs 4563530 docs/privacy-policy.md 4563530 docs/privacy-policy.zh-TW.md md
./extract.sh qingxu-vue-format scfcn+blog-v3 2109b7a app/pages/privacy.vue a06a7e2 app/pages/privacy.vue vue
./extract.sh qingxu-vue-heading scfcn+blog-v3 a06a7e2 app/pages/privacy.vue 4ba2011 app/pages/privacy.vue vue
./extract.sh sortinggo-cross-script thousanwang+sortinggo-site a629106 privacy_cn.html a629106 privacy_tw.html html
./extract.sh sortinggo-tw-contact thousanwang+sortinggo-site c45a228 privacy_tw.html a629106 privacy_tw.html html
./extract.sh costkeeper-rename ssyu895+privacy-and-support b052200 privacy-policy-zh-CN.html e08572a privacy-policy-zh-CN.html html
./extract.sh costkeeper-cross-script ssyu895+privacy-and-support e08572a privacy-policy-zh-CN.html e08572a privacy-policy-zh-TW.html html
./extract.sh tunery-cross-script ssyu895+privacy-and-support 96c6e92 Tunery/privacy-zh.html 96c6e92 Tunery/privacy-zh-Hant.html html
./extract.sh xlyx-sdk-appendix XLYX123+XLYX 9a41032 隐私政策.txt eccff46 隐私政策.txt txt
