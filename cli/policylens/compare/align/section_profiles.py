"""What English ↔ Chinese section alignment knows of one section (`Profile`: its place, level, topics, facts and
anchor words) and of a finished alignment (`Alignment`), built from a document (`profiles`), and the score of two
sections' evidence (`score`, `free_score`).
"""

from __future__ import annotations

from typing import NamedTuple

from policylens import lazyre
from policylens.compare.facts import Fact
from policylens.compare.numbered import number_key
from policylens.diff.topics import alignment_topics_of
from policylens.model import Document

# A pair must score at least this to be kept by the alignment.
THRESHOLD = 0.42


class Profile(NamedTuple):
    """What the aligner knows about one titled section."""

    index: int  # into Document.sections
    level: int
    position: float  # 0..1 among the titled sections
    title_topics: frozenset[str]
    body_topics: frozenset[str]
    facts: frozenset[tuple[str, str]]
    size: int  # paragraphs
    # words in Latin letters (lower-cased) and numbers of two digits or more the section writes: what a translation keeps
    names: frozenset[str] = frozenset()
    # the heading's numbering as numbers: 「4-2.」 (4, 2), "5." (5,), 「三、」 (3,); None when unnumbered (`numbered`)
    number: tuple[int, ...] | None = None


class Alignment(NamedTuple):
    """Pairs (base index → other index) with confidence, and unpaired sections with the confidence that they really have no counterpart."""

    pairs: dict[int, tuple[int, float]]
    missing: dict[int, float]  # base sections with no counterpart in the other edition
    extra: dict[int, float]  # other edition's sections with no counterpart in the base
    reliable: bool = True  # False when the outlines differ too much to trust the gaps
    # an unreliable alignment's gaps before they were all made unsure (`_contained` may restore them)
    raw: tuple[dict[int, float], dict[int, float]] | None = None
    # the gaps are chapters one edition alone has, set aside before the rest was aligned (`_set_aside`)
    set_aside: bool = False


def profiles(doc: Document, facts: list[Fact]) -> list[Profile]:
    """One profile per titled section, in document order."""
    by_section: dict[int, set[tuple[str, str]]] = {}
    for fact in facts:
        if fact.section is not None and fact.kind in ("email", "url", "phone", "duration", "law", "date") and not fact.weak:
            by_section.setdefault(fact.section, set()).add((fact.kind, fact.key))
    titled = [i for i, s in enumerate(doc.sections) if s.title is not None]
    out = []
    for rank, i in enumerate(titled):
        section = doc.sections[i]
        body = " ".join(p.text for p in section.paragraphs)
        out.append(
            Profile(
                i,
                section.level,
                rank / max(1, len(titled) - 1),
                frozenset(alignment_topics_of(section.title)),
                frozenset(alignment_topics_of(body)),
                frozenset(by_section.get(i, ())),
                len(section.paragraphs),
                anchor_words(f"{section.title} {body}"),
                number_key(section.number, section.title),
            )
        )
    return out


# A word in Latin letters (with its digits: `v2`, `Cmd`), or a number of two digits or more, standing alone.
_ANCHOR_WORD = lazyre.compile(r"(?<![A-Za-z0-9])(?:[A-Za-z][A-Za-z0-9]*+|[0-9]{2,}+)(?![A-Za-z0-9])")


def anchor_words(text: str) -> frozenset[str]:
    """The words in Latin letters (lower-cased) and the numbers of two digits or more that `text` writes."""
    return frozenset(w.lower() for w in _ANCHOR_WORD.findall(text) if len(w) >= 2)


def _jaccard(a: frozenset[object], b: frozenset[object]) -> float | None:
    if not a and not b:
        return None
    return len(a & b) / len(a | b)


def score(a: Profile, b: Profile) -> float:
    """0..1 evidence that two sections are the same section in two languages."""
    position = max(0.0, 1.0 - 4 * abs(a.position - b.position))
    size = min(a.size, b.size) / max(a.size, b.size) if a.size or b.size else 1.0
    parts = [(0.35, position), (0.15, 1.0 if a.level == b.level else 0.0), (0.1, size)]
    for weight, sim in (
        (0.25, _jaccard(a.title_topics, b.title_topics)),
        (0.1, _jaccard(a.body_topics, b.body_topics)),
        (0.15, _jaccard(a.facts, b.facts)),
    ):
        if sim is not None:
            parts.append((weight, sim))
    total = sum(w for w, _ in parts)
    return sum(w * s for w, s in parts) / total


def free_score(a: Profile, b: Profile) -> float:
    """`score` without the position: the evidence that two sections are one section, wherever each stands."""
    return score(a._replace(position=0.0), b._replace(position=0.0))


# Words written by more sections than this (product of both editions' counts) tie too little to be read.
ANCHOR_SPREAD = 9


def _titles_differ(a: Profile, b: Profile) -> bool:
    """Do both titles name policy topics, none of them the same?"""
    return bool(a.title_topics and b.title_topics and not a.title_topics & b.title_topics)
