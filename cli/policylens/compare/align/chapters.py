"""Chapters (a top-level section with its subtree, `_blocks`) scored against each other (`_ChapterScores`: every pair
for small outlines, candidate pairs past `ALL_PAIRS`), their best partners, and the chapters an edition reordered.
"""

from __future__ import annotations

import functools
from typing import NamedTuple

from policylens.compare.align.section_profiles import ANCHOR_SPREAD, Profile, _jaccard

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
