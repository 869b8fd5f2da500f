#!/usr/bin/env python3
"""Text coverage of `parse --format json` on eval/structure61s: `python3 tools/coverage.py WRAPPER dev|holdout`.

Two checks per document, whitespace ignored:
1. every annotated `expected_text` snippet (text a reader sees that a loader might drop) is in the parse output
   (section titles, paragraph texts, metadata title);
2. every run of four or more CJK characters in the source file is in the parse output; the runs that are not are
   listed with their line, to be judged by hand (a code comment or an attribute is rightly absent).
Standard library only.
"""

import glob
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]{4,}")


def texts(out):
    meta = out.get("metadata", {})
    parts = [str(meta.get("title") or "")]

    def walk(secs):
        for s in secs or []:
            parts.append(str(s.get("title") or ""))
            for p in s.get("paragraphs") or []:
                parts.append(str(p.get("text") or ""))
            walk(s.get("children") or s.get("sections"))

    walk(out.get("sections"))
    return re.sub(r"\s+", "", "".join(parts))


wrapper, which = sys.argv[1], sys.argv[2]
total_snip = ok_snip = total_runs = ok_runs = 0
for ann_path in sorted(glob.glob(os.path.join(HERE, which, "*", "annotation.json"))):
    with open(ann_path, encoding="utf-8") as fh:
        ann = json.load(fh)
    doc = os.path.join(os.path.dirname(ann_path), ann["file"])
    name = os.path.basename(os.path.dirname(ann_path))
    out = json.loads(subprocess.run([wrapper, "parse", doc, "--format", "json"], capture_output=True, text=True).stdout)
    got = texts(out)
    for x in ann.get("expected_text", []):
        total_snip += 1
        if re.sub(r"\s+", "", x["text"]) in got:
            ok_snip += 1
        else:
            print(f"{name:22} MISSING expected L{x['line']}: {x['text']}")
    with open(doc, encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            for run in CJK.findall(line):
                total_runs += 1
                if run in got:
                    ok_runs += 1
                else:
                    print(f"{name:22} absent CJK run L{i}: {run}")
print(f"expected snippets found: {ok_snip}/{total_snip}; CJK runs (>=4) found: {ok_runs}/{total_runs}")
