#!/bin/sh
# the second batch of pairs26 (u26b): byte-exact blobs from the fetch snapshots, provenance lines into SOURCES2.txt
cd "$(dirname "$0")/.." || exit 1
# second batch (u26b), claimed and annotated after the first batch's fixes, before any run on these pairs
{
sh tools/extract.sh neko-text-to-html MakiDevelop+NekoPDFKit 07b88b1 privacy-zh.html 435451d privacy-zh.html html
sh tools/extract.sh neko-placeholder-email MakiDevelop+NekoPDFKit 435451d privacy-zh.html 3f7e769 privacy-zh.html html
sh tools/extract.sh revision-navbar jyunhao914+revision-docs 417876b privacy-zh.html ccca20f privacy-zh.html html
sh tools/extract.sh econnect-date gotSeven+EConnect-Privacy-Policy e9a0aa1 privacy_zh.html c62af87 privacy_zh.html html
sh tools/extract.sh econnect-script-tag gotSeven+EConnect-Privacy-Policy c62af87 privacy_zh.html 6b6ff69 privacy_zh.html html
sh tools/extract.sh econnect-brand-case gotSeven+EConnect-Privacy-Policy 6b6ff69 privacy_zh.html 4644a31 privacy_zh.html html
} > SOURCES2.txt
