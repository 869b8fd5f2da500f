"""Writes each page of tools/pages52d.py to its part folder (dev/ or holdout/, as tools/docs52d.py says) and prints
its sha256 (ref/hashes.md)."""

import hashlib
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

pages = runpy.run_path(os.path.join(HERE, "pages52d.py"))["PAGES"]
docs = runpy.run_path(os.path.join(HERE, "docs52d.py"))["DOCS"]
for name, (url, text) in sorted(pages.items()):
    part, fname = docs[name][0], docs[name][1]
    d = os.path.join(ROOT, part, name)
    os.makedirs(d, exist_ok=True)
    data = text.encode("utf-8")
    with open(os.path.join(d, fname), "wb") as f:
        f.write(data)
    assert docs[name][2]["url"] == url, name
    print(f"| {part}/{name}/{fname} | {len(text)} chars | {len(data)} bytes | `{hashlib.sha256(data).hexdigest()}` |")
