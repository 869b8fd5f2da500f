"""Writes every page of precision52 from tools/pages_*.py and prints sources.json (url, characters, bytes, sha256)."""

from __future__ import annotations

import hashlib
import json
import runpy
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
REGION = {"tw": "tw", "hk": "hk", "zh": "cn"}


def main() -> None:
    sources = []
    for part in ("a", "b", "c", "d"):
        pages = runpy.run_path(str(HERE / "tools" / f"pages_{part}.py"))["PAGES"]
        for name, (url, fname, text) in sorted(pages.items()):
            path = HERE / name / fname
            path.parent.mkdir(exist_ok=True)
            data = text.encode("utf-8")
            path.write_bytes(data)
            sources.append(
                {
                    "name": name,
                    "file": f"{name}/{fname}",
                    "mode": "page",
                    "region": REGION[name.split("-")[1]],
                    "url": url,
                    "bytes": len(data),
                    "chars": len(text),
                    "sha256": hashlib.sha256(data).hexdigest(),
                    "encoding": "utf-8",
                    "line_ends": "LF",
                    "licence": "unknown (a published web page): all rights reserved; test fixture only",
                    "note": "the pages corpus's excerpt of the page's beginning, written out character for character (its ASCII , : ( ) in Chinese text kept; the cut-off last line kept)",
                }
            )
    sources.sort(key=lambda e: e["name"])
    (HERE / "sources.json").write_text(json.dumps(sources, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(len(sources), "pages")


if __name__ == "__main__":
    main()
