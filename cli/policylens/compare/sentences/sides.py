"""One side of a section pair as the sentence aligner reads it (`_Side`: its sentences, anchors and concepts, built
once), the same pair read the other way round, and a sentence one side has and the other lacks (`Lone`).
"""

from __future__ import annotations

from typing import NamedTuple

from policylens.compare import facts as factlib
from policylens.compare import modes
from policylens.compare.sentences.latin import _is_chinese
from policylens.compare.sentences.pieces import Sentence, anchors, held_concepts, sentences
from policylens.diff.topics import topics_of
from policylens.diff.variants import cross_script_key
from policylens.model import Section


class _Side(NamedTuple):
    sentences: list[Sentence]
    text: str  # the whole section, lower case, on the cross-script key
    keys: frozenset[str]  # every anchor of the section
    topics: frozenset[str]
    concepts: frozenset[str]


def _side(section: Section, lower_words: frozenset[str], under: tuple[Section, ...] = (), kept: frozenset[str] = frozenset()) -> _Side:
    """A section's sentences, and what it holds: its own text and that of `under`, the sub-sections under it that have
    no counterpart (a line one edition writes as a sub-heading and the other as a paragraph of the section)."""
    texts = factlib.section_text(section)
    units = sentences(section, lower_words, kept)
    keys = frozenset(k for unit in units for k in unit.anchors) | (anchors(section.title, lower_words) if section.title else frozenset())
    for child in under:
        texts = [*texts, *([child.title] if child.title else []), *factlib.section_text(child)]
        keys |= frozenset(k for unit in sentences(child, lower_words) for k in unit.anchors)
        keys |= anchors(child.title, lower_words) if child.title else frozenset()
    joined = "\n".join(texts)
    return _Side(units, cross_script_key(joined).lower(), keys, frozenset(topics_of(joined)), held_concepts(joined))


def _reversed(unit: Sentence, mine: _Side, theirs: _Side) -> list[str]:
    """`modes.reversed_mode` of a sentence of `mine` against the other edition's section `theirs` (across languages only)."""
    chinese = _is_chinese(unit.text)
    if chinese == _is_chinese(theirs.text):
        return []
    return modes.reversed_mode(cross_script_key(unit.text).lower() if chinese else unit.text.lower(), chinese, mine.text, theirs.text)


class Lone(NamedTuple):
    """A sentence of one section that the other section of the pair does not have (or, `counterpart` set, a
    sentence paired with `counterpart` that names what the other edition names nowhere)."""

    in_base: bool
    sentence: Sentence
    lacks: list[str]
    confidence: float
    counterpart: str | None = None
