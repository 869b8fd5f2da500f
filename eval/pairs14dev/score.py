"""Section-level score of `policylens diff` on the annotated pairs (pairs14dev, pairs12dev, pairs), session 14.

Run: python eval/pairs14dev/score.py CLI_DIR   (CLI_DIR: the `cli` folder of the checkout to measure, e.g. an
`git archive` of the base commit for the before column).  Per pair: cross-script or not, annotated changed
sections, those shown (status other than unchanged, or a flag), change lines (not variants, not reworded),
change lines outside annotated sections, renames, renames outside annotated sections, reworded lines.
"""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

src = sys.argv[1]
strip = re.compile(r"[\s*_`#]+")


def norm(t):
    return "(preamble)" if t is None else strip.sub("", t)


rows = []
for pattern in ("eval/pairs14dev/*", "eval/pairs12dev/*", "eval/pairs/*"):
    for pair in sorted(Path().glob(pattern)):
        if not pair.is_dir():
            continue
        ann = json.loads((pair / "annotation.json").read_text())
        old = next(pair.glob("old.*"))
        new = next(pair.glob("new.*"))
        env = dict(os.environ, PYTHONPATH=src, PYTHONDONTWRITEBYTECODE="1")
        r = json.loads(
            subprocess.run(
                [sys.executable, "-m", "policylens", "diff", str(old), str(new), "--format", "json"],
                capture_output=True,
                text=True,
                env=env,
            ).stdout
        )
        wanted = {norm(c.get("old_title")) for c in ann.get("changed", [])}
        found = set()
        lines = rw = ren = 0
        noise_lines = 0
        noise_ren = 0
        for s in r["sections"]:
            key = norm((s["old"] or s["new"])["title"]) if (s["old"] or s["new"]) else None
            real = [c for c in s["changes"] if not c["variant"] and not c.get("reworded")]
            rw += sum(1 for c in s["changes"] if c.get("reworded"))
            shown = s["status"] != "unchanged" or s["renamed"] or s["moved"] or s.get("merged") or s.get("split")
            ren += bool(s["renamed"])
            if shown and key in wanted:
                found.add(key)
            else:
                noise_lines += len(real)
                noise_ren += bool(s["renamed"])
            lines += len(real)
        rows.append((pair.name, r["cross_script"], len(wanted), len(found & wanted), lines, noise_lines, ren, noise_ren, rw))
print(f"{'pair':30} xs ann found lines noise-lines renames false-ren reworded")
for row in rows:
    print(f"{row[0]:30} {'y' if row[1] else 'n':2} {row[2]:3} {row[3]:5} {row[4]:5} {row[5]:11} {row[6]:7} {row[7]:9} {row[8]:8}")
