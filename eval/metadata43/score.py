"""Score a run of tools/run.py (JSONL) against truth.json: per field, right / wrong, with every miss listed."""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIELDS = ("title", "controller", "short_name")


def main() -> None:
    truth = {k: v for k, v in json.loads((HERE / "truth.json").read_text(encoding="utf-8")).items() if not k.startswith("_")}
    rows = {r["doc"]: r for r in map(json.loads, Path(sys.argv[1]).read_text(encoding="utf-8").splitlines())}
    right = dict.fromkeys(FIELDS, 0)
    for doc, want in sorted(truth.items()):
        for field in FIELDS:
            got = rows[doc][field]
            if got in want[field]:
                right[field] += 1
            else:
                print(f"MISS {field:10} {doc}: got {got!r}, want {want[field][0]!r}")
    print(" ".join(f"{f} {right[f]}/{len(truth)}" for f in FIELDS), f"all {sum(right.values())}/{3 * len(truth)}")


if __name__ == "__main__":
    main()
