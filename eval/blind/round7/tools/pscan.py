#!/usr/bin/env python3
"""pscan.py MIRROR... : for Chinese policy files at HEAD print lines matching placeholder-ish patterns"""
import re, subprocess, sys
PAT = re.compile(r'(\[[^\]\n]{0,20}\]|【[^】\n]{0,20}】|X{2,}|x{3,}|某某|＿|_{3,}|\{\{|待(填|补|定|确认|更新)|请(填写|替换|根据|在此|修改)|TODO|TBD|如适用|如有[）)]|此处|example\.(com|org)|your[-_ ]?(app|email|company|name|domain)|第条|<!--(?!-?>)|[（(]\s*[)）]|(邮箱|电话|地址|网址)\s*[:：]\s*(<|$)|\d{4}年\s*月|年\s*月\s*日|YYYY|yyyy)', re.I)
for m in sys.argv[1:]:
    g = f'/work/.mirror/{m}/repo'
    try:
        files = subprocess.run(['git', '-c', 'core.quotepath=off', '-C', g, 'ls-tree', '-r', '--name-only', 'HEAD'], capture_output=True, text=True).stdout.splitlines()
    except Exception as e:
        print('==', m, e); continue
    for f in files:
        if not re.search(r'priva|隐私|隱私|私隱|yinsi|yszc|policy|legal|协议', f, re.I) or re.search(r'\.(png|jpe?g|svg|css|js|ts|json|gif|webp|ico)$', f, re.I):
            continue
        b = subprocess.run(['git', '-C', g, 'cat-file', 'blob', f'HEAD:{f}'], capture_output=True).stdout
        try:
            t = b.decode('utf-8-sig')
        except UnicodeDecodeError:
            continue
        if len(re.findall(r'[\u4e00-\u9fff]', t)) < 200:
            continue
        hits = []
        for i, line in enumerate(t.splitlines(), 1):
            for mm in PAT.finditer(line):
                s = mm.group(0)
                if s.startswith('<!--') and re.match(r'\s*<!--\s*(Unnamed|\w+ \(|-->)', line.strip()):
                    continue
                hits.append(f'{i}:{line.strip()[max(0,mm.start()-25-(len(line)-len(line.lstrip()))):mm.end()+25]}')
                break
        print(f'== {m} :: {f} ({len(t.splitlines())} lines) hits={len(hits)}')
        for h in hits[:int(sys.argv[0] and 12)]:
            print('    ', h[:140])
