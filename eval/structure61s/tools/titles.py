#!/usr/bin/env python3
"""Title agreement on eval/structure61s (not part of the heading score): `python3 tools/titles.py WRAPPER SET`.

Prints, per document, the annotated title line and the title line and text `parse` reports (metadata.title_line).
Standard library only.
"""

import glob
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
wrapper, which = sys.argv[1], sys.argv[2]
ok = n = 0
for ann_path in sorted(glob.glob(os.path.join(HERE, which, "*", "annotation.json"))):
    with open(ann_path, encoding="utf-8") as fh:
        ann = json.load(fh)
    doc = os.path.join(os.path.dirname(ann_path), ann["file"])
    out = subprocess.run([wrapper, "parse", doc, "--format", "json"], capture_output=True, text=True).stdout
    meta = json.loads(out).get("metadata", {})
    gold = (ann.get("title") or {}).get("line")
    got = meta.get("title_line")
    n += 1
    ok += gold == got
    print(f"{os.path.basename(os.path.dirname(ann_path)):24} gold {gold!s:5} got {got!s:5} {str(meta.get('title'))[:30]}")
print(f"titles agreeing: {ok}/{n}")
