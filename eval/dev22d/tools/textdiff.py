"""A paragraph-level text diff of a pair (tags stripped, one line per block element), read to annotate before any
policylens run (s22d).  Stdlib only.  Usage: python3 tools/textdiff.py PAIR"""
import difflib
import html
import re
import sys
from pathlib import Path

BLOCK = r"</?(?:p|div|h[1-6]|li|ul|ol|tr|td|th|table|section|article|header|footer|nav|main|br|view|text|span class=\"item|View|Text)\b[^>]*>"


def lines(path: Path) -> list[str]:
    raw = path.read_bytes().decode("utf-8", "replace").replace("\r\n", "\n")
    if path.suffix in (".md", ".txt"):
        return [ln.strip() for ln in raw.split("\n") if ln.strip()]
    raw = re.sub(r"(?is)<(script|style)\b.*?</\1>", "", raw)
    raw = re.sub(r"(?s)<!--.*?-->", "", raw)
    raw = re.sub(BLOCK, "\n", raw)
    raw = re.sub(r"<[^>]+>", "", raw)
    out = []
    for ln in html.unescape(raw).split("\n"):
        ln = " ".join(ln.split())
        if ln:
            out.append(ln)
    return out


d = Path("pairs") / sys.argv[1]
old = lines(next(d.glob("old.*")))
new = lines(next(d.glob("new.*")))
for ln in difflib.unified_diff(old, new, "old", "new", n=0, lineterm=""):
    print(ln[:400])
