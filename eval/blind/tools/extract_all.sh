#!/bin/sh
# How the documents were taken out of the fetched snapshots (byte-exact git blobs).
# usage: sh tools/extract_all.sh   (needs /work/.mirror/<owner>+<name>/repo from `fetch`)
set -e
cd "$(dirname "$0")/.."
x(){ name=$1; repo=/work/.mirror/$2/repo; mkdir -p holdout/$name; b=$(basename "$4"); git -C $repo cat-file blob "$3:$4" > "holdout/$name/$b"; echo "$name: $(wc -c < "holdout/$name/$b") bytes, blob $(git -C $repo rev-parse "$3:$4" | cut -c1-8)"; }
x abus-tw abuabuliu+aBus 239a8269af6ea0fcd2a583d5cecbf03452dd4c02 '隱私權政策.md'
x bshow-tw-php Bshow1218+htmlproject 147179474da6b55e62fe3da2457a8602de6ddfa9 'privacy-policy.php'
x duoverse-md SerenaLiu06+Duoverse_APP 2028e4ae8e3594aeece2e0a7176a70fac5cf07f6 '隐私政策.md'
x jianlu-txt wua520+fitness-app-docs 4b80278180104f90372b1e7247729cbd323ab168 '隐私政策.txt'
x keshiji-md ivyhaizi+keshiji 3647a68c770d40d19ca3f17a475460f60308db56 'docs/隐私政策.md'
x l1cardo-md L1cardo+l1cardo.github.io 12165e29706ef6f074e65e5581272c2774655be2 'source/_posts/Privacy_Policy_CN.md'
x linggan-md puj611+linggandawang c2c12296938f9219c4b25b88d61b12a96f9aafc6 'docs/隐私政策.md'
x linkbot-tw Edit-Mr+EM-Linkbot 4cf5e5fa0a40b21e522b6327a655ebb5e6280951 '隱私權政策.md'
x pyheight-mkdocs pyheight+ttk-file-explorer 3bfe6b6682af2c64388adbda67828e25855233aa 'docs/about/privacy-policy.zh.md'
x siew-hant-md smallapple01+yourapp-legal 67d5b80e75e10fbd95fd59fb1408493b0f6334de '私隱政策.md'
x tfa104-tw-jsp bla5940ck+TFA104G1 932689fac08cff4bd72c649f6a1fe19eb0e8b9f5 'WebContent/front_end/others/Privacy.jsp'
x tingshu-txt liu673cn+tingshu 42e6db20e3465279cd75cc91cba410b99799dce6 '隐私政策.txt'
x waterplay-agreement-html waterplayfire+app-support 572a05548b7ecb317a3271665b5711bc74b95807 'agreement/privacy.html'
x webdemo-tw-jsp LinYuRu+WebDemo a3b10aff94adc34654936a813c345002e82e290f 'WebAppDemo/src/main/webapp/WEB-INF/views/PrivacyPolicy.jsp'
x whydo-bilingual whydoIneedaname-cyber+whydoIneedaname-cyber.github.io 048f621bea25783f8666f6f15f75285dfb6b9f72 'legal/privacy-policy.md'
x yht-mall-md liTao-leven+yht a03ff7d530ba734abc91c22742b0456a70579b33 '隐私政策.md'
x yinsi-docx nxl1009+yinsi 21d231dc736bc9ed9a641197270e3878b90c6bee '隐私政策.docx'
x youyinda-md GitOfUser+youyinda-print 1444643a7fdbefb41bfa10116e36ab165888fcb7 'docs/隐私政策.md'
x yuanshan-html heart-bank+yuanshan-health-website e7a0766acc9b67e208c36ff14e4657e59ec7471e '隐私政策.html'
