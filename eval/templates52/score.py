"""Score eval/templates52: slot lines found (an error-level placeholder-* finding on the line) and false findings
(any placeholder-*/enumeration-* finding, any severity, on a line that is neither a slot nor ambiguous).

Usage: score.py RUNDIR   (RUNDIR holds one `check --format json` output a file, named as the file with / → __ + .json)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    run = Path(sys.argv[1])
    ann = json.loads((HERE / "annotations.json").read_text(encoding="utf-8"))
    found = total = false = 0
    docs_found = docs_slot = 0
    span_found = [0, 0]
    for name, a in ann.items():
        if name.startswith("_"):
            continue
        report = json.loads((run / (name.replace("/", "__") + ".json")).read_text(encoding="utf-8"))
        findings = [f for file in report.get("files", [report]) for f in file.get("findings", [])]
        slot_rules = [f for f in findings if f["rule"].startswith(("placeholder-", "enumeration-"))]
        err_lines = {f["line"] for f in slot_rules if f["severity"] == "error"}
        hit = [ln for ln in a["slots"] if ln in err_lines]
        miss = [ln for ln in a["slots"] if ln not in err_lines]
        bad = [f for f in slot_rules if f["line"] not in a["slots"] and f["line"] not in a["ambiguous"]]
        for ln, spans in a.get("slot_spans", {}).items():
            excerpts = " ".join(f["excerpt"] or "" for f in slot_rules if f["line"] == int(ln) and f["severity"] == "error")
            got = [sp for sp in spans if sp in excerpts]
            span_found[0] += len(got)
            span_found[1] += len(spans)
            print(f"    line {ln} spans {len(got)}/{len(spans)}; missed {[sp for sp in spans if sp not in got]}")
        found += len(hit)
        total += len(a["slots"])
        false += len(bad)
        if a["slots"]:
            docs_slot += 1
            docs_found += bool(hit)
        print(
            f"{name:45} {a['kind']:8} slots {len(hit)}/{len(a['slots'])}"
            + (f" missed {miss}" if miss else "")
            + (f" FALSE {[(f['line'], f['rule'], f['severity']) for f in bad]}" if bad else "")
        )
    print(
        f"slot lines found {found}/{total}; documents with a slot found {docs_found}/{docs_slot}; false findings {false}; "
        f"slots within annotated lines (slot_spans) {span_found[0]}/{span_found[1]}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
