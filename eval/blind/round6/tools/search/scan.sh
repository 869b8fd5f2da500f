#!/bin/bash
# scan.sh owner/name... : privacy-like files at HEAD and any version in history; count placeholder-ish lines
PAT='\[[^]]{0,20}(名称|名稱|邮箱|郵箱|信箱|日期|地址|电话|電話|填写|填寫|待|公司|Company|Name|Email|Date|Insert|Your|姓名|网址|網址)[^]]{0,20}\]|【[^】]{0,20}(名称|邮箱|日期|地址|填写|待|公司|应用|APP|App)[^】]{0,10}】|XXX|xxx|XX年|XX月|＿＿|__+|\{\{|TODO|待补充|待確認|待确认|请填写|請填寫|请替换|請替換|example\.com|yourapp|YourApp|your-|yourusername|(邮箱|郵箱|电话|電話|地址|信箱|Email)(\*\*)?[：:](\*\*)? *(</p>|<br>)? *$|年 +月 +日|如适用|如適用|如有）|<!-- *(TODO|注|请|請|填)|【】|\[\]'
for r in "$@"; do
 d=/work/.mirror/${r/\//+}; g=$d/repo; [ -d $g/.git ] && g=$g/.git; [ -d $g ] || g=$d
 git -C $g rev-parse HEAD >/dev/null 2>&1 || continue
 git -c core.quotepath=off -C $g log --all --format= --name-only 2>/dev/null | sort -u | grep -iE '(隐私|隱私|私隱|privacy|yinsi|policy)' | grep -ivE '\.(png|jpg|jpeg|svg|ts|tsx|js|jsx|vue|dart|swift|kt|java|json|css|scss|py|go|pdf|rar|wxss|xml|wxml|docx)$' | while read f; do
   best=0; bc=""
   for c in $(git -C $g log --all --format=%H -- "$f" 2>/dev/null | head -30); do
     n=$(git -C $g cat-file -p "$c:$f" 2>/dev/null | grep -cE "$PAT"); [ "$n" -gt "$best" ] && { best=$n; bc=$c; }
   done
   h=$(git -C $g cat-file -p "HEAD:$f" 2>/dev/null | grep -cE "$PAT")
   zh=$(git -C $g cat-file -p "${bc:-HEAD}:$f" 2>/dev/null | grep -cP '[\x{4e00}-\x{9fff}]')
   echo "$best head=$h zh=$zh $r :: $f @${bc:0:10}"
 done
done
