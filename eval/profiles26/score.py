#!/usr/bin/env python3
"""Score `policylens check --profile` against hand-annotated disclosure verdicts.

    python3 eval/profiles/score.py --policylens .venv/bin/policylens --set dev|holdout|all
                                   [--doc NAME] [--profile NAME] [--verbose] [--json]

Standard library only. Each annotation is eval/profiles/<set>/<name>.json:

    {"file": "eval/dev/qinghe/隐私政策.md",          # the policy, relative to the repository root
     "source": {"repo": "...", "path": "...", "commit": "..."},
     "verdicts": {"cn-pipl/processor": [7, 9],        # covered: the lines a reviewer accepts as the citation
                  "cn-pipl/methods": "missing",
                  "cn-pipl/minors": "n/a",            # a conditional item that does not apply
                  "cn-pipl/abroad-purposes": "?"},    # a doubtful verdict: left out of the score
     "notes": {"cn-pipl/methods": "why the annotator decided so"}}

For every profile named in "verdicts" the scorer runs

    policylens check FILE --profile P --format json --no-config --fail-on never --select disclosure-missing

and compares `files[0].coverage`. Per item:

* the *verdict agrees* when the statuses are equal (covered / missing / n/a);
* the *citation agrees* when, in addition, a covered item cites one of the annotated lines;
* *covered precision* = items the tool calls covered that are covered with an accepted line, over
  all items the tool calls covered (a false "covered" is the costly error: the reviewer trusts it);
* *covered recall* = the same numerator over the items annotated covered.

`--verbose` lists every disagreement: `FALSE-COVERED` (tool covered, annotated missing/n/a),
`WRONG-LINE` (both covered, cited line not accepted), `FALSE-MISSING` (tool missing, annotated
covered), `APPLIES`/`NA` (the condition of a conditional item judged differently).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DOCS = ROOT  # annotation "file" paths are relative to this (the blind copy sets its own folder)
STATUS = {"covered": "covered", "missing": "missing", "not-applicable": "n/a", "not-judged": "n/a"}


def load(which: str, only: list[str]) -> list[tuple[str, str, dict]]:
    """(set, name, annotation) for every annotation file of the set(s)."""
    out = []
    for part in ("dev", "holdout") if which == "all" else (which,):
        folder = os.path.join(HERE, part)
        for file in sorted(os.listdir(folder)) if os.path.isdir(folder) else ():
            name = file[:-5]
            if file.endswith(".json") and (not only or name in only):
                with open(os.path.join(folder, file), encoding="utf-8") as fh:
                    out.append((part, name, json.load(fh)))
    return out


def run(policylens: str, path: str, profiles: list[str]) -> dict[str, tuple[str, int | None, str]]:
    """item → (status, cited line, cited text) from one policylens run."""
    cmd = [policylens, "check", path, "--format", "json", "--no-config", "--fail-on", "never", "--select", "disclosure-missing"]
    for p in profiles:
        cmd += ["--profile", p]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode not in (0, 1):
        raise RuntimeError(proc.stderr.strip() or f"exit {proc.returncode}")
    data = json.loads(proc.stdout)
    out = {}
    for profile in data["files"][0].get("coverage", []):
        for item in profile["items"]:
            ev = item.get("evidence") or {}
            out[item["item"]] = (STATUS[item["status"]], ev.get("line"), ev.get("text", ""))
    return out


def gold_status(value: object) -> str:
    """The annotated status of one verdict value."""
    if isinstance(value, list):
        return "covered"
    return {"missing": "missing", "n/a": "n/a", "?": "?"}[str(value)]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--policylens", default=os.path.join(ROOT, ".venv", "bin", "policylens"))
    ap.add_argument("--set", default="all", choices=("dev", "holdout", "all", "holdout-prerun"))  # holdout-prerun: eval/blind/profiles only
    ap.add_argument("--doc", action="append", default=[])
    ap.add_argument("--profile", action="append", default=[])
    ap.add_argument("--verbose", "-v", action="store_true")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    per_profile: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    rows, misses = [], []
    for part, name, ann in load(args.set, args.doc):
        verdicts = {k: v for k, v in ann["verdicts"].items() if not args.profile or k.split("/")[0] in args.profile}
        profiles = sorted({k.split("/")[0] for k in verdicts})
        if not profiles:
            continue
        try:
            got = run(args.policylens, os.path.join(DOCS, ann["file"]), profiles)
        except (RuntimeError, ValueError, OSError) as exc:
            print(f"ERROR {part}/{name}: {exc}", file=sys.stderr)
            got = {}
        for item, value in verdicts.items():
            want = gold_status(value)
            if want == "?":
                continue
            status, line, text = got.get(item, ("missing", None, ""))
            c = per_profile[item.split("/")[0]]
            c["items"] += 1
            verdict_ok = status == want
            line_ok = verdict_ok and (want != "covered" or line in value)
            c["verdict"] += verdict_ok
            c["citation"] += line_ok
            c["tool_covered"] += status == "covered"
            c["gold_covered"] += want == "covered"
            c["covered_ok"] += status == "covered" and want == "covered" and line in value
            if not line_ok:
                if status == "covered" and want == "covered":
                    kind = "WRONG-LINE"
                elif status == "covered":
                    kind = "FALSE-COVERED"
                elif want == "covered":
                    kind = "FALSE-MISSING"
                elif want == "n/a":
                    kind = "APPLIES"
                else:
                    kind = "NA"
                note = ann.get("notes", {}).get(item, "")
                misses.append((part, name, item, kind, want if want != "covered" else value, line, text, note))
        rows.append((part, name))

    def pct(a: int, b: int) -> str:
        return f"{a}/{b} ({100 * a / b:.1f}%)" if b else "-"

    total: dict[str, int] = defaultdict(int)
    print(f"{len(rows)} documents ({args.set})")
    print(f"{'profile':<13}{'items':>6}  {'verdict agrees':<18}{'citation agrees':<18}{'covered precision':<20}{'covered recall':<18}")
    for profile in sorted(per_profile):
        c = per_profile[profile]
        for k, v in c.items():
            total[k] += v
        print(
            f"{profile:<13}{c['items']:>6}  {pct(c['verdict'], c['items']):<18}{pct(c['citation'], c['items']):<18}"
            f"{pct(c['covered_ok'], c['tool_covered']):<20}{pct(c['covered_ok'], c['gold_covered']):<18}"
        )
    c = total
    print(
        f"{'all':<13}{c['items']:>6}  {pct(c['verdict'], c['items']):<18}{pct(c['citation'], c['items']):<18}"
        f"{pct(c['covered_ok'], c['tool_covered']):<20}{pct(c['covered_ok'], c['gold_covered']):<18}"
    )
    if args.verbose:
        for part, name, item, kind, want, line, text, note in misses:
            print(f"{kind:<14}{part}/{name} {item}: annotated {want}, tool line {line} {text[:90]!r}" + (f"  [{note}]" if note else ""))
    if args.json:
        print(json.dumps({"set": args.set, "profiles": per_profile, "all": total}, default=dict))
    return 0


if __name__ == "__main__":
    sys.exit(main())
