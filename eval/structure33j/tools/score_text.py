#!/usr/bin/env python3
"""Score the text read on eval/structure33j: how many annotated body-string lines (`text_lines`) the parse reads.

    python3 eval/structure33j/tools/score_text.py --policylens WRAPPER --set dev|holdout [-v]

A line counts as read when a paragraph (or heading) of `policylens parse -f json` spans it (line <= L <= end_line).
Also prints, per document, whether the `.map(…)` "text is not read" warning is given.
"""

import argparse
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def spans(sections: list[dict]) -> list[tuple[int, int]]:
    out = []
    for s in sections:
        if s.get("line") is not None:
            out.append((int(s["line"]), int(s["line"])))
        for p in s.get("paragraphs", []):
            out.append((int(p["line"]), int(p.get("end_line") or p["line"])))
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--policylens", required=True)
    ap.add_argument("--set", default="dev")
    ap.add_argument("-v", action="store_true")
    a = ap.parse_args()
    total = read = 0
    for name in sorted(os.listdir(os.path.join(HERE, a.set))):
        folder = os.path.join(HERE, a.set, name)
        with open(os.path.join(folder, "annotation.json"), encoding="utf-8") as f:
            ann = json.load(f)
        out = subprocess.run([a.policylens, "parse", "-f", "json", os.path.join(folder, ann["file"])], capture_output=True, text=True)
        doc = json.loads(out.stdout)
        sp = spans(doc["sections"])
        got = [line for line in ann["text_lines"] if any(lo <= line <= hi for lo, hi in sp)]
        warned = any(".map(" in w for w in doc.get("warnings", []))
        total += len(ann["text_lines"])
        read += len(got)
        print(f"{a.set}/{name}: text lines read {len(got)}/{len(ann['text_lines'])}; map warning: {'yes' if warned else 'no'}")
        if a.v:
            for line in ann["text_lines"]:
                if line not in got:
                    print(f"    NOT READ L{line}")
    print(f"TOTAL {a.set}: {read}/{total} text lines read ({100 * read / max(total, 1):.1f}%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
