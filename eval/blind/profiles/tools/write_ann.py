"""Write one annotation file: python3 tools/write_ann.py NAME < spec.json (spec has file, source, verdicts, notes)."""
import json, sys, os, subprocess
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
name = sys.argv[1]
spec = json.load(sys.stdin)
items = {}
for prof in sorted({k.split('/')[0] for k in spec['verdicts']}):
    out = subprocess.run(['/work/main/.venv/bin/policylens', 'explain', prof], capture_output=True, text=True).stdout
    items[prof] = out
# check all items of each profile are annotated (ids from `policylens profiles`)
lst = subprocess.run(['/work/main/.venv/bin/policylens', 'profiles'], capture_output=True, text=True).stdout
want = set()
for line in lst.splitlines():
    t = line.strip().split()
    if t and '/' in t[0] and t[0].split('/')[0] in items:
        want.add(t[0])
have = set(spec['verdicts'])
missing, extra = want - have, have - want
if missing or extra:
    sys.exit(f'missing {sorted(missing)} extra {sorted(extra)}')
doc = os.path.join(HERE, spec['file'])
n = sum(1 for _ in open(doc, encoding='utf-8'))
for k, v in spec['verdicts'].items():
    if isinstance(v, list):
        assert v and all(isinstance(x, int) and 1 <= x <= n + 1 for x in v), (k, v)
        spec['verdicts'][k] = sorted(set(v))
    else:
        assert v in ('missing', 'n/a', '?'), (k, v)
        if v == '?':
            assert k in spec.get('notes', {}), f'? without note: {k}'
with open(os.path.join(HERE, 'holdout', name + '.json'), 'w', encoding='utf-8') as fh:
    json.dump(spec, fh, ensure_ascii=False, indent=1)
    fh.write('\n')
print(name, len(want), 'items,', sum(v == '?' for v in spec['verdicts'].values()), '?')
