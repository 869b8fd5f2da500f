"""List every topic `parse --topics` gives a section (u43t, forty-third session), for the documents of
eval/topics43/docs/ (or the paths given), one line per (document, section, topic), with the words that gave it.
Usage: PYTHONPATH=CODE/cli python3 eval/topics43/tools/parse_tags.py OUT [PATHS…]  (from the repository's root)
Columns: document, section id, section title, topic, score, evidence (line:words; …)."""

import glob
import sys

from policylens import topics
from policylens.load.document import read_document


def rows(path: str) -> list[str]:
    doc = read_document(path)  # what `policylens parse --topics` reads
    out = []
    shown = next((path[path.find(m) :] for m in ("topics43/docs/", "corpora/") if m in path), path).removeprefix("topics43/")
    for section in doc.sections:
        for match in topics.section_topics(section):
            evidence = "; ".join(f"{e.where}@{e.line}:{'|'.join(e.words)}" for e in match.evidence)
            title = (section.title or "").replace("\t", " ").replace("\n", " ")[:60]
            out.append(f"{shown}\t{section.id}\t{title}\t{match.topic}\t{match.score}\t{evidence}")
    return out


paths = sys.argv[2:] or sorted(p for p in glob.glob("eval/topics43/docs/*/*"))
with open(sys.argv[1], "w", encoding="utf-8") as out:
    for path in paths:
        for row in rows(path):
            out.write(row.replace("\n", " ") + "\n")
