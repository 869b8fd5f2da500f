"""Every cross-script version pair of `eval/` (each folder with an `old.*` and a `new.*` whose diff compares across
scripts or regions), diffed in process with the policylens found first on PYTHONPATH; one JSON line a pair: its path,
exit code, counts (changes, reworded, variants, noise, renamed sections, title change) and every change entry (section,
op, reworded or not, the redline's deleted/inserted pieces), so a base run and a branch run can be compared
(u42d3, forty-second session).  A pair neither of whose files holds a Traditional-only character is not diffed (it
cannot compare across scripts unless both regions are detected and differ, which needs Traditional text).
Usage: PYTHONPATH=CODE/cli:tests python3 eval/xscript42/tools/measure.py OUT  (from the repository's root)"""

import glob
import json
import os
import sys

from helpers import parse_path
from policylens.diff import diff_documents, has_changes

# common characters that only Traditional text writes (們 個 這 說 與 資 為 會 從 對 權 關 網 號 際 隱 條 護 請 務 將 聯 時)
HANT = set("們個這說與資為會從對權關網號際隱條護請務將聯時")


def hant(path: str) -> bool:
    with open(path, "rb") as f:
        text = f.read().decode("utf-8", "replace")
    return any(c in HANT for c in text)


def pieces(change) -> list[list[str]]:
    return [[s.op, s.text] for s in change.spans if s.op != "equal"]


pairs = sorted({os.path.dirname(p) for p in glob.glob("eval/**/old.*", recursive=True)})
with open(sys.argv[1], "w", encoding="utf-8") as out:
    for folder in pairs:
        olds, news = sorted(glob.glob(f"{folder}/old.*")), sorted(glob.glob(f"{folder}/new.*"))
        if not olds or not news or not (hant(olds[0]) or hant(news[0])):
            continue
        try:
            report = diff_documents(parse_path(olds[0]), parse_path(news[0]))
        except Exception as exc:
            out.write(json.dumps({"pair": folder, "error": f"{type(exc).__name__}: {exc}"}, ensure_ascii=False) + "\n")
            continue
        if not report.cross_script:
            continue
        entries = []
        for s in report.sections:
            title = (s.new or s.old).title if (s.new or s.old) else ""
            for c in s.changes:
                if c.variant:
                    continue
                entries.append({"section": title, "op": c.op, "reworded": c.reworded, "old": c.old_text, "new": c.new_text, "pieces": pieces(c)})
        row = {
            "pair": folder,
            "exit": int(has_changes(report)),
            "changes": sum(1 for e in entries if not e["reworded"]),
            "reworded": sum(1 for e in entries if e["reworded"]),
            "variants": sum(s.variants for s in report.sections),
            "noise": sum(s.noise for s in report.sections),
            "renamed": sum(1 for s in report.sections if s.renamed),
            "statuses": [s.status for s in report.sections],
            "title": None if report.title is None else {"variant": report.title.variant, "pieces": pieces(report.title)},
            "entries": entries,
        }
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        out.flush()
