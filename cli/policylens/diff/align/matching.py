"""Which old section became which new one (`match_sections`): the rounds of section alignment, strongest evidence
first (anchors, the same title and body, the same title, then similarity within a window), with edited twins.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping, Sequence

from policylens.diff.align.gaps import _gap_pairs
from policylens.diff.align.scoring import (
    BODY_WITH_TITLE,
    KEPT_SIZE,
    SectionKeys,
    _common_chars,
    _kept,
    _ratio,
    _sentence_counts,
    _subtree_bodies,
    _unique_anchors,
    _WordCodes,
    section_keys,
)
from policylens.diff.dated import dated_pairs
from policylens.diff.twins import first_side, pair_by_outline, parent_indexes, retake_copies, settle_twins
from policylens.model import Section

# Beyond SCORE_ALL_PAIRS candidate pairs in round 4, a new section is scored only against
# old sections within WINDOW places of its expected position (or sharing a paragraph):
# sections rarely move further in a revision, and scoring every pair is quadratic.
SCORE_ALL_PAIRS = 40_000
WINDOW = 60
# At most this many pairs are scored in round 4 (a few seconds); with more unpaired
# sections than that allows, the window narrows to MAX_SCORED_PAIRS / (2 × sections), but
# not below MIN_WINDOW, and the report says so.
MAX_SCORED_PAIRS = 300_000
MIN_WINDOW = 3
# Body similarity that pairs two sections whatever their titles: half of the text kept.
BODY_MIN = 0.5
# A similar title (≥ TITLE_CLOSE) lowers the body bar to BODY_WITH_TITLE: a section
# renamed slightly and rewritten by two thirds is still the same section.
TITLE_CLOSE = 0.85
# Two untitled blocks (text before any heading) pair on a weaker body match.
BODY_UNTITLED = 0.2
# Share of the smaller body kept in the larger one (longest common subsequence of their
# keys): a section renamed and rewritten that keeps this much of its text is the same
# section (qiushui 九、变更 → 八、通知和修订 keeps 76%).  Unrelated sections of one policy
# share common words and reach about 0.55 on the corpus pairs; 0.7 stays clear of that.
KEPT_MIN = 0.7
# Weights of body and title similarity when ranking candidate pairs: the body is the
# content, the title mostly a label that revisions reword.
BODY_WEIGHT, TITLE_WEIGHT = 0.7, 0.3
# Paragraph keys shorter than this are not used to find candidate pairs in large
# documents: short lines (「無。」, a date) repeat across unrelated sections.
SHARED_MIN_CHARS = 8
# Round 4 compares bodies character by character (rapidfuzz ratio, word LCS) while the
# estimated product of the characters to compare stays below this (about a second on this
# machine: some 6e9 per second); above it, bodies over COARSE_MIN_CHARS together are
# compared by the sentences they share, whose cost is linear.  200 rewritten sections a
# side (1,100 characters each) took 17 s character by character.  Every corpus pair stays
# far below the budget.
EXACT_SCORING_CELLS = 5_000_000_000
COARSE_MIN_CHARS = 400
# A paragraph shared by more sections than this (a boilerplate line) is no evidence of
# which section is which.
SHARED_MAX = 20


def match_sections(
    old: tuple[Section, ...],
    new: tuple[Section, ...],
    *,
    cross_script: bool,
    strict: bool,
    scripts: tuple[str | None, str | None] = (None, None),
    anchors: tuple[Mapping[str, str], Mapping[str, str]] | None = None,
    notes: set[str] | None = None,
    keys: SectionKeys | None = None,
) -> tuple[dict[int, int], dict[tuple[int, int], float]]:
    """new index → old index for matched sections, and the body similarity of each pair.

    `anchors`: section id → anchor for each side (`anchors.section_anchors`), if known.
    `notes` gets "sections" when the similarity round had to narrow its window.
    `keys`: the sections' keys if the caller has them (`section_keys`)."""
    if keys is None:
        keys = section_keys(old, new, cross_script=cross_script, strict=strict, scripts=scripts)
    ot, nt, op, np_ = keys
    ob = ["\n".join(k) for k in op]
    nb = ["\n".join(k) for k in np_]
    pairs: dict[int, int] = {}
    sims: dict[tuple[int, int], float] = {}
    used: set[int] = set()

    def pair(i: int, j: int, sim: float) -> None:
        pairs[j] = i
        used.add(i)
        sims[(i, j)] = sim

    # 1. preamble ↔ preamble
    if old and new and old[0].title is None and new[0].title is None:
        pair(0, 0, _ratio(ob[0], nb[0]))
    # 1b. a shared anchor, unique on both sides
    if anchors:
        old_ids = _unique_anchors(old, anchors[0])
        new_ids = _unique_anchors(new, anchors[1])
        for anchor, j in new_ids.items():
            i = old_ids.get(anchor)
            if i is not None and i not in used and j not in pairs:
                pair(i, j, _ratio(ob[i], nb[j]))
    # 2. same title and body
    exact: dict[tuple[str, str], list[int]] = {}
    for i in range(len(old)):
        if i not in used:
            exact.setdefault((ot[i], ob[i]), []).append(i)
    for j in range(len(new)):
        if j in pairs:
            continue
        candidates = exact.get((nt[j], nb[j]))
        if candidates:
            pair(candidates.pop(0), j, 1.0)
    # 3. same title once numbering is stripped
    by_title_old: dict[str, list[int]] = {}
    by_title_new: dict[str, list[int]] = {}
    for i in range(len(old)):
        if i not in used and ot[i]:
            by_title_old.setdefault(ot[i], []).append(i)
    for j in range(len(new)):
        if j not in pairs and nt[j]:
            by_title_new.setdefault(nt[j], []).append(j)
    parents = (parent_indexes(old), parent_indexes(new))
    paired = True
    while paired:  # again while a pass pairs: a parent paired late lets its children pair under it
        paired = False
        for title, js in by_title_new.items():
            # a repeated title (收集的資料 under each SDK) pairs under its parent's partner first
            olds = [i for i in by_title_old.get(title, []) if i not in used]
            for i, j in pair_by_outline(olds, [j for j in js if j not in pairs], pairs, parents):
                pair(i, j, _ratio(ob[i], nb[j]))
                paired = True
    # 3b. (u49x2) a section titled by a date field alone whose date changed (「更新日期：2024年…」 → 「更新日期：2025年…」)
    for i, j in dated_pairs(ot, nt, [i for i in range(len(old)) if i not in used], [j for j in range(len(new)) if j not in pairs]):
        pair(i, j, _ratio(ob[i], nb[j]))
    # 4. similarity
    oe = _subtree_bodies(old, ob)
    ne = _subtree_bodies(new, nb)
    rest_old = [i for i in range(len(old)) if i not in used]
    rest_new = [j for j in range(len(new)) if j not in pairs]
    big = len(rest_old) * len(rest_new) > SCORE_ALL_PAIRS
    sharing: dict[str, set[int]] = {}
    if big:
        for i in rest_old:
            for key in op[i]:
                if len(key) > SHARED_MIN_CHARS:
                    sharing.setdefault(key, set()).add(i)
    per_new = min(len(rest_old), 2 * WINDOW + 1) if big else len(rest_old)
    average_old = sum(len(oe[i]) for i in rest_old) / max(1, len(rest_old))
    exact_scoring = sum(len(ne[j]) for j in rest_new) * average_old * per_new <= EXACT_SCORING_CELLS
    words: dict[tuple[int, int], Sequence[str]] = {}
    counts: dict[tuple[int, int], dict[str, int]] = {}
    word_codes = _WordCodes()

    def words_of(side: int, k: int, text: str) -> Sequence[str]:
        if (side, k) not in words:
            words[(side, k)] = word_codes(text)
        return words[(side, k)]

    def counts_of(side: int, k: int, text: str) -> dict[str, int]:
        if (side, k) not in counts:
            counts[(side, k)] = _sentence_counts(text)
        return counts[(side, k)]

    def similarity(i: int, j: int) -> tuple[float, float]:
        """(body, kept) of old section i and new section j."""
        if not oe[i] and not ne[j]:
            return 0.0, 0.0  # two empty parents: the title must decide
        if exact_scoring or len(oe[i]) + len(ne[j]) <= COARSE_MIN_CHARS:
            body = _ratio(oe[i], ne[j])
            return body, _kept(ob[i], nb[j], words_of(0, i, ob[i]), words_of(1, j, nb[j]))
        common = _common_chars(counts_of(0, i, oe[i]), counts_of(1, j, ne[j]))
        small, large = sorted((len(oe[i]), len(ne[j])))
        kept = common / small if small and small >= KEPT_SIZE * large else 0.0
        return 2 * common / (small + large), kept

    window = WINDOW
    if big and len(rest_new) * (2 * WINDOW + 1) > MAX_SCORED_PAIRS:
        window = max(MIN_WINDOW, MAX_SCORED_PAIRS // (2 * len(rest_new)))
        if notes is not None:
            notes.add("sections")
    scored: list[tuple[float, float, int, int]] = []
    for j in rest_new:
        expected = j * len(old) / max(1, len(new))
        if big:
            lo = bisect_left(rest_old, expected - window)
            hi = bisect_left(rest_old, expected + window + 1)
            near = set(rest_old[lo:hi])
            for key in np_[j]:
                found = sharing.get(key, set())
                if len(found) <= SHARED_MAX:
                    near |= found
            candidates = sorted(near)
        else:
            candidates = rest_old
        for i in candidates:
            title_score = _ratio(ot[i], nt[j]) if (ot[i] or nt[j]) else 1.0
            body, kept = similarity(i, j)
            untitled = old[i].title is None and new[j].title is None
            if (
                body >= BODY_MIN
                or kept >= KEPT_MIN
                or (title_score >= TITLE_CLOSE and body >= BODY_WITH_TITLE)
                or (title_score == 1.0 and ot[i])
                or (untitled and body >= BODY_UNTITLED)
            ):
                scored.append((BODY_WEIGHT * max(body, kept) + TITLE_WEIGHT * title_score, body, i, j))
    scored.sort(key=lambda t: (-t[0], t[3], t[2]))
    for _, body, i, j in scored:
        if i in used or j in pairs:
            continue
        pair(i, j, body)
    # 5. sections left in the same place: between the same two paired neighbours
    for i, j, body in _gap_pairs(old, new, pairs, (oe, ne), (ob, nb)):
        pair(i, j, body)
    # equal sections (one sub-heading repeated under several parents) pair by their place
    twin_keys = (list(zip(ot, ob, strict=True)), list(zip(nt, nb, strict=True)))
    pairs, sims = settle_twins(pairs, sims, (old, new), twin_keys)
    return _edited_twins(pairs, sims, parents, (ot, nt), (ob, nb), first_side((old, new), twin_keys, parents))


def _edited_twins(
    pairs: dict[int, int],
    sims: dict[tuple[int, int], float],
    parents: tuple[list[int], list[int]],
    titles: tuple[Sequence[str], Sequence[str]],
    bodies: tuple[Sequence[str], Sequence[str]],
    first: int,
) -> tuple[dict[int, int], dict[tuple[int, int], float]]:
    """An edited copy of a repeated section pairs under its parent's partner, not with an equal copy elsewhere.

    Three products each with 「说明」 (the same sentence); a new product is added above them with
    its own 「说明」, and the third product's 「说明」 is edited: the equal-text round pairs the third
    old 「说明」 with the new product's, and the edited one is left "added".  Here an unpaired
    section under a paired parent takes the section of its title under that parent's partner,
    when that one is paired with an equal copy under another parent; the copy becomes unpaired.  Done from one side, then
    from the other: the sections of the side `first` (`twins.first_side`, which does not depend on
    which side is old) take their partners last, so that old → new and new → old mirror each other.
    """
    (ot, nt), (ob, nb) = titles, bodies

    if first == 0:  # the new side's unpaired sections, then the old side's
        by_new = retake_copies(dict(pairs), parents[1], parents[0], (nt, ot), (nb, ob))
        by_old = retake_copies({i: j for j, i in by_new.items()}, parents[0], parents[1], (ot, nt), (ob, nb))
    else:
        by_old = retake_copies({i: j for j, i in pairs.items()}, parents[0], parents[1], (ot, nt), (ob, nb))
        by_new = retake_copies({j: i for i, j in by_old.items()}, parents[1], parents[0], (nt, ot), (nb, ob))
        by_old = {i: j for j, i in by_new.items()}
    out = {j: i for i, j in by_old.items()}
    return out, {(i, j): sims[(i, j)] if (i, j) in sims else _ratio(ob[i], nb[j]) for j, i in out.items()}
