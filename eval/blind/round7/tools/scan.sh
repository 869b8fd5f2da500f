#!/bin/bash
# scan.sh owner+name ... : list Chinese policy-like files at HEAD, with placeholder-pattern hits and history count
PAT='\[[^]]{0,12}(名称|邮箱|公司|日期|地址|电话|填写|待|Name|Email|email|Company|姓名|网址|联系)[^]]{0,12}\]|【[^】]{0,14}(名称|邮箱|公司|日期|地址|电话|填写|待|姓名|联系)[^】]{0,10}】|【 *】|XXX|xxx|＿＿|___|\{\{|待填写|待补充|待确认|请填写|请替换|请根据|TODO|TBD|如适用|如有）|（如有|此处|example\.com|yourapp|your-|第条|<!--|年 *月 *日|[Xx]{2}年'
for m in "$@"; do
  g=/work/.mirror/$m/repo
  [ -d "$g" ] || { echo "== $m: no mirror"; continue; }
  echo "== $m  commits=$(git -C $g rev-list --all --count)"
  git -c core.quotepath=off -C $g ls-tree -r --name-only HEAD | grep -iE 'priva|隐私|隱私|私隱|yinsi|yszc|policy|agreement|协议|legal' | grep -viE '\.(png|jpg|svg|css|js|ts|json)$' | head -30 | while read f; do
    b=$(git -C $g cat-file blob "HEAD:$f" 2>/dev/null)
    zh=$(printf '%s' "$b" | grep -cP '[\x{4e00}-\x{9fff}]')
    [ "$zh" -lt 5 ] && continue
    n=$(git -C $g log --all --oneline -- "$f" | wc -l)
    hits=$(printf '%s' "$b" | grep -noE "$PAT" | head -8 | tr '\n' ' ')
    echo "  $f  lines=$(printf '%s\n' "$b" | wc -l) zh=$zh vers=$n :: ${hits:0:300}"
  done
done
