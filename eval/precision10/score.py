"""Per-rule precision of `policylens check` on the unseen policies of eval/precision10.

Runs `check --format json` on every policy under this folder and matches each finding to
the hand judgment in judgments.json by (file, line, column, rule).  Prints, per rule, the
findings, the true, false and debatable ones and the precision (true / (true + false);
a debatable finding counts on neither side, and `--strict` counts it as false), error-level
findings apart; findings with no judgment are listed so they can be read and judged, and
judged findings that are gone are counted per verdict ("dropped").

    python3 eval/precision10/score.py --policylens .venv/bin/policylens [-v] [--batch N]
    python3 eval/precision10/score.py --recorded   # the judgments alone (the first run)
"""

from __future__ import annotations

import argparse
import collections
import importlib.util
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def run_check(policylens: list[str]) -> list[dict]:
    """The findings of `check` on every policy here (eval/precision8's runner, pointed at this folder)."""
    spec = importlib.util.spec_from_file_location("precision8_score", HERE.parent / "precision8" / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    found: list[dict] = module.run_check(policylens, HERE)
    return [f for f in found if f["file"] != "README.md"]


def _precision(c: collections.Counter, strict: bool) -> str:
    bad = c["false"] + (c["debatable"] if strict else 0)
    return f"{c['true'] / (c['true'] + bad):.1%}" if c["true"] + bad else "-"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--policylens", default="policylens", help="the command, e.g. '.venv/bin/policylens' or 'python -m policylens'")
    ap.add_argument("--recorded", action="store_true", help="score the recorded judgments, without running check")
    ap.add_argument("--batch", type=int, help="only the documents of this batch (1: in-sample, 2: held out)")
    ap.add_argument("--strict", action="store_true", help="count debatable findings as false")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every false and debatable finding")
    args = ap.parse_args()
    judged = json.loads((HERE / "judgments.json").read_text(encoding="utf-8"))
    batches = json.loads((HERE / "batches.json").read_text(encoding="utf-8"))
    if args.batch is not None:
        judged = [j for j in judged if batches.get(j["file"].split("/")[0]) == args.batch]
    key = {(j["file"], j["line"], j["column"], j["rule"]): j for j in judged}
    found = judged if args.recorded else run_check(args.policylens.split())
    if args.batch is not None:
        found = [f for f in found if batches.get(f["file"].split("/")[0]) == args.batch]
    rows: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    seen = set()
    unjudged = []
    for f in found:
        k = (f["file"], f["line"], f["column"], f["rule"])
        seen.add(k)
        j = key.get(k)
        name = f["rule"] + (" (error)" if f["severity"] == "error" else "")
        if j is None:
            rows[name]["unjudged"] += 1
            unjudged.append(f)
            continue
        rows[name][j["verdict"]] += 1
        if args.verbose and j["verdict"] != "true":
            print(f"{j['verdict'].upper()} {k[0]}:{k[1]}:{k[2]} {k[3]} {j['excerpt']!r}: {j['reason']}")
    for k, j in key.items():
        if k not in seen:
            name = j["rule"] + (" (error)" if j["severity"] == "error" else "")
            rows[name][f"dropped {j['verdict']}"] += 1
    print(f"{'rule':32} {'findings':>8} {'true':>5} {'false':>5} {'debat.':>6} {'unjudged':>8} {'precision':>9}  dropped")
    total: collections.Counter = collections.Counter()
    for rule in sorted(rows):
        c = rows[rule]
        total.update(c)
        n = c["true"] + c["false"] + c["debatable"] + c["unjudged"]
        dropped = ", ".join(f"{v} {c['dropped ' + v]}" for v in ("true", "false", "debatable") if c["dropped " + v])
        print(
            f"{rule:32} {n:>8} {c['true']:>5} {c['false']:>5} {c['debatable']:>6} {c['unjudged']:>8} {_precision(c, args.strict):>9}  {dropped}"
        )
    n = total["true"] + total["false"] + total["debatable"] + total["unjudged"]
    print(
        f"{'all':32} {n:>8} {total['true']:>5} {total['false']:>5} {total['debatable']:>6} {total['unjudged']:>8} {_precision(total, args.strict):>9}"
    )
    for f in unjudged:
        print(f"UNJUDGED {f['file']}:{f['line']}:{f['column']} {f['rule']} {f.get('excerpt')!r} {f.get('message')}")


if __name__ == "__main__":
    main()
