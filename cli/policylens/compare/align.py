"""English ↔ Chinese section alignment without machine translation.

Evidence per section pair: the position in the document, the heading level, the policy
topics of the title and body (`diff`'s bilingual topic lexicon, every word in every sense:
`diff.topics.alignment_topics_of`, matching is not labelling) and the facts the sections
hold (e-mails, URLs, durations, laws, dates).  When both outlines have the same shape the
sections pair in order; otherwise a monotone alignment (Needleman-Wunsch) keeps the pairs
whose evidence clears a threshold.  Every pair and every unpaired section gets a
`confidence`: precision over recall, an unsure gap is reported as unsure.

Order-free where the evidence is strong (u38c): a section of each edition that share words
in Latin letters or numbers no other section of either edition writes (`nativeMessaging`,
`Ctrl`, 「26 个随机字符」 / "26 random characters") are one section wherever each stands; when
the plain alignment contradicts such an anchored pair, the sections are aligned again around
the anchors, a moved section read at its counterpart's place (`_anchored`).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
from array import array
from collections.abc import Sequence
from typing import NamedTuple

from policylens import lazyre
from policylens.compare.facts import Fact
from policylens.compare.numbered import held_by_number, number_key
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


def align(base: list[Profile], other: list[Profile]) -> Alignment:
    """Pair the sections of two editions in different languages.

    An edition may order its top-level blocks differently (its Security chapter after Your
    Rights): the blocks are matched by what they hold, whatever their place, and when the
    other edition read in the base's block order aligns better, that alignment is kept.
    """
    held = held_by_number([(p.index, p.number) for p in base], [(p.index, p.number) for p in other])
    if held is not None:
        # (u49c) two outlines numbered alike but for a section inserted under a sub-number (「4-2.」): the sections of
        # one number are one section, wherever their places put them (`numbered.held_by_number`)
        numbered = _align(base, other, held)
        if numbered.reliable:
            return numbered
    plain = _align(base, other)
    moved = _reordered(base, other)
    if moved is not None:
        shifted = _align(base, moved)
        if _quality(shifted, base, other) > _quality(plain, base, other) + REORDER_MARGIN:
            plain = shifted
    if not plain.reliable:
        plain = _set_aside(base, other) or plain
    result = _anchored(base, other, plain) or plain
    if not result.reliable and result.raw is not None:
        if _crossed_titles(base, other, result.pairs) and (topical := _contained_by_titles(base, other)) is not None:
            return topical
        if _contained(base, other, result.pairs, *result.raw):
            return Alignment(result.pairs, *result.raw)
    return result


def _crossed_titles(base: list[Profile], other: list[Profile], pairs: dict[int, tuple[int, float]]) -> bool:
    """Does a pair join two sections whose titles name different topics (`_titles_differ`)?"""
    by_base, by_other = {p.index: p for p in base}, {p.index: p for p in other}
    return any(_titles_differ(by_base[b], by_other[o]) for b, (o, _) in pairs.items())


def _contained_by_titles(base: list[Profile], other: list[Profile]) -> Alignment | None:
    """A condensed edition aligned on its titles' topics, when its sections' places misled the plain alignment.

    (u48e, eval/editions48 neon.)  A zh-TW of four sections beside an English of nine: its last section, 「未成年人」,
    stands where the English has "Contact" and paired with it on position, while the English "Children's Privacy",
    four sections earlier, was a gap.  The sections whose title names topics that one section of each edition names,
    and no other, are held together (each pair scoring `CONTAINED_PAIR` or more without its position); the alignment is
    kept only when it is a containment (`_contained`) and joins no two sections whose titles name different topics.
    """
    held: dict[int, int] = {}
    for a in base:
        if not a.title_topics:
            continue
        same = [b for b in other if b.title_topics == a.title_topics]
        if len(same) == 1 and sum(1 for x in base if x.title_topics == a.title_topics) == 1 and free_score(a, same[0]) >= CONTAINED_PAIR:
            held[a.index] = same[0].index
    if not held:
        return None
    result = _align(base, other, held)
    if result.raw is None or _crossed_titles(base, other, result.pairs) or not _contained(base, other, result.pairs, *result.raw):
        return None
    return Alignment(result.pairs, *result.raw)


# A reordering must improve the alignment's quality by this much to be kept.
REORDER_MARGIN = 0.3
# What a sure gap costs an alignment in `_quality`.
GAP_PENALTY = 0.5
# Two top-level blocks must score this much to be matched out of order.
BLOCK_THRESHOLD = 0.55
# A block left over once the clear matches are made is matched with a left-over block scoring this much.
BLOCK_LEFTOVER = 0.4


def _blocks(profiles: list[Profile]) -> list[list[Profile]]:
    """Top-level blocks: each section of the top level with the sections under it (what precedes the first is a block too)."""
    if not profiles:
        return []
    top = min(p.level for p in profiles)
    blocks: list[list[Profile]] = []
    for p in profiles:
        if p.level == top or not blocks:
            blocks.append([p])
        else:
            blocks[-1].append(p)
    return blocks


class _Chapter(NamedTuple):
    """What `_block_score` reads of one top-level block, gathered once per block."""

    levels: tuple[int, ...]
    size: int  # paragraphs
    head_topics: frozenset[str]  # the topics of the block's own title
    topics: frozenset[str]  # the topics of every title and body in it
    facts: frozenset[tuple[str, str]]
    keys: frozenset[object]  # its facts and its words in Latin letters and numbers: what ties it to a block of the other edition


def _chapter(block: list[Profile]) -> _Chapter:
    facts = frozenset(x for p in block for x in p.facts)
    return _Chapter(
        tuple(p.level for p in block),
        sum(p.size for p in block),
        block[0].title_topics,
        frozenset(x for p in block for x in (*p.title_topics, *p.body_topics)),
        facts,
        facts | frozenset(x for p in block for x in p.names),
    )


@functools.lru_cache(maxsize=4096)
def _shape(a: tuple[int, ...], b: tuple[int, ...]) -> float:
    """How alike two outlines (heading levels) are: a chapter that lacks one subsection still has nearly its shape."""
    from difflib import SequenceMatcher

    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def _chapter_score(a: _Chapter, b: _Chapter) -> float:
    """0..1 evidence that two top-level blocks are the same chapter, whatever their place."""
    size = min(a.size, b.size) / max(a.size, b.size) if a.size or b.size else 1.0
    parts = [(0.3, _shape(a.levels, b.levels)), (0.1, size)]
    for weight, sim in (
        (0.25, _jaccard(a.head_topics, b.head_topics)),
        (0.2, _jaccard(a.topics, b.topics)),
        (0.15, _jaccard(a.facts, b.facts)),
    ):
        if sim is not None:
            parts.append((weight, sim))
    return sum(w * s for w, s in parts) / sum(w for w, _ in parts)


def _block_score(a: list[Profile], b: list[Profile]) -> float:
    """0..1 evidence that two top-level blocks are the same chapter, whatever their place (`_chapter_score`)."""
    return _chapter_score(_chapter(a), _chapter(b))


# Up to this many pairs of top-level blocks (100 by 100), every pair is scored; past it, only the candidates
# (`_ChapterScores`): every real policy of the evaluation sets and corpora stays below it (at most 75 blocks, a Google policy in corpora).
ALL_PAIRS = 10_000
# A candidate pair of a long outline: within this many blocks of the diagonal…
CHAPTER_BAND = 20
# … and the blocks the candidates leave without a partner, each against each, up to this many pairs.
LEFT_OVER_PAIRS = 10_000


class _ChapterScores:
    """The block scores of two editions' top-level blocks (`_chapter_score`), each computed once, by block index.

    Two short outlines (ALL_PAIRS pairs or fewer) score every pair, as they always did.  Past that, only candidate
    pairs are scored and any other pair scores 0 (a hostile or machine-made input of 2,000 numbered clauses scored 4
    million pairs: 152 s of CPU and 1 GB): the blocks within CHAPTER_BAND of the diagonal (the other edition's block at
    the same rank of its outline) and the blocks that share evidence wherever they stand, a fact or a word in Latin
    letters or a number that few blocks of each edition write (ANCHOR_SPREAD, as `word_ties`).  So a long outline can
    miss a match an all-pairs scoring would make: two chapters far apart that share only their shape, size and topics.
    """

    def __init__(self, ours: list[list[Profile]], theirs: list[list[Profile]]) -> None:
        self.ours = [_chapter(b) for b in ours]
        self.theirs = [_chapter(b) for b in theirs]
        self._memo: dict[tuple[int, int], float] = {}
        n, m = len(ours), len(theirs)
        self.rows: list[list[int]] | None = None  # None: every pair is a candidate
        self.cols: list[list[int]] | None = None
        self.pairs: set[tuple[int, int]] = set()  # the candidates, when not every pair is one
        if n * m > ALL_PAIRS:
            self._index(self._candidates())

    def _index(self, pairs: set[tuple[int, int]]) -> None:
        self.pairs = pairs
        self.rows, self.cols = [[] for _ in self.ours], [[] for _ in self.theirs]
        for i, j in sorted(pairs):
            self.rows[i].append(j)
            self.cols[j].append(i)

    def _candidates(self) -> set[tuple[int, int]]:
        n, m = len(self.ours), len(self.theirs)
        out = set()
        for i in range(n):
            centre = round(i * (m - 1) / max(1, n - 1))
            out.update((i, j) for j in range(max(0, centre - CHAPTER_BAND), min(m, centre + CHAPTER_BAND + 1)))
        where: dict[object, tuple[list[int], list[int]]] = {}
        for side, chapters in enumerate((self.ours, self.theirs)):
            for k, chapter in enumerate(chapters):
                for key in chapter.keys:
                    where.setdefault(key, ([], []))[side].append(k)
        for is_, js in where.values():
            if is_ and js and len(is_) * len(js) <= ANCHOR_SPREAD:
                out.update((i, j) for i in is_ for j in js)
        return out

    def row(self, i: int) -> list[int] | range:
        """The blocks of the other edition scored against our block `i`."""
        return range(len(self.theirs)) if self.rows is None else self.rows[i]

    def col(self, j: int) -> list[int] | range:
        """Our blocks scored against the other edition's block `j`."""
        return range(len(self.ours)) if self.cols is None else self.cols[j]

    def __call__(self, i: int, j: int) -> float:
        if self.rows is not None and (i, j) not in self.pairs:
            return 0.0
        value = self._memo.get((i, j))
        if value is None:
            value = self._memo[i, j] = _chapter_score(self.ours[i], self.theirs[j])
        return value

    def partners(self) -> dict[int, int]:
        """Each block of ours (by index) with the block of the other edition it matches, one to one by what they
        hold: the clear matches first (BLOCK_THRESHOLD), then the blocks left over among themselves, on weaker
        evidence (BLOCK_LEFTOVER).  Only the pairs that clear BLOCK_LEFTOVER are kept and sorted, not every pair.

        Of a long outline, the blocks the candidates leave without a partner are then scored against each other too
        (when they are LEFT_OVER_PAIRS pairs or fewer: a chapter moved from one end to the other with no rare word of its
        own), and the blocks matched again over the candidates and those pairs.
        """
        partner = self._matched()
        if self.rows is not None:
            left_ours = [i for i in range(len(self.ours)) if i not in partner]
            taken = set(partner.values())
            left_theirs = [j for j in range(len(self.theirs)) if j not in taken]
            if len(left_ours) * len(left_theirs) <= LEFT_OVER_PAIRS:
                more = {(i, j) for i in left_ours for j in left_theirs} - self.pairs
                if more:
                    self._index(self.pairs | more)
                    partner = self._matched()
        return partner

    def _matched(self) -> dict[int, int]:
        scores = sorted(
            ((value, i, j) for i in range(len(self.ours)) for j in self.row(i) if (value := self(i, j)) >= BLOCK_LEFTOVER),
            key=lambda t: (-t[0], t[1], t[2]),
        )
        partner: dict[int, int] = {}
        taken: set[int] = set()
        for threshold in (BLOCK_THRESHOLD, BLOCK_LEFTOVER):
            for value, i, j in scores:
                if value >= threshold and i not in partner and j not in taken:
                    partner[i] = j
                    taken.add(j)
        return partner


def _block_partners(ours: list[list[Profile]], theirs: list[list[Profile]]) -> dict[int, int]:
    """Each top-level block of one edition (by index) with the block of the other it matches (`_ChapterScores.partners`)."""
    return _ChapterScores(ours, theirs).partners()


def _reordered(base: list[Profile], other: list[Profile]) -> list[Profile] | None:
    """The other edition's profiles with its top-level blocks in the base's order, when their contents say the order differs; else None."""
    ours, theirs = _blocks(base), _blocks(other)
    if len(ours) < 2 or len(theirs) < 2:
        return None
    partner = _block_partners(ours, theirs)
    place = {j: float(i) for i, j in partner.items()}
    key, last = [], -1.0
    for j in range(len(theirs)):
        last = place.get(j, last + 1e-3)  # an unmatched block stays right after the block it followed
        key.append(last)
    order = sorted(range(len(theirs)), key=lambda j: (key[j], j))
    if order == list(range(len(theirs))):
        return None
    flat = [p for j in order for p in theirs[j]]
    count = max(1, len(flat) - 1)
    return [p._replace(position=rank / count) for rank, p in enumerate(flat)]


def _repositioned(profiles: list[Profile]) -> list[Profile]:
    """The profiles with their positions recomputed among themselves (some sections left out)."""
    count = max(1, len(profiles) - 1)
    return [p._replace(position=rank / count) for rank, p in enumerate(profiles)]


def _set_aside(base: list[Profile], other: list[Profile]) -> Alignment | None:
    """The alignment once the chapters only one edition has are set aside, or None.

    When the outlines do not align, a top-level chapter of one edition that matches no chapter
    of the other (an app-permissions chapter the English page never had) may be what shifts every
    section after it.  The chapters of the two editions are matched one to one by what they hold
    (`_block_score`, the clear matches first); when every chapter of one edition finds its partner,
    in the same order, and the rest of the outlines then align reliably, the chapters left over
    are set aside: their sections are gaps, sure only when no unpaired section of the other
    edition could be their counterpart (`_gap_confidence`) and none fits them elsewhere.
    """
    ours, theirs = _blocks(base), _blocks(other)
    if len(ours) < 2 or len(theirs) < 2 or len(ours) == len(theirs):
        return None
    scores = _ChapterScores(ours, theirs)
    partner = scores.partners()
    taken = set(partner.values())
    if len(partner) != min(len(ours), len(theirs)):
        return None  # a chapter of the shorter outline has no partner: not a chapter more, the outlines differ
    order = [partner[i] for i in sorted(partner)]
    if order != sorted(order):
        return None  # chapters moved as well: left to the reordering
    left_ours = [i for i in range(len(ours)) if i not in partner]
    left_theirs = [j for j in range(len(theirs)) if j not in taken]
    # a left-over chapter that fits a matched chapter about as well as that chapter's own partner is no chapter of its own
    # (a pair that is no candidate of a long outline scores 0 and fits nothing: only the candidates are read)
    owner = {j: k for k, j in partner.items()}
    for i in left_ours:
        if any(scores(i, j) >= scores(owner[j], j) - BLOCK_MARGIN for j in scores.row(i) if j in owner):
            return None
    for j in left_theirs:
        if any(scores(k, j) >= scores(k, partner[k]) - BLOCK_MARGIN for k in scores.col(j) if k in partner):
            return None
    kept_base = _repositioned([p for i, block in enumerate(ours) if i in partner for p in block])
    kept_other = _repositioned([p for j, block in enumerate(theirs) if j in taken for p in block])
    rest = _align(kept_base, kept_other)
    if not rest.reliable:
        return None
    missing, extra = dict(rest.missing), dict(rest.extra)
    paired_other = {o for o, _ in rest.pairs.values()}
    partner_of_other = {o: b for b, (o, _) in rest.pairs.items()}
    by_index_base = {p.index: p for p in base}
    by_index_other = {p.index: p for p in other}
    for i in left_ours:
        for p in ours[i]:
            rivals = [free_score(p, q) for q in other if q.index not in paired_other]
            confidence = round(max(0.0, 1.0 - max(rivals, default=0.0)), 2)
            candidates = [(q, by_index_base.get(partner_of_other[q.index]) if q.index in partner_of_other else None) for q in other]
            missing[p.index] = min(confidence, 0.4) if _elsewhere(p, candidates) else confidence
    for j in left_theirs:
        for q in theirs[j]:
            rivals = [free_score(p, q) for p in base if p.index not in rest.pairs]
            confidence = round(max(0.0, 1.0 - max(rivals, default=0.0)), 2)
            candidates = [(p, by_index_other.get(rest.pairs[p.index][0]) if p.index in rest.pairs else None) for p in base]
            extra[q.index] = min(confidence, 0.4) if _elsewhere(q, candidates) else confidence
    return Alignment(rest.pairs, dict(sorted(missing.items())), dict(sorted(extra.items())))


# A left-over chapter scoring within this much of a matched pair against one of its chapters is not set aside.
BLOCK_MARGIN = 0.1


def _quality(result: Alignment, base: list[Profile], other: list[Profile]) -> float:
    """How well an alignment explains the two outlines, whatever the order: its pairs' evidence without position, above the
    threshold, less a penalty for each section it leaves without a counterpart for sure."""
    by_base = {p.index: p for p in base}
    by_other = {p.index: p for p in other}
    gained = sum(free_score(by_base[b], by_other[o]) - THRESHOLD for b, (o, _) in result.pairs.items())
    sure_gaps = sum(1 for c in (*result.missing.values(), *result.extra.values()) if c >= 0.5)
    return gained - GAP_PENALTY * sure_gaps


def free_score(a: Profile, b: Profile) -> float:
    """`score` without the position: the evidence that two sections are one section, wherever each stands."""
    return score(a._replace(position=0.0), b._replace(position=0.0))


def _align(base: list[Profile], other: list[Profile], held: dict[int, int] | None = None) -> Alignment:
    """Pair the sections in order (monotone); `other` may be a reordered copy, its indices still the document's.

    `held` (base index → other index): pairs that must be made, whatever their evidence; no other pair takes either side.
    """
    n, m = len(base), len(other)
    if n == m and [p.level for p in base] == [p.level for p in other]:
        # Same outline: pair in order (when that makes every held pair); the evidence only grades the confidence.
        pairs = {a.index: (b.index, round(min(1.0, 0.6 + 0.4 * score(a, b)), 2)) for a, b in zip(base, other, strict=True)}
        if all(pairs[b][0] == o for b, o in (held or {}).items()):
            return Alignment(pairs, {}, {})
    # Large outlines: only pairs near the diagonal are scored (position alone rules the rest out), within BAND of
    # each other's relative position and BAND_SECTIONS sections, so two 2,000-section editions score some 160,000
    # pairs, not 4 million (u40p); each row of scores, gains and steps is an array, not a list of float objects.
    table: list[array[float]] = []
    if n * m <= BAND_ABOVE:
        table = [array("d", [score(a, b) for b in other]) for a in base]
    else:
        band = min(BAND, BAND_SECTIONS / max(n, m))
        places = [b.position for b in other]
        ordered = all(x <= y for x, y in itertools.pairwise(places))
        for a in base:
            row = array("d", bytes(8 * m))
            lo, hi = (
                (bisect.bisect_left(places, a.position - 2 * band), bisect.bisect_right(places, a.position + 2 * band))
                if ordered
                else (0, m)
            )
            for j in range(lo, hi):
                if abs(a.position - places[j]) <= band:
                    row[j] = score(a, other[j])
            table.append(row)
    if held:
        # a held pair scores HELD_SCORE; every other cell of its row and column 0.  (u49h) Row by row, not cell by cell
        # in Python: 1,000 held pairs beside 1,000 inserted sections were two million dictionary look-ups.
        column, held_other = {b.index: j for j, b in enumerate(other)}, set(held.values())
        keep = array("d", (0.0 if b.index in held_other else 1.0 for b in other))
        for i, a in enumerate(base):
            if a.index in held:
                j = column.get(held[a.index])
                row = array("d", bytes(8 * m))
                if j is not None:
                    row[j] = max(table[i][j], HELD_SCORE)
                table[i] = row
            else:
                table[i] = array("d", map(operator.mul, table[i], keep))
    move, _ = monotone_steps(table, m)
    pairs: dict[int, tuple[int, float]] = {}
    paired_base: set[int] = set()
    paired_other: set[int] = set()
    i, j = n, m
    while i or j:
        step = move[i][j]
        if step == 0:
            s = table[i - 1][j - 1]
            if s >= THRESHOLD:
                pairs[base[i - 1].index] = (other[j - 1].index, round(s, 2))
                paired_base.add(i - 1)
                paired_other.add(j - 1)
            i, j = i - 1, j - 1
        elif step == 1:
            i -= 1
        else:
            j -= 1
    rank_of_other = {q.index: j for j, q in enumerate(other)}
    partner_of_base = {i: rank_of_other[pairs[p.index][0]] for i, p in enumerate(base) if p.index in pairs}
    partner_of_other = {j: i for i, j in partner_of_base.items()}
    missing = {}
    for i in range(n):
        if i not in paired_base:
            neighbours = [(partner_of_base[k], table[k][partner_of_base[k]]) for k in (i - 1, i + 1) if k in partner_of_base]
            missing[base[i].index] = _gap_confidence(table[i], paired_other, neighbours)
            beside = [(base[k], other[partner_of_base[k]]) for k in (i - 1, i + 1) if k in partner_of_base]
            if (
                _merged(base[i], beside)
                or _absorbed(base[i], beside)
                or _elsewhere(base[i], [(other[j], base[partner_of_other[j]] if j in partner_of_other else None) for j in range(m)])
            ):
                missing[base[i].index] = min(missing[base[i].index], 0.4)
            if _split_heading(base, i, paired_base):
                missing[base[i].index] = min(missing[base[i].index], UNSURE)
    extra = {}
    for j in range(m):
        if j not in paired_other:
            neighbours = [(partner_of_other[k], table[partner_of_other[k]][k]) for k in (j - 1, j + 1) if k in partner_of_other]
            extra[other[j].index] = _gap_confidence([row[j] for row in table], paired_base, neighbours)
            beside = [(other[k], base[partner_of_other[k]]) for k in (j - 1, j + 1) if k in partner_of_other]
            if (
                _merged(other[j], beside)
                or _absorbed(other[j], beside)
                or _elsewhere(other[j], [(base[i], other[partner_of_base[i]] if i in partner_of_base else None) for i in range(n)])
            ):
                extra[other[j].index] = min(extra[other[j].index], 0.4)
            if _split_heading(other, j, paired_other):
                extra[other[j].index] = min(extra[other[j].index], UNSURE)
    gaps = len(missing) + len(extra)
    if gaps > GAP_SHARE * max(n, m, 1):
        # most sections without a counterpart: the outlines differ too much to trust any gap
        unsure_missing = {k: min(v, UNSURE) for k, v in missing.items()}
        unsure_extra = {k: min(v, UNSURE) for k, v in extra.items()}
        return Alignment(pairs, unsure_missing, unsure_extra, reliable=False, raw=(missing, extra))
    return Alignment(pairs, missing, extra)


def _scored_span(row: array[float]) -> tuple[int, int]:
    """The columns [lo, hi) outside which every score of `row` is 0.0 (its bytes all zero); (0, 0) for a row of zeros.

    Found from the row's bytes in C: a nonzero score may have zero bytes at one end, which the floor division keeps in
    the span."""
    raw = row.tobytes()
    lead = len(raw) - len(raw.lstrip(b"\0"))
    if lead == len(raw):
        return 0, 0
    return lead // 8, len(row) - (len(raw) - len(raw.rstrip(b"\0"))) // 8


def monotone_steps(table: list[array[float]], m: int) -> tuple[list[bytearray], int]:
    """The monotone alignment's steps (Needleman-Wunsch; a pair gains its score less THRESHOLD): `move[i][j]` is 0 (pair
    base i-1 with other j-1), 1 (skip base i-1) or 2 (skip other j-1), and the number of cells weighed one by one.

    A cell whose score is 0 never pairs: a row's best gains never fall from left to right, so the gain above it beats the
    pair's by THRESHOLD; there each best is the larger of above and left, above on a tie.  So only the span of a row that
    holds scores is weighed cell by cell; the runs of zeros on either side are a binary search and slice copies (u50c:
    a large outline scores only a band near the diagonal, so the programme is near-linear in Python steps; the same
    steps as weighing every cell, by construction, `tests/test_u50c_compare.py`).  Only two rows of gains are kept."""
    n = len(table)
    move = [bytearray([2]) * (m + 1) for _ in range(n + 1)]
    above = array("d", bytes(8 * (m + 1)))
    weighed = 0
    for i in range(1, n + 1):
        scores = table[i - 1]
        here = array("d", bytes(8 * (m + 1)))
        steps = move[i]
        steps[0] = 1
        lo, hi = _scored_span(scores)
        if hi <= lo:
            lo = hi = m  # no score: one run of zeros
        _zero_run(above, here, steps, 1, lo + 1)
        for j in range(lo + 1, hi + 1):
            # ties: a pair first, then skipping the base section
            paired = above[j - 1] + scores[j - 1] - THRESHOLD
            up, left = above[j], here[j - 1]
            if paired >= up and paired >= left:
                here[j], steps[j] = paired, 0
            elif up >= left:
                here[j], steps[j] = up, 1
            else:
                here[j], steps[j] = left, 2
        weighed += hi - lo
        _zero_run(above, here, steps, hi + 1, m + 1)
        above = here
    return move, weighed


def _zero_run(above: array[float], here: array[float], steps: bytearray, a: int, b: int) -> None:
    """Columns [a, b) of a row whose scores are all 0 there (`monotone_steps`): best = max(above, left), above on a tie.

    The gains above never fall from left to right, so along the run the best is the gain left of it (here[a - 1]) until
    the gain above reaches it, then the gain above: one binary search and two slice copies."""
    if a >= b:
        return
    start = here[a - 1]
    k = bisect.bisect_left(above, start, a, b)
    here[a:k] = array("d", [start]) * (k - a)
    here[k:b] = above[k:b]
    steps[a:k] = b"\x02" * (k - a)
    steps[k:b] = b"\x01" * (b - k)


def _contained(
    base: list[Profile], other: list[Profile], pairs: dict[int, tuple[int, float]], missing: dict[int, float], extra: dict[int, float]
) -> bool:
    """Is the shorter outline wholly in the longer one, which has sections more (a condensed or lagging translation)?

    Many sections without a counterpart usually mean outlines too different to trust a gap (GAP_SHARE).  Not when
    every section of the shorter edition (CONTAINED_MIN or more, a third of the longer one's or more) pairs, in order, on
    good evidence (CONTAINED_PAIR), and the shorter edition's sections hold no more paragraphs than their partners:
    there is no room in them for what the longer edition's other sections say (eval/editions40 battleflow: the
    Chinese editions' six sections are six of the English eleven; "How We Use Information", "Security"… are nowhere).
    The gaps keep their own confidence (`_gap_confidence`, `_merged`, `_absorbed`, `_elsewhere`).
    """
    if missing and extra:
        return False
    short, long_ = (base, other) if not missing else (other, base)
    if len(short) < CONTAINED_MIN or CONTAINED_SHARE * len(short) < len(long_) or len(pairs) != len(short):
        return False
    if any(score < CONTAINED_PAIR for _, score in pairs.values()):
        return False
    partners_in_order = [pairs[b][0] for b in sorted(pairs)]
    if partners_in_order != sorted(partners_in_order):
        return False  # pairs that cross (a section read at another's place): no plain containment (eval/editions34 akshare)
    by_base = {p.index: p for p in base}
    by_other = {p.index: p for p in other}
    own = sum(by_base[b].size for b in pairs) if short is base else sum(by_other[o].size for o, _ in pairs.values())
    partners = sum(by_other[o].size for o, _ in pairs.values()) if short is base else sum(by_base[b].size for b in pairs)
    return own <= partners


# A shorter outline read as contained in a longer one: this many sections or more, each pair scoring this much or more.
CONTAINED_MIN = 3
CONTAINED_PAIR = 0.5
# ... and a third of the longer outline's sections or more (u48e: half before; eval/editions48 neon, a zh-TW of four
# sections beside an English of nine, each of the four paired in order, its five gaps all unsure)
CONTAINED_SHARE = 3


# Above this many section pairs, only those within BAND of each other's relative position are scored.
BAND_ABOVE = 40_000
BAND = 0.1
BAND_SECTIONS = 20
# More gaps than this share of the sections: every gap is unsure.
GAP_SHARE = 0.4
UNSURE = 0.3
# A neighbour's counterpart that fits the gap almost as well as its own pair makes the gap ambiguous.
AMBIGUOUS_MARGIN = 0.02


# An unpaired section of the other edition that scores this much without position is a plausible counterpart.
PLAUSIBLE = 0.6


def _elsewhere(gap: Profile, candidates: list[tuple[Profile, Profile | None]]) -> bool:
    """Is there a plausible counterpart anywhere in the other edition, out of order?

    A section of the other edition (with its current partner, or None) that shares title
    topics or facts with the gap and scores at least PLAUSIBLE without position: unpaired,
    or paired with a section it fits less well than the gap.
    """
    if not gap.title_topics and not gap.facts:
        return False
    for candidate, partner in candidates:
        shared = gap.title_topics & candidate.title_topics or gap.facts & candidate.facts
        if not shared:
            continue
        fit = free_score(gap, candidate)
        if fit >= PLAUSIBLE and (partner is None or fit > free_score(partner, candidate)):
            return True
    return False


def _split_heading(profiles: list[Profile], k: int, paired: set[int]) -> bool:
    """Is `profiles[k]` a heading with nothing of its own whose first sub-section has a counterpart?

    One edition's list item read as a sub-heading ("4. User Responsibilities" over "1. Credential Management: You are
    solely responsible…", where the other edition's 「4. 用户职责」 holds the same items as paragraphs) leaves the
    parent empty and its child paired with the other edition's section: the section is there, only its outline is one
    level deeper (eval/editions35 dbtools).  A gap with paragraphs or facts of its own is no such heading.
    """
    gap = profiles[k]
    if gap.size or gap.facts or k + 1 >= len(profiles):
        return False
    child = profiles[k + 1]
    return child.level > gap.level and k + 1 in paired


def _merged(gap: Profile, neighbours: list[tuple[Profile, Profile]]) -> bool:
    """Does a neighbour's counterpart look like the neighbour and the gap section merged (its body is that much longer)?"""
    return gap.size > 0 and any(partner.size >= own.size + max(1, gap.size // 2) for own, partner in neighbours)


def _absorbed(gap: Profile, neighbours: list[tuple[Profile, Profile]]) -> bool:
    """Is the gap merged into a neighbour's counterpart, whose title names a topic of the gap that the neighbour lacks?

    Two sections of one edition written as one in the other: "Third Party Access" and "Data Retention" are
    「共享與保存」 (sharing and keeping), paired with "Data Retention"; "Third Party Access" is no missing section
    (eval/editions40 battleflow).
    """
    mine = gap.title_topics | gap.body_topics
    return any((mine & partner.title_topics) - own.title_topics - own.body_topics for own, partner in neighbours)


def _gap_confidence(scores: Sequence[float], paired: set[int], neighbours: list[tuple[int, float]]) -> float:
    """How sure a section has no counterpart.

    Low when an unpaired section of the other edition scores close to a pair, or when the
    counterpart of an adjacent section fits this one about as well (the gap could be on
    either side of that pair).
    """
    rivals = [s for k, s in enumerate(scores) if k not in paired]
    confidence = 1.0 - max(rivals, default=0.0)
    for partner, pair_score in neighbours:
        if scores[partner] >= pair_score - AMBIGUOUS_MARGIN:
            confidence = min(confidence, 0.4)
    return round(max(0.0, min(1.0, confidence)), 2)


# An anchored pair's tie (`anchor_pairs`) is at least this strong, and beats every other way of pairing either of its
# sections by this much.
ANCHOR_TIE = 1.0
ANCHOR_GAIN = 1.0
# Words written by more sections than this (product of both editions' counts) tie too little to be read.
ANCHOR_SPREAD = 9


def word_ties(
    base: list[Profile], other: list[Profile], explained_by: dict[int, tuple[int, float]] | None = None
) -> dict[tuple[int, int], float]:
    """How much the words in Latin letters and numbers two sections (by `Profile.index`) both write tie them.

    Each word both write ties them by 1 / (the sections of the base that write it × those of the other edition): a
    word that one section of each edition writes and no other (`nativeMessaging`, `Ctrl`, 「26 个随机字符」 and
    "26 random characters") by 1, a word three sections of each write by 1/9; words written more widely not at all.

    `explained_by` (pairs, base → (other, score)): a word ties no two sections when either one's own partner writes it
    too: it is that pair's word.  A section without a counterpart whose words a paired section of the other edition
    writes may hold that section's content under another heading (`_anchored`); not when they are its partner's words
    too (an English "Remote feature configuration" the translation lacks shares `api`, `json`, `https` with
    「3.2 匿名遥测」 only as "3.2 Anonymous telemetry" does: eval/editions43 imageharvest, u43c).
    """
    to_other = {b: o for b, (o, _) in (explained_by or {}).items()}
    to_base = {o: b for b, o in to_other.items()}
    by_base = {p.index: p for p in base}
    by_other = {q.index: q for q in other}

    def where(profiles: list[Profile]) -> dict[str, list[int]]:
        seen: dict[str, list[int]] = {}
        for p in profiles:
            for word in p.names:
                seen.setdefault(word, []).append(p.index)
        return seen

    in_base, in_other = where(base), where(other)
    out: dict[tuple[int, int], float] = {}
    for word, bs in in_base.items():
        os_ = in_other.get(word)
        if not os_ or len(bs) * len(os_) > ANCHOR_SPREAD:
            continue
        weight = 1 / (len(bs) * len(os_))
        for b in bs:
            for o in os_:
                if (b in to_other and word in by_other[to_other[b]].names) or (o in to_base and word in by_base[to_base[o]].names):
                    continue  # the word of a section's own pair
                out[b, o] = out.get((b, o), 0.0) + weight
    return out


def anchor_pairs(base: list[Profile], other: list[Profile], tied: dict[tuple[int, int], float] | None = None) -> dict[int, int]:
    """Sections (by `Profile.index`) that are one section wherever each stands: base → other.

    The sections are paired one to one by their `word_ties`, the strongest first; a pair is anchored when its tie is
    ANCHOR_TIE or more and every other way of pairing its two sections (with a section left over, or swapping
    partners with another pair) loses ANCHOR_GAIN of ties or more.  A section whose words spread over two
    counterparts (a translator moved a sentence) anchors nothing.
    """
    ties = word_ties(base, other) if tied is None else tied
    partner: dict[int, int] = {}
    taken: set[int] = set()
    for (b, o), _ in sorted(ties.items(), key=lambda item: (-item[1], item[0])):
        if b not in partner and o not in taken:
            partner[b] = o
            taken.add(o)
    rows: dict[int, list[tuple[int, float]]] = {}
    cols: dict[int, list[tuple[int, float]]] = {}
    for (b, o), tie in ties.items():
        rows.setdefault(b, []).append((o, tie))
        cols.setdefault(o, []).append((b, tie))
    owner = {o: b for b, o in partner.items()}
    out = {}
    for b, o in partner.items():
        tie = ties[b, o]
        if tie < ANCHOR_TIE:
            continue
        losses = []
        for o2, tie2 in rows[b]:
            if o2 != o:  # b with o2: o left over, or o2's own partner swapped onto o
                b2 = owner.get(o2)
                losses.append(tie - tie2 + (ties[b2, o2] - ties.get((b2, o), 0.0) if b2 is not None else 0.0))
        for b2, tie2 in cols[o]:
            if b2 != b:
                o2 = partner.get(b2)
                losses.append(tie - tie2 + (ties[b2, o2] - ties.get((b, o2), 0.0) if o2 is not None else 0.0))
        if all(loss >= ANCHOR_GAIN for loss in losses):
            out[b] = o
    return out


def _anchored(base: list[Profile], other: list[Profile], plain: Alignment) -> Alignment | None:
    """The alignment around the anchored pairs (`anchor_pairs`), when `plain` contradicts one of them; else None.

    The other edition is read with its anchored sections (each with the sections under it) at their counterparts'
    places (`_readings`), the anchored pairs held, and the rest aligned around them as before (`_align`); a reading is
    kept only when every anchored pair is in it and it leaves no more sections without a counterpart than the plain
    alignment did (of two, the one with fewer).  An anchored pair is held only when its sections are plausible
    counterparts without their positions too (`free_score` of PLAUSIBLE or more) whose titles name no different
    topics.  A section it leaves
    without a counterpart whose words another section of the other edition writes (tied by ANCHOR_TIE or more) is
    unsure: its content may be there, under another heading (eval/dev24c hodor's 「最近更新时间：2021-8-35」, a
    heading in Chinese, a line of the last section in English).
    """
    tied = word_ties(base, other)
    by_base = {p.index: p for p in base}
    by_other = {q.index: q for q in other}
    # the words alone anchor no weak look-alike: the two sections must also read as plausible counterparts wherever
    # each stands, and their titles must not name different topics (one sentence a translator moved, 「Star Map
    # 展示您的日记」 under 「蓝牙权限」 against "Entries shown on the Star Map…" under "Data Retention", ties two words)
    anchors = {
        b: o
        for b, o in anchor_pairs(base, other, tied).items()
        if free_score(by_base[b], by_other[o]) >= PLAUSIBLE and not _titles_differ(by_base[b], by_other[o])
    }
    if not anchors or all(plain.pairs.get(b, (-1, 0.0))[0] == o for b, o in anchors.items()):
        return None
    best: Alignment | None = None
    for moved in _readings(base, other, plain, anchors):
        result = _align(base, moved, held=anchors)
        if any(result.pairs.get(b, (-1, 0.0))[0] != o for b, o in anchors.items()) or not result.reliable:
            continue
        gaps = len(result.missing) + len(result.extra)
        if gaps <= len(plain.missing) + len(plain.extra) and (best is None or gaps < len(best.missing) + len(best.extra)):
            best = result
    if best is None:
        return None
    result = best
    unexplained = word_ties(base, other, explained_by=result.pairs)
    written_base = {b for (b, _), tie in unexplained.items() if tie >= ANCHOR_TIE}
    written_other = {o for (_, o), tie in unexplained.items() if tie >= ANCHOR_TIE}
    missing = {b: min(c, 0.4) if b in written_base else c for b, c in result.missing.items()}
    extra = {o: min(c, 0.4) if o in written_other else c for o, c in result.extra.items()}
    return Alignment(result.pairs, missing, extra)


def _titles_differ(a: Profile, b: Profile) -> bool:
    """Do both titles name policy topics, none of them the same?"""
    return bool(a.title_topics and b.title_topics and not a.title_topics & b.title_topics)


def _readings(base: list[Profile], other: list[Profile], plain: Alignment, anchors: dict[int, int]) -> list[list[Profile]]:
    """Two readings of the other edition with its anchored sections moved to their counterparts' places.

    Each section of the other edition goes with the sections under it.  First, every anchored section at its base
    partner's rank and every other section right after the one it follows (the other edition's order between two
    anchors kept: a shifted outline); second, only the anchored sections the plain alignment contradicts moved, each
    just before the section the plain alignment gave its partner (eval/editions38 pairnest: "Authentication" read
    second, where the plain alignment put "External data processing" against 「配对、Session 与恢复」).
    """
    rank = {p.index: k for k, p in enumerate(base)}
    by_other = {o: b for b, o in anchors.items()}
    groups: list[list[Profile]] = []
    for q in other:
        if groups and q.index not in by_other and q.level > groups[-1][0].level:
            groups[-1].append(q)
        else:
            groups.append([q])
    key, last = [], -1.0
    for group in groups:
        head = group[0].index
        last = float(rank[by_other[head]]) if head in by_other else last + 1e-3
        key.append(last)
    order = sorted(range(len(groups)), key=lambda g: (key[g], g))
    out = [_repositioned([q for g in order for q in groups[g]])]
    target = {o: plain.pairs[b][0] for b, o in anchors.items() if b in plain.pairs and plain.pairs[b][0] != o}
    if target:
        blocks: list[list[Profile]] = []
        for k, q in enumerate(other):
            if q.index in target:
                end = next((e for e in range(k + 1, len(other)) if other[e].level <= q.level), len(other))
                blocks.append(other[k:end])
        moving = {q.index for block in blocks for q in block}
        staying = [q for q in other if q.index not in moving]
        for block in sorted(blocks, key=lambda b: rank[by_other[b[0].index]]):
            place = next((k for k, q in enumerate(staying) if q.index == target[block[0].index]), None)
            if place is None:
                return out  # the section it should precede moves too
            staying[place:place] = block
        out.append(_repositioned(staying))
    return out


# An anchored pair's score in the alignment: above every unanchored pair's pull.
HELD_SCORE = 0.9
