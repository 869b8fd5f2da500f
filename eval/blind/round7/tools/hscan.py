#!/usr/bin/env python3
"""hscan.py MIRROR... : every version of policy-like files; print versions with placeholder-ish lines"""
import re, subprocess, sys
PAT = re.compile(r'(\[[^\]\n]{0,20}(名称|邮箱|公司|日期|地址|电话|填写|待|姓名|网址|联系|Name|Email|email|Company|Date|Address)[^\]\n]{0,12}\]|【[^】\n]{0,20}(名称|邮箱|公司|日期|地址|电话|填写|待|姓名|联系)[^】\n]{0,10}】|X{3,}|某某|＿{2,}|_{4,}|\{\{|待(填|补|定|确认)|请(填写|替换|修改为)|TODO|TBD|example\.(com|org)|your[-_]?(app|email|company|domain)|第条|\d{4}年\s*月\s*日|年\s*月\s*日|YYYY)', re.I)
for m in sys.argv[1:]:
    g = f'/work/.mirror/{m}/repo'
    out = subprocess.run(['git', '-c', 'core.quotepath=off', '-C', g, 'log', '--all', '--name-only', '--format=C %H %cs'], capture_output=True, text=True).stdout
    cur = None; seen = set()
    for line in out.splitlines():
        if line.startswith('C '):
            cur = line.split()[1:]; continue
        f = line.strip()
        if not f or not re.search(r'priva|隐私|隱私|私隱|yinsi|yszc|policy|legal|协议|声明', f, re.I) or re.search(r'\.(png|jpe?g|svg|css|js|ts|tsx|json|gif|webp|ico|dart|kt|swift|java|py)$', f, re.I):
            continue
        b = subprocess.run(['git', '-C', g, 'cat-file', 'blob', f'{cur[0]}:{f}'], capture_output=True).stdout
        if not b or b in seen: continue
        seen.add(b)
        try: t = b.decode('utf-8-sig')
        except UnicodeDecodeError: continue
        if len(re.findall(r'[\u4e00-\u9fff]', t)) < 200: continue
        hits = [(i, mm.group(0)) for i, l in enumerate(t.splitlines(), 1) for mm in [PAT.search(l)] if mm]
        if hits:
            print(f'{m} {cur[0][:10]} {cur[1]} {f} n={len(hits)} :: ' + ' | '.join(f'{i}:{h}' for i, h in hits[:8]))
