"""Per-rule precision of `policylens check` on the unseen policies of eval/precision12.

eval/precision10's scorer pointed at this folder (same judgments.json and batches.json
formats): findings matched to hand judgments by (file, line, column, rule), precision
true / (true + false) per rule, error-level findings apart, unjudged findings listed.

    python3 eval/precision12/score.py --policylens .venv/bin/policylens [-v] [--batch 1|2] [--strict]
    python3 eval/precision12/score.py --recorded [--batch 1|2]   # the judgments alone (the first run)
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> None:
    """Run eval/precision10/score.py's main with its folder set to this one."""
    spec = importlib.util.spec_from_file_location("precision10_score", HERE.parent / "precision10" / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.HERE = HERE
    module.main()


if __name__ == "__main__":
    main()
