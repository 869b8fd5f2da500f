#!/bin/sh
# every pair of eval/dev22d (s22d); run from eval/dev22d: sh tools/extract_all.sh > SOURCES.txt
set -e
E=tools/extract.sh
$E shuju-br-reflow Syutung2+ShuJuXiaoZhuShou 7c200f1~1 yszc.html 7c200f1 yszc.html html
$E shuju-headings Syutung2+ShuJuXiaoZhuShou 15e67c5~1 yszc.html 15e67c5 yszc.html html
$E dongda-wxml AlfredYang1986+Dongda-MiniPages 0ec2610~1 pages/privacy/privacy.wxml 0ec2610 pages/privacy/privacy.wxml wxml
$E vue-md-spacing vuejs-translations+docs-zh-cn 40b01bdb~1 src/about/privacy.md 80e4c8bc src/about/privacy.md md
$E vue-md-bold vuejs-translations+docs-zh-cn 2c0bd223~1 src/about/privacy.md 2c0bd223 src/about/privacy.md md
$E chance-text-to-page chance168+yszc c8036da~1 yszc.html c8036da yszc.html html
$E blophy-tsx-restyle warma16+BlophyNextWebsite a8c352e~1 app/routes/privacy.tsx b8fbce5 app/routes/privacy.tsx tsx
$E goravel-rebuild goravel+docs b64a18799 zh_CN/prologue/privacy.html d42747f6b zh_CN/prologue/privacy.html html
$E xinxi-nav-links liuyunfz+dzsw_index bf9f8ef~1 yszc.html ce4c749 yszc.html html
$E xinxi-contact-masked liuyunfz+dzsw_index 85f9f2d~1 yszc.html 85f9f2d yszc.html html
$E xinxi-product-rename liuyunfz+dzsw_index e1f8e18~1 yszc.html e1f8e18 yszc.html html
$E erovia-headings Christoph75351+Christoph75351.github.io fc052d6~1 yszc.html fc052d6 yszc.html html
$E erovia-site-name Christoph75351+Christoph75351.github.io 688bf43~1 yszc.html 688bf43 yszc.html html
$E gkzy-crlf cniop+gkzy 1b57195 yszc.html 45708bf yszc.html html
$E proxy-md-reword hect0x7+android-proxy-server 79fa2ab PRIVACY.md 7248049 PRIVACY.zh-CN.md md
$E bobweather-flatten LoverCoding+m_y bab78ae yszc.html d29fb45 yszc.html html
