#!/bin/bash
# extract.sh owner/name path short-name [commit]
r=$1; p=$2; n=$3; c=${4:-HEAD}
m=/work/.mirror/${r/\//+}/repo; [ -d $m ] || m=/work/.mirror/${r/\//+}
c=$(git -C $m rev-parse $c)
mkdir -p /work/eval5/holdout/$n
git -C $m cat-file blob $c:"$p" > /work/eval5/holdout/$n/$(basename "$p")
echo "$n	$r	$p	$c" >> /work/eval5/tools/sources.tsv
lic=$(git -C $m ls-tree --name-only $c | grep -i '^licen[cs]e\|^copying' | head -1)
echo "$n $c licence=${lic:-none} $(wc -l < "/work/eval5/holdout/$n/$(basename "$p")") lines"
