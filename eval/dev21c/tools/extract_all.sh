#!/bin/sh
# Every edition of eval/dev21c (r21d), run from eval/dev21c/: sh tools/extract_all.sh > SOURCES.txt
set -e
x=tools/extract.sh
$x ishgo zh-CN 2014-02-18 ishgo-team+plugin.ishgo.cn 6e0e44c zh-CN/privacy.html html
$x ishgo zh-TW 2014-02-18 ishgo-team+plugin.ishgo.cn 6e0e44c zh-TW/privacy.html html
$x doumo zh-Hant 2026-02-18 wjdesign+Doumo-Licenses ab38a12 privacy.html html
$x doumo zh-Hans 2026-02-18 wjdesign+Doumo-Licenses ab38a12 privacy-zh-Hans.html html
$x doumo en 2026-02-18 wjdesign+Doumo-Licenses ab38a12 privacy-en.html html
$x mycirql zh-Hant 2026-07-05 kovacabanna+mycirql-site 9942874 privacy-zh-Hant.html html
$x mycirql zh-Hans 2026-07-05 kovacabanna+mycirql-site 9942874 privacy-zh-Hans.html html
$x mycirql en 2026-07-05 kovacabanna+mycirql-site 9942874 privacy-en.html html
$x rectoly zh-Hant 2026-08-09 hawk-takaki-takemura+rectoly-site 10417d2 privacy-zh-Hant.html html
$x rectoly zh-Hans 2026-08-09 hawk-takaki-takemura+rectoly-site 10417d2 privacy-zh-Hans.html html
$x rectoly en 2026-08-09 hawk-takaki-takemura+rectoly-site 10417d2 privacy-en.html html
$x pilldaddy zh-Hant 2025-12-27 saltukalakus+pilldaddy 1476737 privacy-zh-Hant.html html
$x pilldaddy zh-Hans 2025-12-27 saltukalakus+pilldaddy 1476737 privacy-zh-Hans.html html
$x pilldaddy en 2025-12-27 saltukalakus+pilldaddy 1476737 privacy.html html
$x waterdrink zh-Hant 2026-06-16 docSelfLab+docsLab 2fe64ae waterDrink/privacy-zh-Hant.html html
$x waterdrink zh-Hans 2026-06-16 docSelfLab+docsLab 2fe64ae waterDrink/privacy-zh-Hans.html html
$x waterdrink en 2026-06-16 docSelfLab+docsLab 2fe64ae waterDrink/privacy-en.html html
$x jasperseed zh-CN 2026-03-31 JasperSeed+Game-Dev-Sim-Privacy 81c0186 privacy-cn.html html
$x jasperseed en 2026-03-31 JasperSeed+Game-Dev-Sim-Privacy 81c0186 privacy.html html
$x andyxcg zh-CN 2026-08-18 Andyxcg+app-privacy 31ecb2c privacy-cn.html html
$x andyxcg en 2026-08-18 Andyxcg+app-privacy 31ecb2c privacy-en.html html
$x noiserec zh-Hans 2025-12-30 275809014+noise-recorder 436f12f public/privacy-zh-Hans.html html
$x noiserec en 2025-12-30 275809014+noise-recorder 436f12f public/privacy-en.html html
