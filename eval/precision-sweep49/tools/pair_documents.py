"""List the policy files of the edition-pair sets (eval/pairs*, eval/blind/pairs*, eval/editions*), for sweep.py --list.

Run (from anywhere):  .venv/bin/python eval/precision-sweep49/tools/pair_documents.py > /tmp/pairs.txt

A file counts when it sits at least one folder below its set, has a policy's extension, and no folder on its way is a
run's output or a reference (runs*, ref, annotations, tools, base, after…); READMEs, source lists and hash files are
left out.  Paths are printed from the repository root, one a line, in name order.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
EXTENSIONS = {
    ".html", ".htm", ".md", ".mdx", ".txt", ".tsx", ".jsx", ".vue", ".wxml", ".php", ".docx", ".js", ".ts", ".dart",
    ".jsp", ".swift", ".kt", ".java", ".ftl", ".aspx", ".py",
}  # fmt: skip
SKIP = {"runs", "ref", "annotations", "tools", "base", "after", "outputs", "out", "expected", "reports", "first-run"}


def pair_documents() -> list[Path]:
    """The policy files of every edition-pair set, in name order."""
    sets = [*(ROOT / "eval").glob("pairs*"), *(ROOT / "eval" / "blind").glob("pairs*"), *(ROOT / "eval").glob("editions*")]
    sets += list((ROOT / "eval" / "blind").glob("editions*"))
    found = []
    for top in sets:
        for path in top.rglob("*"):
            if not path.is_file() or path.suffix.lower() not in EXTENSIONS:
                continue
            rel = path.relative_to(top)
            if len(rel.parts) < 2 or any(part in SKIP or part.startswith("runs") for part in rel.parts[:-1]):
                continue
            if path.name.upper().startswith(("README", "SOURCES", "HASHES", "HELDOUT", "ANNOTATION")):
                continue
            found.append(path)
    return sorted(found)


def main() -> int:
    for path in pair_documents():
        print(path.relative_to(ROOT).as_posix())
    return 0


if __name__ == "__main__":
    sys.exit(main())
