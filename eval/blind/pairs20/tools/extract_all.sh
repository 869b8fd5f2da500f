set -e
./extract.sh toolhub-redesign HJTOOLHUB+toolhub 14d79ba~1 yszc.html 14d79ba yszc.html html
./extract.sh zhishi-sections-added AshFishCan+AshFishCan.github.io 3ba8def~1 yszc.html 3ba8def yszc.html html
./extract.sh zhishi-reflow AshFishCan+AshFishCan.github.io c910e32~1 yszc.html c910e32 yszc.html html
./extract.sh dingmaster-doc-rename DingMaster+app 2aab81e~1 yszc.html 2aab81e yszc.html html
./extract.sh denglu-rename-contact jianghui1+jianghui1.github.io 4ee64ac login_yszc.html b278ccd login_yszc.html html
./extract.sh oshiuta-html-to-md taidaDev555+Oshiuta-support 997e3d2 privacy.zh-Hant.html 7e26f53 privacy.zh-Hant.md html md
./extract.sh buttontouch-contact buttonTouch+buttonTouch.github.io 585bcbc~1 yszc.html 585bcbc yszc.html html
./extract.sh buttontouch-sdk-added buttonTouch+buttonTouch.github.io 68b4898~1 yszc.html 68b4898 yszc.html html
./extract.sh larderia-cross-script irishedev+larderia-legal 93bef9d privacy-zh.html 93bef9d privacy-zh-Hant.html html
./extract.sh health-cross-script myspacehub+health-companion 9393812 privacy.html 9393812 privacy-zh-Hant.html html
./extract.sh aia-cross-script AIASCHOOL+aiaschool.github.io a14713a cn/privacy.html a14713a tw/privacy.html html
./extract.sh koji-cross-script thundertw2030-glitch+koji-japanese-coaching d613049 zh-cn/privacy.html d613049 zh-tw/privacy.html html
