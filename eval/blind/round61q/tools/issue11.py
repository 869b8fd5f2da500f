#!/usr/bin/env python3
"""Issue #11's figures on round 61q, error-level only: documents with slots found, slot lines found (capped at 5 a
document), false errors on clean text.

    python3 tools/issue11.py WRAPPER [--set dev|holdout|all] [-v]

* a slot line is found when an error-level finding whose rule starts with `placeholder` covers it
  (line <= L <= end_line); a slot document is found when at least one of its slot lines is;
* capped: per document min(5, slot lines) and min(that, found lines);
* false errors on clean text: every error-level finding (any rule) on a clean document, and every error-level
  `placeholder-*`/`enumeration-*` finding in a slot document that covers no slot line and no ambiguous line.
`-v` prints each false error and each missed slot line (read the held-out part only after the run is recorded).
"""

import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def findings(wrapper, path):
    p = subprocess.run([wrapper, "check", "--no-config", "--format", "json", "--fail-on", "never", path], capture_output=True, text=True)
    try:
        return [x for doc in json.loads(p.stdout)["files"] for x in doc["findings"]]
    except (ValueError, KeyError):
        sys.exit(f"{path}: no JSON (exit {p.returncode}): {p.stderr.strip()[:300]}")


def main():
    wrapper = sys.argv[1]
    which = sys.argv[sys.argv.index("--set") + 1] if "--set" in sys.argv else "all"
    verbose = "-v" in sys.argv
    parts = ["dev", "holdout"] if which == "all" else [which]
    docs = docs_found = lines = lines_found = capped = capped_found = 0
    false_clean = false_slotdoc = clean_docs = 0
    for part in parts:
        for name in sorted(os.listdir(os.path.join(ROOT, part))):
            d = os.path.join(ROOT, part, name)
            with open(os.path.join(d, "annotation.json"), encoding="utf-8") as f:
                ann = json.load(f)
            errs = [x for x in findings(wrapper, os.path.join(d, ann["file"])) if x.get("severity") == "error"]
            ph = [x for x in errs if x["rule"].startswith("placeholder")]
            gold = sorted({p["line"] for p in ann["placeholders"]})
            amb = set(ann.get("ambiguous_placeholder_lines", []))

            def covers(x, ln):
                return x["line"] <= ln <= (x.get("end_line") or x["line"])

            if not gold:
                clean_docs += 1
                false_clean += len(errs)
                for x in errs:
                    if verbose:
                        print(f"  FALSE ERROR {part}/{name} L{x['line']} {x['rule']}: {' '.join(str(x.get('message', '')).split())[:140]}")
                print(f"{part}/{name:22} clean  false errors {len(errs)}")
                continue
            hit = [g for g in gold if any(covers(x, g) for x in ph)]
            bad = [
                x
                for x in errs
                if x["rule"].startswith(("placeholder", "enumeration"))
                and not any(covers(x, g) for g in gold)
                and not any(covers(x, a) for a in amb)
            ]
            docs += 1
            docs_found += bool(hit)
            lines += len(gold)
            lines_found += len(hit)
            cap = min(5, len(gold))
            capped += cap
            capped_found += min(cap, len(hit))
            false_slotdoc += len(bad)
            if verbose:
                for g in gold:
                    if g not in hit:
                        print(f"  MISS {part}/{name} L{g}")
                for x in bad:
                    print(f"  FALSE ERROR {part}/{name} L{x['line']} {x['rule']}: {' '.join(str(x.get('message', '')).split())[:140]}")
            print(
                f"{part}/{name:22} slots  found {len(hit)}/{len(gold)} lines, capped {min(cap, len(hit))}/{cap}, "
                f"false placeholder errors {len(bad)}"
            )
    print(
        f"slot documents found {docs_found}/{docs}; slot lines {lines_found}/{lines}; capped {capped_found}/{capped}; "
        f"false errors on clean documents {false_clean} ({clean_docs} clean documents); "
        f"false placeholder errors in slot documents {false_slotdoc}"
    )


if __name__ == "__main__":
    main()
