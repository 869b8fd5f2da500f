"""List the topic tags `diff` puts on every change of every version pair under eval/pairs*/ and eval/blind/pairs*/
(u42d2, forty-second session), with the topic words that occur in the tagged text, so a tag can be judged by reading.
One line per (change, topic): pair folder, section title, op, topic, the words of that topic found (each with 8
characters either side), and the change's texts cut to 160 characters.  A change's tagged text is what `diff` tags:
its changed runs with 12 characters of context (a replace), or its paragraph (an insert or a delete).
Usage: PYTHONPATH=CODE/cli:tests python3 eval/topics42/tools/tags.py OUT  (from the repository's root)"""

import glob
import os
import sys

from helpers import parse_path
from policylens import topics as model
from policylens.diff import diff_documents
from policylens.diff.redline import changed_with_context
from policylens.diff.topics import TOPICS


def words_of(topic: str) -> list[str]:
    out = []
    for t in model.model():
        if t.id == topic:
            out += [model.fold(w).lower() for w in (*t.term, *t.weak)]
    return out


WORDS = {t: words_of(t) for t in TOPICS}


def hits(topic: str, texts: list[str]) -> list[str]:
    found = []
    for text in texts:
        folded = model.fold(text).lower()
        for w in WORDS[topic]:
            at = folded.find(w)
            while at >= 0:
                found.append(f"{w}«{text[max(0, at - 8) : at + len(w) + 8]}»".replace("\n", " ").replace("\t", " "))
                at = folded.find(w, at + 1)
    return found


def cut(text: str | None) -> str:
    return "" if text is None else text[:160].replace("\n", " ⏎ ").replace("\t", " ")


folders = sorted(
    {os.path.dirname(p) for pattern in ("eval/pairs*/**/old.*", "eval/blind/pairs*/**/old.*") for p in glob.glob(pattern, recursive=True)}
)
with open(sys.argv[1], "w", encoding="utf-8") as out:
    for folder in folders:
        olds, news = sorted(glob.glob(f"{folder}/old.*")), sorted(glob.glob(f"{folder}/new.*"))
        if not olds or not news:
            continue
        try:
            report = diff_documents(parse_path(olds[0]), parse_path(news[0]))
        except Exception as exc:
            out.write(f"{folder}\terror {type(exc).__name__}\n")
            continue
        entries = [("(title)", report.title)] if report.title else []
        entries += [((s.new or s.old).title if (s.new or s.old) else "", c) for s in report.sections for c in s.changes]
        for title, c in entries:
            texts = changed_with_context(c.spans) if c.op == "replace" else [c.old_text or c.new_text or ""]
            for topic in c.topics:
                out.write(
                    f"{folder}\t{cut(title)}\t{c.op}\t{topic}\t{' | '.join(hits(topic, texts))}\t{cut(c.old_text)}\t{cut(c.new_text)}\n"
                )
            if not c.topics:
                out.write(f"{folder}\t{cut(title)}\t{c.op}\t-\t\t{cut(c.old_text)}\t{cut(c.new_text)}\n")
