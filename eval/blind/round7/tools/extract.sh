#!/bin/bash
# Re-extract every holdout policy file byte-exactly from the fetched snapshots (/work/.mirror)
# and verify it against the committed blob. Usage: tools/extract.sh [--check]
cd "$(dirname "$0")/.."
python3 - "$@" <<'PY'
import json, os, subprocess, sys
check = '--check' in sys.argv
for name in sorted(os.listdir('holdout')):
    a = json.load(open(f'holdout/{name}/annotation.json', encoding='utf-8'))
    s = a['source']; g = '/work/.mirror/' + s['repo'].replace('/', '+') + '/repo'
    blob = subprocess.run(['git', '-C', g, 'cat-file', 'blob', f"{s['commit']}:{s['path']}"], capture_output=True).stdout
    dst = f"holdout/{name}/{a['file']}"
    if check:
        ok = open(dst, 'rb').read() == blob and blob
        print(('OK ' if ok else 'DIFF ') + dst, len(blob))
    else:
        open(dst, 'wb').write(blob); print('wrote', dst, len(blob))
PY
