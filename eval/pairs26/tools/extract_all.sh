#!/bin/sh
# every pair of pairs26 (u26b): byte-exact blobs from the fetch snapshots, provenance lines into SOURCES.txt
cd "$(dirname "$0")/.." || exit 1
M=/work/.mirror
{
sh tools/extract.sh sayyay-face-data zhastdoit+sayyay-legal 69f7f41 privacy-zh.md 78540f1 privacy-zh.md md
sh tools/extract.sh wordcatcher-frontmatter Janyau+document-support 0eed2e6 privacy-zh.md 446fb08 WordCatcher/privacy-zh.md md
sh tools/extract.sh wordcatcher-title-drop Janyau+document-support 446fb08 WordCatcher/privacy-zh.md 0ab36fa WordCatcher/privacy-zh.md md
sh tools/extract.sh vocatcher-email Janyau+document-support 0ab36fa WordCatcher/privacy-zh.md 2842d35 Vocatcher/privacy-zh.md md
sh tools/extract.sh i2p-translation-update i2p+i2p.website 75e1f147 content/zh/privacy.md 481b98b7 content/zh/privacy.md md
sh tools/extract.sh i2p-refinements i2p+i2p.website 481b98b7 content/zh/privacy.md 74ff7970 content/zh/privacy.md md
sh tools/extract.sh mta-hant-consent waley316+declarationFile 0ef566b privacy-policy-zh.md ba0fa4e privacy-policy-zh.md md
sh tools/extract.sh aiden-content-reword AllWiseAI+aiden-docs 66eb316 zh/privacy.md 22f701e zh/privacy.md md
sh tools/extract.sh aiden-email AllWiseAI+aiden-docs 22f701e zh/privacy.md 884e1a2 zh/privacy.md md
sh tools/extract.sh aiden-google-renumber AllWiseAI+aiden-docs 4afa1bf zh/privacy.md cea579e zh/privacy.md md
sh tools/extract.sh topcal-header-footer guojiubo+guojiubo.github.io 320947f zh/privacy.md dc89633 zh/privacy.md md
sh tools/extract.sh topcal-rewrite guojiubo+guojiubo.github.io dc89633 zh/privacy.md f148a49 zh/privacy.md md
sh tools/extract.sh topcal-reword guojiubo+guojiubo.github.io f148a49 zh/privacy.md d701c59 zh/privacy.md md
sh tools/extract.sh guizhan-site-url ybw0014+guizhan-builds-2 0127c48 content/zh/privacy.md 8c42188 content/zh/privacy.md md
} > SOURCES.txt
