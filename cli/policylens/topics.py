"""The policylens topic model: which policy subjects each section speaks of, with evidence.

One model for the whole tool, modelled on the OPP-115 taxonomy and adapted to Chinese
policies (data/lexicons/topics.tsv).  `parse --topics` shows it, `diff` tags changes
with it, and the disclosure profiles read its folded text.

Matching runs on *folded* text: full-width ASCII → ASCII, U+3000 → space, and
Traditional → Simplified characters through OpenCC's character table.  Folding keeps
every character in place (one character in, one out), so a match's offsets are the
offsets in the original paragraph, and its line and column come from `Paragraph.position`.

Every text is read through `senses.read` first (forty-third session, u43t): a topic word in an ordinary sense
(「感谢您访问」, 「删除违规内容」, 「分享给好友」, 「您可以获取…」) gives no topic, here as in `diff`'s tags and `compare`.
A heading's title words are labels and are never vetoed (「Access」 heads a rights section); its ordinary phrases are
blank as in a paragraph (「网络安全法」, 「权利人」), except the user's own 「您的权利和义务」 (`senses.read`, `heading`).

A section's score for a topic adds the weights of the distinct words found: a heading
word 3, a body term 1 (2 in a heading), a pattern 2, a weak hint 0.5.  The score is that
sum divided by 4, capped at 1; topics under 0.25 (a single weak hint) are not reported.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import NamedTuple

from policylens import lexicon, senses
from policylens.lazyre import lazy
from policylens.model import Document, Section
from policylens.normalise import FULLWIDTH

TOPICS_FILE = "topics.tsv"
KINDS = ("about", "title", "term", "weak", "pattern")
WEIGHTS = {"title": 3.0, "term": 1.0, "weak": 0.5, "pattern": 2.0}
HEADING_TERM_WEIGHT = 2.0
FULL_SCORE = 4.0
MIN_SCORE = 0.25
MAX_EVIDENCE = 5


class Topic(NamedTuple):
    """One topic of the model, as written in topics.tsv."""

    id: str
    label: str  # English
    label_hant: str
    label_hans: str
    opp115: str  # the OPP-115 category it refines
    title: tuple[str, ...]
    term: tuple[str, ...]
    weak: tuple[str, ...]
    pattern: tuple[str, ...]


class Evidence(NamedTuple):
    """Where a topic was found: a heading or a paragraph, its position and the words matched."""

    section: str  # section id
    where: str  # "title" | "body"
    line: int | None
    column: int | None
    words: tuple[str, ...]


class TopicMatch(NamedTuple):
    """A topic of one section, with its score (0..1) and the evidence behind it."""

    topic: str
    score: float
    evidence: tuple[Evidence, ...]


_WIDTH = FULLWIDTH | {0x3000: 0x20, 0x00A0: 0x20}  # ideographic and no-break spaces only (not the zero-width ones)


@cache
def _script_table() -> dict[int, int]:
    """Traditional → Simplified, one character to one character (OpenCC's TSCharacters)."""
    from policylens.opencc_data import read_dictionary

    table = {}
    for key, values in read_dictionary("TSCharacters.txt").items():
        if len(key) == 1 and values and len(values[0]) == 1 and values[0] != key:
            table[ord(key)] = ord(values[0])
    return table


@cache
def _fold_table() -> dict[int, int]:
    """Full-width → ASCII, U+3000/NBSP → space, Traditional → Simplified."""
    return _WIDTH | _script_table()


def fold(text: str) -> str:
    """The text as the matchers see it; same length, same offsets as `text`."""
    return text.translate(_fold_table())


def fold_script(text: str) -> str:
    """Only the Traditional → Simplified part of `fold` (for patterns, whose punctuation is regex syntax)."""
    return text.translate(_script_table())


def _words_pattern(words: Iterable[str]) -> re.Pattern[str] | None:
    """Longest-first alternation; Latin words on word boundaries."""
    ordered = sorted({fold(w) for w in words if w}, key=lambda w: (-len(w), w))  # ties by text: the same pattern in every process
    if not ordered:
        return None
    parts = [(r"(?<![A-Za-z])" + re.escape(w) + r"(?![A-Za-z])") if w[:1].isascii() and w[:1].isalpha() else re.escape(w) for w in ordered]
    return lazy("|".join(parts), re.I)  # compiled when first used (`check --profile` reads two topics' titles)


@cache
def model() -> tuple[Topic, ...]:
    """Every topic of topics.tsv, in file order (sorted by ID)."""
    cells: dict[str, dict[str, tuple[str, ...]]] = {}
    for row in lexicon.rows(lexicon.DATA / TOPICS_FILE):
        topic, _, kind = row[0].partition(":")
        if kind not in KINDS:
            raise ValueError(f"{TOPICS_FILE}: unknown kind {kind!r} in {row[0]!r} (known: {', '.join(KINDS)})")
        cells.setdefault(topic, {})[kind] = tuple(c.strip() for c in row[1:] if c.strip())
    topics = []
    for topic, kinds in cells.items():
        about = kinds.get("about", ())
        if len(about) != 4:
            raise ValueError(f"{TOPICS_FILE}: {topic}:about needs four cells (label, zh-Hant, zh-Hans, OPP-115 category)")
        for pattern in kinds.get("pattern", ()):
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"{TOPICS_FILE}: {topic}:pattern {pattern!r}: {exc}") from None
        topics.append(Topic(topic, *about, *(kinds.get(k, ()) for k in ("title", "term", "weak", "pattern"))))
    return tuple(topics)


def topic_ids() -> tuple[str, ...]:
    """The IDs of the model, in order."""
    return tuple(t.id for t in model())


class _Matchers(NamedTuple):
    title: re.Pattern[str] | None
    term: re.Pattern[str] | None
    weak: re.Pattern[str] | None
    pattern: re.Pattern[str] | None


@cache
def _matchers() -> dict[str, _Matchers]:
    out = {}
    for t in model():
        pattern = lazy("|".join(f"(?:{p})" for p in t.pattern), re.I) if t.pattern else None
        out[t.id] = _Matchers(_words_pattern(t.title), _words_pattern(t.term), _words_pattern(t.weak), pattern)
    return out


def title_pattern(topic: str) -> re.Pattern[str] | None:
    """The words that make a heading about `topic` (its `title` cells), as one pattern on folded text; None for an unknown topic."""
    found = _matchers().get(topic)
    return found.title if found is not None else None


_LOWER = {c: c + 32 for c in range(ord("A"), ord("Z") + 1)}


def folded(text: str) -> str:
    """`fold(text)` in ASCII lower case: the text every topic word is matched in (same length, same offsets)."""
    return fold(text).translate(_LOWER)


def reading(text: str, heading: bool = False) -> senses.Reading:
    """The one reading of `text` by the topic model: `folded`, its words' senses (`senses.read`; `heading`: a title)."""
    return senses.read(folded(text), heading)


def words_in(text: str, topics: Iterable[str] | None = None) -> tuple[str, ...]:
    """Topics whose body words (term or weak) occur in `text`, in their senses: the word test `diff` tags with."""
    read = reading(text)
    wanted = set(topics) if topics is not None else None
    found = []
    for topic, m in _matchers().items():
        if wanted is not None and topic not in wanted:
            continue
        matches = (x for p in (m.term, m.weak) if p is not None for x in p.finditer(read.folded))
        if any(x.end() > x.start() and not read.vetoed(topic, x.start(), x.end()) for x in matches) or any(
            t == topic for *_, t in read.added
        ):
            found.append(topic)
    return tuple(found)


def _hits(text: str, read: senses.Reading, kinds: Iterable[str], topic: str, matchers: _Matchers) -> dict[str, dict[str, int]]:
    """kind → distinct matched words (as written in `text`) → offset of their first match, in the words' senses
    (`read` is `reading(text)`; a heading's `title` words are labels, never vetoed)."""
    out: dict[str, dict[str, int]] = {}
    for kind in kinds:
        pattern = getattr(matchers, kind)
        if pattern is not None:
            words: dict[str, int] = {}
            for m in pattern.finditer(read.folded):
                if m.end() > m.start() and (kind == "title" or not read.vetoed(topic, m.start(), m.end())):
                    words.setdefault(text[m.start() : m.end()], m.start())
            if kind == "term":  # a phrase that names the topic without its words (「获取…副本」: the right of access)
                for start, end, named in read.added:
                    if named == topic:
                        words.setdefault(text[start:end], start)
            if words:
                out[kind] = words
    return out


def section_topics(section: Section) -> tuple[TopicMatch, ...]:
    """The topics of one section (heading and own paragraphs), best first."""
    found = []
    title_read = reading(section.title, heading=True) if section.title else None
    reads = [reading(para.text) for para in section.paragraphs]
    for topic, m in _matchers().items():
        raw = 0.0
        evidence: list[Evidence] = []
        seen: set[str] = set()
        if section.title and title_read is not None:
            hits = _hits(section.title, title_read, ("title", "term", "pattern"), topic, m)
            words = {w for found in hits.values() for w in found}
            if words:
                raw += WEIGHTS["title"] if "title" in hits else 0.0
                raw += HEADING_TERM_WEIGHT if "term" in hits and "title" not in hits else 0.0
                raw += WEIGHTS["pattern"] if "pattern" in hits and "title" not in hits else 0.0
                seen |= {fold(w).lower() for w in words}
                evidence.append(Evidence(section.id, "title", section.line, section.column, tuple(sorted(words))))
        for para, read in zip(section.paragraphs, reads, strict=True):
            hits = _hits(para.text, read, ("term", "weak", "pattern"), topic, m)
            new: dict[str, int] = {}
            for kind, found_words in hits.items():
                for word, offset in found_words.items():
                    key = fold(word).lower()
                    if key not in seen:
                        seen.add(key)
                        new[word] = offset
                        raw += WEIGHTS[kind]
            if new and len(evidence) < MAX_EVIDENCE:
                line, column = para.position(min(new.values()))
                evidence.append(Evidence(section.id, "body", line, column, tuple(sorted(new))))
        score = min(1.0, raw / FULL_SCORE)
        if score >= MIN_SCORE:
            found.append(TopicMatch(topic, round(score, 2), tuple(evidence)))
    found.sort(key=lambda t: -t.score)
    return tuple(found)


def document_topics(doc: Document) -> dict[str, tuple[TopicMatch, ...]]:
    """section id → its topics, for every section of the document."""
    return {s.id: section_topics(s) for s in doc.sections}


def labels(lang: str = "en") -> dict[str, str]:
    """topic id → its label in `lang` (en, zh-Hant, zh-Hans)."""
    pick = {"zh-Hant": 2, "zh-Hans": 3}.get(lang, 1)
    return {t.id: t[pick] for t in model()}


def match_to_dict(match: TopicMatch) -> dict[str, object]:
    """The JSON form of a topic match (`policylens.parse/1` sections[].topics[])."""
    return {
        "topic": match.topic,
        "score": match.score,
        "evidence": [
            {"section": e.section, "in": e.where, "line": e.line, "column": e.column, "words": list(e.words)} for e in match.evidence
        ],
    }
