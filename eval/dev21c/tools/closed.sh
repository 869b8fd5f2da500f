#!/bin/sh
# A derived copy of the jasperseed group (not part of the set): its English page ends inside an <a> tag that
# Cloudflare's e-mail protection cut; closing it lets `compare` read the page. Usage: sh tools/closed.sh OUTDIR
set -e
d=$1/jasperseed-closed; mkdir -p $d
cp editions/jasperseed/zh-CN.2026-03-31.html $d/
(cat editions/jasperseed/en.2026-03-31.html; printf '"></a></strong></p></body></html>\n') > $d/en.2026-03-31.html
