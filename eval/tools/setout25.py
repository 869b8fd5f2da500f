#!/usr/bin/env python3
"""Score the read profile sets in one process, by half, and class their false "missing" (twenty-fifth session, u25w).

    PYTHONPATH=cli .venv/bin/python eval/tools/setout25.py --half A|B|all [--out FILE.json] [--list] [--classify]

The halves are written down in `eval/profiles-setout25.md` (before any change was measured). The verdict and
citation rules are those of `eval/profiles/score.py` (same statuses, same "accepted line" test), but the policies
are checked in this process (`coverage` over the profiles an annotation names), which is what makes scoring a
half in a minute possible on a shared machine; the totals were checked equal to each set's `score.py --set holdout`.
Never run on `eval/blind/profiles19` or `profiles20` (blind: `score.py --set holdout`, aggregate only).

`--classify` puts every FALSE-MISSING into one cause class, by a fixed rule read off the annotation's accepted lines
(see `classify`); the classes are only as good as that rule, and the docs say how many were checked by reading.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HALF_A = ["profiles/dev", "profiles/holdout", "blind/profiles", "blind/profiles5", "blind/profiles7", "blind/profiles9",
          "blind/profiles11", "blind/profiles13", "blind/profiles15", "blind/profiles17"]  # fmt: skip
HALF_B = ["blind/profiles4", "blind/profiles6", "blind/profiles8", "blind/profiles10", "blind/profiles12",
          "blind/profiles14", "blind/profiles16", "blind/profiles18", "blind/profiles21"]  # fmt: skip
BLIND = ("blind/profiles19", "blind/profiles20")
STATUS = {"covered": "covered", "missing": "missing", "not-applicable": "n/a", "not-judged": "n/a"}


def annotations(sets: list[str]) -> list[tuple[str, str, dict, Path]]:
    """(set, name, annotation, policy path) for every annotation of the sets (blind sets: their `holdout/`)."""
    out = []
    for s in sets:
        if s in BLIND:
            raise SystemExit(f"{s} is blind: score it with its score.py --set holdout, aggregate only")
        folder = ROOT / "eval" / (s if s.startswith("profiles/") else s + "/holdout")
        docs = ROOT if s.startswith("profiles/") else ROOT / "eval" / s
        for file in sorted(folder.glob("*.json")):
            ann = json.loads(file.read_text(encoding="utf-8"))
            out.append((s, file.stem, ann, docs / ann["file"]))
    return out


def run(path: Path, names: list[str]) -> dict[str, tuple[str, int | None, str]]:
    """item → (status, cited line, cited text), as `check --profile` reports it."""
    from policylens.load import load
    from policylens.profiles import resolve
    from policylens.profiles.coverage import coverage
    from policylens.structure import build_document

    loaded = load(str(path), digest=False)
    doc = build_document(loaded, release=True, full=False)
    out = {}
    for profile in coverage(doc, resolve(names)):
        for item in profile.items:
            ev = item.evidence
            out[item.item.id] = (STATUS[item.status], ev.line if ev else None, ev.text if ev else "")
    return out


def gold_status(value: object) -> str:
    """The annotated status of one verdict value."""
    return "covered" if isinstance(value, list) else {"missing": "missing", "n/a": "n/a", "?": "?"}[str(value)]


# --- cause classes of a FALSE-MISSING, read off the accepted lines ---------------------------------------------
_HEADING = re.compile(r"^\s{0,3}(#{1,6}\s|<h[1-6])|^\s*(第[一二三四五六七八九十百]+[章条節节]|[一二三四五六七八九十]+[、.．])")
_TABLE = re.compile(r"^\s*\|.*\|\s*$|<t[dh][\s>]")
_LIST = re.compile(r"^\s*([-*+•·●○▪◦]\s|\d+[.)、]\s?|[（(]\d+[)）]|[a-z][.)]\s|<li[\s>])")
_ENGLISH = re.compile(r"[A-Za-z]{3,}")
_HAN = re.compile(r"[\u4e00-\u9fff]")


def classify(lines: list[str], accepted: list[int], item: str, tool: str) -> str:
    """One cause class for a false "missing" (tool missing or n/a, annotated covered).

    In order: `conditional` (the tool ruled the item out: n/a), `heading` (an accepted line is a heading that
    the annotator counted), `table` (every accepted line is a table row or cell), `list` (every accepted line is a
    list item), `english-in-zh` (a Chinese profile whose accepted lines are English), `two-sentence` (the accepted
    lines are consecutive non-list lines, or one line that holds several sentences around the words), else
    `phrasing` (one sentence in plain text no clause reads).
    """
    if tool == "n/a":
        return "conditional"
    got = [lines[n - 1] if 0 < n <= len(lines) else "" for n in accepted]
    if not got:
        return "phrasing"
    if all(_TABLE.search(t) for t in got):
        return "table"
    if all(_LIST.match(t) for t in got):
        return "list"
    if any(_HEADING.match(t) for t in got) and len(got) == 1:
        return "heading"
    profile = item.split("/")[0]
    if profile in ("cn-pipl", "cn-gbt35273", "tw-pdpa") and not any(_HAN.search(t) for t in got):
        return "english-in-zh"
    if any(_TABLE.search(t) for t in got):
        return "table"
    if any(_LIST.match(t) for t in got):
        return "list"
    if len(accepted) >= 2 and sorted(accepted)[-1] - sorted(accepted)[0] <= 3:
        return "two-sentence"
    return "phrasing"


def score(sets: list[str], *, listing: bool, classify_misses: bool) -> dict[str, object]:
    """The figures of the sets, and every disagreement."""
    per: dict[str, Counter[str]] = defaultdict(Counter)
    misses = []
    for s, name, ann, path in annotations(sets):
        verdicts = ann["verdicts"]
        profiles = sorted({k.split("/")[0] for k in verdicts})
        try:
            got = run(path, profiles)
        except Exception as exc:  # a loader failure counts as every item missing, as score.py does
            print(f"ERROR {s}/{name}: {exc}", file=sys.stderr)
            got = {}
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines() if path.suffix not in (".docx",) else []
        for item, value in verdicts.items():
            want = gold_status(value)
            if want == "?":
                continue
            status, line, text = got.get(item, ("missing", None, ""))
            c = per[s]
            c["items"] += 1
            ok = status == want
            line_ok = ok and (want != "covered" or line in value)
            c["verdict"] += ok
            c["citation"] += line_ok
            if not ok:
                kind = (
                    "FALSE-COVERED"
                    if status == "covered"
                    else "FALSE-MISSING"
                    if want == "covered"
                    else "APPLIES"
                    if want == "n/a"
                    else "NA"
                )
                c[kind] += 1
                cause = classify(lines, value, item, status) if kind == "FALSE-MISSING" and classify_misses else ""
                misses.append({"set": s, "doc": name, "item": item, "kind": kind, "want": value, "tool": status,
                               "line": line, "text": text[:160], "cause": cause})  # fmt: skip
            elif not line_ok:
                c["WRONG-LINE"] += 1
                misses.append({"set": s, "doc": name, "item": item, "kind": "WRONG-LINE", "want": value, "tool": status,
                               "line": line, "text": text[:160], "cause": ""})  # fmt: skip
    total: Counter[str] = Counter()
    for s in sets:
        total.update(per[s])
        c = per[s]
        print(f"{s:<22}{c['verdict']:>5}/{c['items']:<5}{c['citation']:>5}  FM {c['FALSE-MISSING']:>3}  FC {c['FALSE-COVERED']:>3}"
              f"  APPLIES {c['APPLIES']:>2}  NA {c['NA']:>2}  WL {c['WRONG-LINE']:>3}")  # fmt: skip
    t = total
    print(f"{'all':<22}{t['verdict']:>5}/{t['items']:<5}{t['citation']:>5}  FM {t['FALSE-MISSING']:>3}  FC {t['FALSE-COVERED']:>3}"
          f"  APPLIES {t['APPLIES']:>2}  NA {t['NA']:>2}  WL {t['WRONG-LINE']:>3}"
          f"  ({100 * t['verdict'] / max(1, t['items']):.1f}%)")  # fmt: skip
    if classify_misses:
        causes = Counter(m["cause"] for m in misses if m["kind"] == "FALSE-MISSING")
        print("FALSE-MISSING by cause:", ", ".join(f"{k} {v}" for k, v in causes.most_common()))
    if listing:
        for m in misses:
            print(
                f"{m['kind']:<14}{m['cause']:<14}{m['set']}/{m['doc']} {m['item']}: want {m['want']}, tool {m['tool']} {m['line']} {m['text'][:80]!r}"
            )
    return {"per_set": {k: dict(v) for k, v in per.items()}, "all": dict(total), "misses": misses}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--half", choices=("A", "B", "all"), default="all")
    ap.add_argument("--set", action="append", default=[], help="one set instead of a half (e.g. blind/profiles8)")
    ap.add_argument("--out")
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--classify", action="store_true")
    ap.add_argument("--compare", help="an earlier --out file: count the disagreements fixed and added, by kind (no texts)")
    args = ap.parse_args()
    sets = args.set or {"A": HALF_A, "B": HALF_B, "all": HALF_A + HALF_B}[args.half]
    result = score(sets, listing=args.list, classify_misses=args.classify)
    if args.out:
        Path(args.out).write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    if args.compare:
        before = json.loads(Path(args.compare).read_text(encoding="utf-8"))["misses"]
        key = lambda m: (m["set"], m["doc"], m["item"], m["kind"])  # noqa: E731
        old, new = Counter(map(key, before)), Counter(map(key, result["misses"]))  # type: ignore[arg-type]
        fixed = Counter(k[3] for k in old - new)
        added = Counter(k[3] for k in new - old)
        print("fixed:", dict(fixed), " added:", dict(added))
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
