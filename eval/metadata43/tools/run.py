"""Print title, controller and short name of every document of the metadata43 measuring set (one JSON line each)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
SETS = ("eval/structure41c", "eval/structure42c", "eval/structure43c", "eval/blind/round42d", "eval/blind/round43d")


def documents() -> list[Path]:
    """Every document of the five sets, sorted (the annotation files are left out)."""
    out: list[Path] = []
    for s in SETS:
        for part in ("dev", "holdout"):
            for d in sorted((ROOT / s / part).iterdir()):
                out += [f for f in sorted(d.iterdir()) if not f.name.startswith("annotation")]
    return out


def main() -> None:
    for doc in documents():
        rel = doc.relative_to(ROOT).as_posix()
        run = subprocess.run([sys.executable, "-m", "policylens", "parse", "-f", "json", str(doc)], capture_output=True, text=True)
        meta = json.loads(run.stdout).get("metadata", {}) if run.returncode == 0 else {}
        row = {"doc": rel, "title": meta.get("title"), "controller": meta.get("controller"), "short_name": meta.get("short_name")}
        print(json.dumps(row, ensure_ascii=False), flush=True)


if __name__ == "__main__":
    main()
