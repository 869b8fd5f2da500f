"""Sequence alignment that stays near-linear on large inputs (paragraph keys, word tokens).

`opcodes(a, b)` returns difflib-style `(tag, i1, i2, j1, j2)` tuples.  difflib's
`SequenceMatcher` with `autojunk=False` is quadratic: two 10,000-paragraph documents
with half the paragraphs edited took minutes.  Like patience diff, we

1. trim the common prefix and suffix;
2. anchor on items that occur exactly once on each side, keeping the longest run of
   anchors that is in order on both sides (longest increasing subsequence);
3. align the gaps between anchors the same way, and hand a gap to `SequenceMatcher`
   only once it is small (`EXACT_CELLS`).

A gap that is still large and has no unique item to anchor on (40 KB of repetitive
text) is walked along its diagonal (`_diagonal`), and so is every gap once the anchoring has read
`WORK_PER_ITEM` items per item (an input whose gaps yield one anchor a level was quadratic);
`Alignment.fallback` is then True so the caller can say that the alignment was coarse there.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Hashable, Sequence
from difflib import SequenceMatcher
from typing import NamedTuple

# SequenceMatcher is exact and cheap while len(a) * len(b) stays below this: ~60 ms for
# word tokens on this machine.  Above it, its cost grows with the product.
EXACT_CELLS = 250_000
# Gaps up to this many cells are matched both ways and the reading kept does not depend on the direction (`_exact`):
# 100 paragraphs against 100, or a short sentence's words; a SequenceMatcher of that size takes about a millisecond.
MIRROR_CELLS = 10_000
# `longest_increasing` weighs ranks as powers of two up to this many pairs (exact), as themselves above.
EXACT_RANKS = 1024
# How far ahead the diagonal walk looks to resynchronise after a difference.
RESYNC = 8
# Items the anchoring may visit, per item of both sides: each level of gaps reads its gaps whole, and an
# input whose gaps yield one anchor at a time (「t1 t2 t1 t3 t2 t4 t3 …」) went n levels deep, quadratic.
# Past the budget a gap is walked along its diagonal (coarse, flagged), so the whole stays linear.
WORK_PER_ITEM = 16


class Alignment(NamedTuple):
    """difflib opcodes plus whether some large gap was left coarse."""

    opcodes: list[tuple[str, int, int, int, int]]
    fallback: bool


def longest_increasing(
    pairs: list[tuple[int, int]], weight: Callable[[int, int], int] | None = None, rank: Callable[[int, int], int] | None = None
) -> list[tuple[int, int]]:
    """The longest run of (i, j) pairs (sorted by j) whose i and j both increase.

    Runs of the same length are told apart by what does not depend on which side is old,
    so that the same pairs are kept whichever way two documents are compared (the mirror
    property): first the heaviest (the sum of `weight(i, j)`, a non-negative size; none:
    every pair weighs the same), then the one nearest the diagonal (the least sum of
    |i - j|: the pairs that moved least stay put), then the earliest (the least sum of
    i + j), then, when `rank` is given, the least sum of the pairs' ranks (a non-negative
    number that must not depend on which side is old: `align.in_place` ranks a pair by its
    two sections' texts, so of two sections of one size that swapped places the same one
    is `moved` both ways; forty-second session), and only then a fixed order (the earlier
    pair in `pairs`), which the mirror image of a run can tie with.  Before the thirteenth session the later j always won a
    tie, so the section kept in place, and with it which sections were `moved` and which
    gaps paired (`align`), changed with the direction.  Several pairs may share an i or a j
    (candidate partners); a run holds at most one of them.

    One pass in j order with a Fenwick tree of the best run ending below each i; the
    criteria are packed into one integer per pair, so that a run's score is the sum of its
    pairs' scores.  O(n log n)."""
    n = len(pairs)
    if not n:
        return []
    weights = [weight(i, j) for i, j in pairs] if weight is not None else [0] * n
    # each criterion's unit is above the total of every criterion after it, so that the
    # sum of the pairs' scores compares runs criterion by criterion
    early = sum(i + j for i, j in pairs) + 1
    near = (sum(abs(i - j) for i, j in pairs) + 1) * early
    heavy = (sum(weights) + 1) * near
    # a rank r weighs 2**r, so that no two sets of pairs weigh the same (a plain sum of ranks tied: 0 + 3 = 1 + 2 for
    # four sections of one size swapped two by two); past `EXACT_RANKS` pairs the plain rank, to keep the numbers small
    ranks_of = [(1 << r if n <= EXACT_RANKS else r) for r in (rank(i, j) for i, j in pairs)] if rank is not None else [0] * n
    low = sum(ranks_of) + 1
    score = [(heavy + w * near - abs(i - j) * early - (i + j)) * low - r for w, (i, j), r in zip(weights, pairs, ranks_of, strict=True)]
    ranks = sorted({i for i, _ in pairs})
    size = len(ranks)
    tree_score = [0] * (size + 1)
    tree_at = [-1] * (size + 1)
    best = [0] * n
    prev = [-1] * n
    for k, (i, j) in enumerate(pairs):
        pos = bisect_left(ranks, i)  # runs ending at ranks 1..pos have a smaller i
        top, at = 0, -1
        p = pos
        while p > 0:
            s, a = tree_score[p], tree_at[p]
            if a != -1 and (s > top or (s == top and a < at)):
                top, at = s, a
            p -= p & -p
        best[k] = top + score[k]
        prev[k] = at
        if k + 1 < n and pairs[k + 1][1] == j:
            continue  # pairs of one j never extend each other: enter them once all are scored
        first = k
        while first and pairs[first - 1][1] == j:
            first -= 1
        for m in range(first, k + 1):
            p = bisect_left(ranks, pairs[m][0]) + 1
            while p <= size:
                if best[m] > tree_score[p] or (best[m] == tree_score[p] and (tree_at[p] == -1 or m < tree_at[p])):
                    tree_score[p], tree_at[p] = best[m], m
                p += p & -p
    k = max(range(n), key=lambda x: (best[x], -x))
    out: list[tuple[int, int]] = []
    while k != -1:
        out.append(pairs[k])
        k = prev[k]
    out.reverse()
    return out


def _diagonal(a: Sequence[Hashable], b: Sequence[Hashable], a1: int, a2: int, b1: int, b2: int) -> list[tuple[int, int, int]]:
    """Matching items found by walking both ranges in step (see `opcodes`)."""
    out: list[tuple[int, int, int]] = []
    i, j = a1, b1
    while i < a2 and j < b2:
        if a[i] == b[j]:
            out.append((i, j, 1))
            i += 1
            j += 1
            continue
        step = (1, 1)  # nothing found nearby: read it as a substitution
        for d in range(1, RESYNC + 1):
            if i + d < a2 and j + d < b2 and a[i + d] == b[j + d]:
                step = (d, d)  # a substitution of d items
                break
            deleted = _run(a, b, i + d, a2, j, b2) if i + d < a2 else 0  # d items deleted, then this many equal
            inserted = _run(a, b, i, a2, j + d, b2) if j + d < b2 else 0  # d items inserted, then this many equal
            if deleted or inserted:
                # the longer resynchronisation wins; a tie (「x y」 against 「y x」) is a substitution, so that
                # diff(a, b) and diff(b, a) keep the same items (deletion first kept x one way and y the other)
                step = (d, 0) if deleted > inserted else (0, d) if inserted > deleted else (d, d)
                break
        i += step[0]
        j += step[1]
    return out


def _matching(a: Sequence[Hashable], b: Sequence[Hashable]) -> list[tuple[int, int, int]]:
    """difflib's matching blocks of `a` against `b`, without the closing empty block."""
    return [m for m in SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks() if m[2]]


def _exact(a: Sequence[Hashable], b: Sequence[Hashable]) -> list[tuple[int, int, int]]:
    """The matching blocks of a small gap, chosen the same whichever side is `a`.

    `SequenceMatcher` takes the leftmost of equally long blocks in `a`, so with 「x y」 against 「z y x」 it keeps x one
    way and y the other: inside a section pair, a paragraph equal to one on the other side was kept one way and
    replaced the other, and a section was `modified` one way and unchanged the other (forty-second session, the mirror
    property; `tests/test_u42d_diff.py`).  Up to `MIRROR_CELLS` the gap is matched both ways, and the reading kept is
    the one with more items matched, then nearer the diagonal (the least sum of |i - j|), then the earlier (the least
    sum of i + j), then the one whose matched items, read in order, come first by their values (`repr`): none of which
    depends on which side is old (「x y x」 against 「y x y」: 「x y」 is kept both ways, not 「x y」 one way and 「y x」 the
    other).  Larger gaps keep difflib's one reading.  Only paragraphs are aligned so (`opcodes(mirror=True)`): the words
    of a redline keep difflib's reading, which keeps longer runs together (「{+不监测+}睡眠[-监测-]数据」, not
    「[-睡眠-]{+不+}监测{+睡眠+}数据」: 25 older pairs' redlines got choppier when words were aligned both ways too)."""
    forward = _matching(a, b)
    if len(a) * len(b) > MIRROR_CELLS:
        return forward
    backward = [(j, i, n) for i, j, n in _matching(b, a)]
    backward.sort()
    if backward == forward:
        return forward

    def score(blocks: list[tuple[int, int, int]]) -> tuple[int, int, int, list[str]]:
        items = [(i + k, j + k) for i, j, n in blocks for k in range(n)]
        return (
            -len(items),
            sum(abs(i - j) for i, j in items),
            sum(i + j for i, j in items),
            [repr(a[i]) for i, _ in items],
        )

    return min((forward, backward), key=score)


def _run(a: Sequence[Hashable], b: Sequence[Hashable], i: int, a2: int, j: int, b2: int) -> int:
    """How many items are equal from a[i] and b[j] on, up to RESYNC."""
    n = 0
    while n < RESYNC and i + n < a2 and j + n < b2 and a[i + n] == b[j + n]:
        n += 1
    return n


def opcodes(a: Sequence[Hashable], b: Sequence[Hashable], *, mirror: bool = False) -> Alignment:
    """Align `a` and `b` (see the module docstring); `mirror`: small gaps are matched the same whichever side is `a`
    (`_exact`; the paragraphs of a section pair, whose alignment decides what moved between sections)."""
    blocks: list[tuple[int, int, int]] = []  # matching blocks (i, j, size)
    fallback = False
    stack = [(0, len(a), 0, len(b))]
    budget = WORK_PER_ITEM * (len(a) + len(b))  # items left for the anchoring to read (symmetric in a and b)
    while stack:
        a1, a2, b1, b2 = stack.pop()
        # common prefix and suffix
        while a1 < a2 and b1 < b2 and a[a1] == b[b1]:
            blocks.append((a1, b1, 1))
            a1 += 1
            b1 += 1
        while a1 < a2 and b1 < b2 and a[a2 - 1] == b[b2 - 1]:
            a2 -= 1
            b2 -= 1
            blocks.append((a2, b2, 1))
        if a1 == a2 or b1 == b2:
            continue
        if (a2 - a1) * (b2 - b1) <= EXACT_CELLS:
            blocks += [(a1 + i, b1 + j, n) for i, j, n in (_exact if mirror else _matching)(a[a1:a2], b[b1:b2])]
            continue
        budget -= (a2 - a1) + (b2 - b1)
        if budget < 0:
            fallback = True
            blocks += _diagonal(a, b, a1, a2, b1, b2)
            continue
        count_a: dict[Hashable, int] = {}
        for k in range(a1, a2):
            count_a[a[k]] = count_a.get(a[k], 0) + 1
        count_b: dict[Hashable, int] = {}
        where_b: dict[Hashable, int] = {}
        for k in range(b1, b2):
            count_b[b[k]] = count_b.get(b[k], 0) + 1
            where_b[b[k]] = k
        unique = [(k, where_b[a[k]]) for k in range(a1, a2) if count_a[a[k]] == 1 and count_b.get(a[k]) == 1]
        if not unique:
            # Nothing to anchor on (one side repeats the same items): walk the gap along its
            # diagonal, resynchronising within RESYNC items after a difference.  Linear,
            # and right for repetitive text with scattered edits; coarse otherwise.
            fallback = True
            blocks += _diagonal(a, b, a1, a2, b1, b2)
            continue
        unique.sort(key=lambda p: p[1])
        anchors = longest_increasing(unique)
        pa, pb = a1, b1
        for i, j in anchors:
            stack.append((pa, i, pb, j))
            blocks.append((i, j, 1))
            pa, pb = i + 1, j + 1
        stack.append((pa, a2, pb, b2))
    blocks.sort()
    out: list[tuple[str, int, int, int, int]] = []
    i = j = 0
    for bi, bj, n in blocks:
        if i < bi or j < bj:
            tag = "replace" if i < bi and j < bj else "delete" if i < bi else "insert"
            out.append((tag, i, bi, j, bj))
        if out and out[-1][0] == "equal" and out[-1][2] == bi and out[-1][4] == bj:
            out[-1] = ("equal", out[-1][1], bi + n, out[-1][3], bj + n)
        else:
            out.append(("equal", bi, bi + n, bj, bj + n))
        i, j = bi + n, bj + n
    if i < len(a) or j < len(b):
        tag = "replace" if i < len(a) and j < len(b) else "delete" if i < len(a) else "insert"
        out.append((tag, i, len(a), j, len(b)))
    return Alignment(out, fallback)
