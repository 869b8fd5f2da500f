"""The monotone alignment of two outlines (`_align`: Needleman-Wunsch in a band, `monotone_steps`), the pairs that
clear the threshold, a heading split or merged, a section absorbed, a plausible partner elsewhere, and the confidence
of an unpaired gap.
"""

from __future__ import annotations

import bisect
import itertools
import operator
from array import array
from collections.abc import Sequence

from policylens.compare.align.section_profiles import THRESHOLD, Alignment, Profile, free_score, score


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


# An anchored pair's score in the alignment: above every unanchored pair's pull.
HELD_SCORE = 0.9
