#!/usr/bin/env python3
"""List every error-level check finding on each holdout document that does not cover an annotated placeholder line."""
import json, os, subprocess, sys
H = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'holdout')
PL = sys.argv[1] if len(sys.argv) > 1 else '/work/main/.venv/bin/policylens'
for name in sorted(os.listdir(H)):
    d = os.path.join(H, name); ann = json.load(open(os.path.join(d, 'annotation.json'), encoding='utf-8'))
    f = os.path.join(d, ann['file'])
    out = subprocess.run([PL, 'check', f, '--format', 'json', '--fail-on', 'never', '--no-config'], capture_output=True).stdout
    js = json.loads(out)
    gold = {p['line'] for p in ann['placeholders']}
    for x in js['files'][0]['findings']:
        if x['severity'] != 'error': continue
        lo, hi = x['line'], x.get('end_line') or x['line']
        if any(lo <= g <= hi for g in gold): continue
        tag = 'amb' if any(lo <= g <= hi for g in ann.get('ambiguous_placeholder_lines', [])) else ''
        print(f"{name}\tL{lo}-{hi}\t{x['rule']}\t{tag}\t{x['message'][:70]}\t{x.get('excerpt','')[:50]!r}")
