#!/bin/sh
# extract.sh: write pairs/<name>/old.* and new.* byte for byte from the fetch snapshots (git show COMMIT:PATH).
# The index-held pairs (hermes-nav, yikuaiji-nav, yikuaiji-xscript) are written by hand from `read_file` (tools/annotate.py INDEXED).
M=/work/.mirror
x() { mkdir -p pairs/$1; git -C $M/$2/repo show $3:$4 > pairs/$1/old.$7; git -C $M/$2/repo show $5:$6 > pairs/$1/new.$7; }
G=GinkgoLeafLab+ginkgoleaflab.github.io; X=xuchenfu9+perfect-list
x ginkgo-xscript $G 07d258d zh-Hans/privacy-policy.md 07d258d zh-Hant/privacy-policy.md md
x simple-md-collect $X 3150688 privacy-policy.md 37ce3ff privacy-policy.md md
x simple-html-weather $X 20f3c9f privacy-policy.html 7219032 privacy-policy.html html
x simple-md-trad $X 20f3c9f privacy-policy.md 5e3b837 privacy-policy.md md
x party-age $X 3ca7845 partygames-privacy-policy.html e0b9e6b partygames-privacy-policy.html html
x party-features $X e0b9e6b partygames-privacy-policy.html d761ad8 partygames-privacy-policy.html html
x photo-rebrand $X 927595f photo-privacy-policy.html d2bea98 photo-privacy-policy.html html
