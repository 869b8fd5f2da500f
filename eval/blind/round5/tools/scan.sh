#!/bin/bash
# scan mirrors: list privacy-ish files at HEAD with placeholder pattern counts
pat='\[公司|【公司|\[应用|【应用|XXX|xxx@|＿＿|__{3,}|\{\{|\[待|待填写|此处填写|请填写|请替换|替换为|yourapp|example\.com|TODO|待补充|待确认|如有）|请根据|如适用|如不适用|【[^】]{0,12}】|\[[^]]{1,12}\]|第条|（如有）|（如适用）|请在此|@example|邮箱：$|电话：$|邮箱：</|示例，|根据您的|您的具体情况|请务必修改|发布前|公司名稱|待補'
for m0 in "$@"; do m=$m0/repo; [ -d $m ] || m=$m0
  repo=$(basename $m0 | sed 's/+/\//')
  ok=$(/work/eval5/tools/okrepo.sh $repo | head -1)
  [ "$ok" != OK ] && continue
  git -c core.quotepath=off -C $m ls-tree -r --name-only HEAD 2>/dev/null | grep -iE 'privacy|隐私|隱私|私隐|私隱|policy|yinsi|legal' | grep -ivE '\.(png|jpg|js|ts|tsx|css|swift|kt|java|json|dart|vue|py)$' | while read f; do
    t=$(git -C $m cat-file blob HEAD:"$f" 2>/dev/null)
    echo "$t" | grep -qE '[隐隱私]' || continue
    n=$(echo "$t" | grep -cE "$pat")
    l=$(echo "$t" | wc -l)
    echo "$repo	$f	lines=$l	hits=$n"
  done
done
