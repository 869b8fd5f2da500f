#!/usr/bin/env python3
"""Source of truth for eval/blind/round61q/{dev,holdout}/*/annotation.json (hand annotations, round 61q (the secret final set), helper m61p).

Placeholders only (headings_annotated: false).  Each placeholder, look-alike and ambiguous text is checked to occur on
its line of the stored file; the line is found by the text itself (first line holding it at or after the line holding
the entry's optional third element, an anchor), so no line number is typed by hand.  Written before policylens ran on
any document of this set (layout and fields of round51d, tools/annotate51d.py there; the entries live in tools/docs61q.py).
Nine whole files: five from the code index (`read_file`, written out character for character from the JSON answer,
total_chars checked), four from fetched repository snapshots (`git show`, byte for byte at the named commit); code of
round61p's tools (round60p's, round58p's before it).

* placeholders: slot lines (scored: a placeholder-* or enumeration-* finding covering the line finds it; Issue #11's
  figure, tools/issue11.py, counts only error-level placeholder-* findings);
* look_alike_lines: lines that look like slots but are not (a placeholder-*/enumeration-* finding there is a false
  positive; so is one on any line that is neither a slot nor ambiguous);
* ambiguous_placeholder_lines: lines not scored either way.

    python3 tools/annotate61q.py
"""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
LIC = "unknown (a published web page): all rights reserved; test fixture only"

sys.path.insert(0, HERE)
from docs61q import DOCS  # noqa: E402  (name: (set, file, meta, placeholders, look-alikes, ambiguous))


def lines_of(path):
    with open(path, "rb") as f:
        raw = f.read()
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    return raw.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n").split("\n")


def locate(lines, text, start):
    text = text.rstrip("\n")
    for i in range(start, len(lines)):
        if text in lines[i]:
            return i + 1
    sys.exit(f"not found after line {start}: {text!r}")


def place(lines, entries, chain):
    """Line of each entry: after its anchor's line, or (chain) after the previous entry of the list."""
    out, pos = [], 0
    for entry in entries:
        text, note = entry[0], entry[1]
        start = locate(lines, entry[2], 0) if len(entry) > 2 else (pos if chain else 0)
        ln = locate(lines, text, start)
        out.append({"line": ln, "text": text.strip(), "note": note})
        pos = ln
    return out


def main():
    total = capped_total = 0
    for name, (s, fname, meta, phs, look, amb) in DOCS.items():
        d = os.path.join(ROOT, s, name)
        lines = lines_of(os.path.join(d, fname))
        out = place(lines, phs, True)
        look_out = place(lines, look, False)
        amb_out = place(lines, amb, False)
        clash = {x["line"] for x in look_out + amb_out} & {x["line"] for x in out}
        if clash:
            sys.exit(f"{name}: a look-alike or ambiguous line is also a slot line: {sorted(clash)}")
        if len({x["line"] for x in out}) != len(out):
            sys.exit(f"{name}: two slot entries on one line")
        with open(os.path.join(d, fname), encoding="utf-8") as f:
            n_chars = len(f.read().rstrip("\n"))
        source = {
            "repo": None,
            "path": None,
            "commit": None,
            "index_id": None,
            "url": meta["url"],
            "corpus": "pages",
            "license": LIC,
            "note": meta["note"],
            "format": (
                f"{meta.get('form', 'plain text')} as the pages corpus stores the page's beginning (an excerpt of {n_chars} "
                "characters, written out character for character from the search answer's JSON; the corpus's punctuation kept), LF"
            ),
        }
        if "source" in meta:  # a file of a fetched repository, written out byte for byte at the named commit
            source.update(meta["source"])
            how = "written out character for character from read_file" if meta["source"].get("index_id") else "byte for byte at the commit"
            source["format"] = f"{meta.get('form', 'plain text')}, the whole file ({n_chars} characters) {how}"
        ann = {
            "file": fname,
            "kind": meta["kind"],
            "repo_kind": ("index" if meta.get("source", {}).get("index_id") else "repository") if "source" in meta else "page",
            "script": meta["script"],
            "lang": meta["lang"],
            "source": source,
            "headings_annotated": False,
            "headings": [],
            "placeholders": out,
            "look_alike_lines": look_out,
            "ambiguous_lines": [],
            "ambiguous_placeholder_lines": sorted({x["line"] for x in amb_out}),
            "ambiguous_placeholder_notes": amb_out,
        }
        with open(os.path.join(d, "annotation.json"), "w", encoding="utf-8") as f:
            json.dump(ann, f, ensure_ascii=False, indent=1)
            f.write("\n")
        slot_lines = sorted({p["line"] for p in out})
        capped = min(5, len(slot_lines))
        total += len(slot_lines)
        capped_total += capped
        print(
            f"{s:8} {name:22} slots {len(out):2} lines {slot_lines} (capped {capped}) "
            f"look-alike {sorted(x['line'] for x in look_out)} ambiguous {sorted(x['line'] for x in amb_out)}"
        )
    print("slot lines", total, "capped", capped_total)


if __name__ == "__main__":
    main()
