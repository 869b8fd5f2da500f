#!/bin/bash
# scan.sh owner/name path : count placeholder-ish hits in HEAD blob and number of versions
r=$1; p=$2; d=/work/.mirror/$(echo $r | tr / +)/repo
[ -d "$d/.git" ] && d=$d/.git
[ -d "$d" ] || { echo "NOMIRROR $r"; exit; }
n=$(git -C $d log --all --format=%h -- "$p" 2>/dev/null | wc -l)
t=$(git -C $d show HEAD:"$p" 2>/dev/null | iconv -f utf-8 -t utf-8 -c)
[ -z "$t" ] && { echo "NOFILE $r $p (versions $n)"; exit; }
zh=$(echo "$t" | grep -c -P '[\x{4e00}-\x{9fff}]')
hits=$(echo "$t" | grep -o -P 'XX+|xx+|【[^】]{0,20}】|\[[^\]]{1,15}\]|＿+|_{3,}|\{\{[^}]*\}\}|请填写|待补充|待填写|待确认|TODO|example\.com|yourapp|your[-_ ]?(email|company|app|name)|公司名称|应用名称|（如[适有]+[^）]{0,8}）|请根据|请替换|第条|邮箱：\s*$|电话：\s*$' | sort | uniq -c | sort -rn | head -8 | tr '\n' ';')
echo "$r | v=$n zhlines=$zh chars=${#t} | $hits"
