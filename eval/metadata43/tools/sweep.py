"""Title, controller and short name of every readable file under eval/ and corpora/ (JSONL), to list what a change moves.

Run outputs, logs, annotations and scorers are skipped; a file the reader refuses is skipped too.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
SKIP_NAMES = ("annotation", "results", "README", "HASHES", "score", "first-run", "capped-figures", "issue11", "after-")
SKIP_PARTS = {"runs-base", "runs-final", "tools", "ref", "__pycache__", "metadata43"}


def main() -> None:
    from policylens.load.document import read_document

    for top in ("eval", "corpora"):
        for path in sorted((ROOT / top).rglob("*")):
            rel = path.relative_to(ROOT)
            if not path.is_file() or SKIP_PARTS & set(rel.parts) or path.name.startswith(SKIP_NAMES) or path.suffix in {".log", ".py"}:
                continue
            try:
                doc = read_document(str(path), encoding=None, max_bytes=20_000_000, input_format=None)
            except (Exception, SystemExit):  # a refused file has no metadata to compare
                continue
            m = doc.metadata
            print(
                json.dumps(
                    {"doc": rel.as_posix(), "title": m.title, "controller": m.controller, "short_name": m.short_name}, ensure_ascii=False
                ),
                flush=True,
            )
    sys.stdout.flush()


if __name__ == "__main__":
    main()
