"""Per-rule precision of `policylens check` on the unseen policies of eval/precision8.

Runs `check --format json` on every policy under this folder and matches each finding to
the hand judgment in judgments.json by (file, line, column, rule).  Prints, per rule, the
findings, the true and false ones and the precision; findings with no judgment (new since
the judgments were written) are listed so they can be read and judged, and judged findings
that are gone are counted per verdict ("dropped").

    python3 eval/precision8/score.py --policylens .venv/bin/policylens [-v]
    python3 eval/precision8/score.py --recorded   # the judgments alone (the "before" run)
"""

from __future__ import annotations

import argparse
import collections
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def run_check(policylens: str | list[str], folder: Path = HERE) -> list[dict]:
    """The findings of `check` on every policy in `folder` (default: here), with paths relative to it.

    `policylens` is the command: a path, or a list such as ["python", "-m", "policylens"]
    (eval/precision10/score.py uses this function for its own folder)."""
    command = [policylens] if isinstance(policylens, str) else policylens
    proc = subprocess.run(
        [*command, "check", "--format", "json", "--fail-on", "never", "--no-default-exclude", str(folder)],
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode not in (0, 1):
        sys.exit(f"score.py: check failed ({proc.returncode}): {proc.stderr.strip()}")
    report = json.loads(proc.stdout)
    found = []
    for entry in report["files"]:
        rel = Path(entry["path"]).resolve().relative_to(folder).as_posix()
        if rel.endswith((".py", ".json")):
            continue
        for f in entry["findings"]:
            found.append({"file": rel, **f})
    return found


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--policylens", default="policylens")
    ap.add_argument("--recorded", action="store_true", help="score the recorded judgments, without running check")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every false and unjudged finding")
    args = ap.parse_args()
    judged = json.loads((HERE / "judgments.json").read_text(encoding="utf-8"))
    key = {(j["file"], j["line"], j["column"], j["rule"]): j for j in judged}
    found = judged if args.recorded else run_check(args.policylens)
    rows: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    seen = set()
    unjudged = []
    for f in found:
        k = (f["file"], f["line"], f["column"], f["rule"])
        seen.add(k)
        j = key.get(k)
        if j is None:
            rows[f["rule"]]["unjudged"] += 1
            unjudged.append(f)
            continue
        rows[f["rule"]][j["verdict"]] += 1
        if args.verbose and j["verdict"] == "false":
            print(f"FALSE {k[0]}:{k[1]}:{k[2]} {k[3]} {j['excerpt']!r}: {j['reason']}")
    for k, j in key.items():
        if k not in seen:
            rows[j["rule"]][f"dropped {j['verdict']}"] += 1
    print(f"{'rule':28} {'findings':>8} {'true':>5} {'false':>5} {'unjudged':>8} {'precision':>9}  dropped")
    total = collections.Counter()
    for rule in sorted(rows):
        c = rows[rule]
        total.update(c)
        n = c["true"] + c["false"] + c["unjudged"]
        prec = f"{c['true'] / (c['true'] + c['false']):.1%}" if c["true"] + c["false"] else "-"
        dropped = f"true {c['dropped true']}, false {c['dropped false']}" if c["dropped true"] + c["dropped false"] else ""
        print(f"{rule:28} {n:>8} {c['true']:>5} {c['false']:>5} {c['unjudged']:>8} {prec:>9}  {dropped}")
    n = total["true"] + total["false"] + total["unjudged"]
    prec = f"{total['true'] / (total['true'] + total['false']):.1%}" if total["true"] + total["false"] else "-"
    print(f"{'all':28} {n:>8} {total['true']:>5} {total['false']:>5} {total['unjudged']:>8} {prec:>9}")
    for f in unjudged:
        print(f"UNJUDGED {f['file']}:{f['line']}:{f['column']} {f['rule']} {f.get('excerpt')!r} {f.get('message')}")


if __name__ == "__main__":
    main()
