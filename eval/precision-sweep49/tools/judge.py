"""Give each finding of a sweep table the verdict its set's own annotation gives it, if any (helper u49p).

Run:  .venv/bin/python eval/precision-sweep49/tools/judge.py SWEEP.tsv MANUAL.tsv OUT.tsv

A finding on an annotated document (annotation.json) is `true` on a line listed in `placeholders`, `false` on a line in
`look_alike_lines` (and not in `ambiguous_placeholder_lines`, which makes it `debatable`); a finding of a precision set is given the
verdict of the same file, line and rule in that set's judgments.json.  MANUAL.tsv (path, line, rule, verdict, class,
note) holds the hand readings of the rest (and the class of each false one); it is read only where no annotation gave a
verdict or the annotation's verdict is false.  Rows no source covers get verdict `unread`.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def lines_of(entries: object) -> set[int]:
    """Line numbers of an annotation list (ints or objects with a `line`)."""
    out: set[int] = set()
    for e in entries if isinstance(entries, list) else []:
        if isinstance(e, int):
            out.add(e)
        elif isinstance(e, dict) and isinstance(e.get("line"), int):
            out.add(e["line"])
    return out


def annotation_for(path: Path) -> dict | None:
    """The annotation.json beside (or above, within two folders) the document, if any."""
    for folder in (path.parent, path.parent.parent):
        ann = folder / "annotation.json"
        if ann.is_file():
            data = json.loads(ann.read_text(encoding="utf-8"))
            return data if isinstance(data, dict) else None
    return None


def precision_verdicts(set_dir: Path, cache: dict) -> dict:
    if set_dir not in cache:
        table: dict = {}
        jf = set_dir / "judgments.json"
        if jf.is_file():
            for j in json.loads(jf.read_text(encoding="utf-8")):
                key = (j.get("file"), j.get("line"), j.get("rule"))
                table[key] = (j.get("verdict"), j.get("reason", ""))
        cache[set_dir] = table
    return cache[set_dir]


def main() -> int:
    sweep, manual_path, out_path = (Path(a) for a in sys.argv[1:4])
    manual: dict = {}
    if manual_path.is_file():
        with manual_path.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                manual[(row["path"], int(row["line"]), row["rule"])] = (row["verdict"], row["class"], row["note"])
    cache: dict = {}
    out = ["path\tline\trule\tseverity\tverdict\tclass\tsource\tnote\ttext"]
    with sweep.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            rel, line, rule = row["path"], int(row["line"]), row["rule"]
            verdict, klass, source, note = "unread", "", "", ""
            path = ROOT / rel
            parts = Path(rel).parts
            ann = annotation_for(path)
            placeholder_set = re.match(r"eval/(blind/round|blind/holdout|dev|holdout)", rel) is not None
            if ann is not None and placeholder_set and "placeholders" in ann and rule.startswith(("placeholder", "enumeration")):
                if line in lines_of(ann.get("placeholders")):
                    verdict, source = "true", "annotation: placeholders"
                elif line in lines_of(ann.get("ambiguous_placeholder_lines")):
                    verdict, source = "debatable", "annotation: ambiguous_placeholder_lines"
                elif line in lines_of(ann.get("look_alike_lines")):
                    verdict, source = "false", "annotation: look_alike_lines"
            if len(parts) > 2 and parts[1].startswith("precision"):
                set_dir = ROOT / parts[0] / parts[1]
                hit = precision_verdicts(set_dir, cache).get(("/".join(parts[2:]), line, rule))
                if hit and hit[0]:
                    verdict, source, note = hit[0], f"{parts[1]}/judgments.json", hit[1]
            if (rel, line, rule) in manual and verdict in ("unread", "false"):
                verdict, klass, note = manual[(rel, line, rule)]
                source = "read here"
            note = note.replace("\t", " ").replace("\n", " ")
            out.append(f"{rel}\t{line}\t{rule}\t{row['severity']}\t{verdict}\t{klass}\t{source}\t{note}\t{row['text']}")
    out_path.write_text("\n".join(out) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
