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

from policylens.compare.align.anchored import _anchored as _anchored
from policylens.compare.align.anchored import anchor_pairs as anchor_pairs
from policylens.compare.align.chapters import ALL_PAIRS as ALL_PAIRS
from policylens.compare.align.chapters import BLOCK_LEFTOVER as BLOCK_LEFTOVER
from policylens.compare.align.chapters import CHAPTER_BAND as CHAPTER_BAND
from policylens.compare.align.chapters import _block_score as _block_score
from policylens.compare.align.chapters import _blocks as _blocks
from policylens.compare.align.chapters import _Chapter as _Chapter
from policylens.compare.align.chapters import _chapter as _chapter
from policylens.compare.align.chapters import _chapter_score as _chapter_score
from policylens.compare.align.chapters import _ChapterScores as _ChapterScores
from policylens.compare.align.chapters import _reordered as _reordered
from policylens.compare.align.chapters import _repositioned
from policylens.compare.align.monotone import GAP_SHARE as GAP_SHARE
from policylens.compare.align.monotone import UNSURE as UNSURE
from policylens.compare.align.monotone import _absorbed as _absorbed
from policylens.compare.align.monotone import _align as _align
from policylens.compare.align.monotone import _elsewhere
from policylens.compare.align.monotone import monotone_steps as monotone_steps
from policylens.compare.align.section_profiles import THRESHOLD as THRESHOLD
from policylens.compare.align.section_profiles import Alignment, _titles_differ, free_score
from policylens.compare.align.section_profiles import Profile as Profile
from policylens.compare.align.section_profiles import anchor_words as anchor_words
from policylens.compare.align.section_profiles import profiles as profiles
from policylens.compare.align.section_profiles import score as score
from policylens.compare.numbered import held_by_number


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
    return Alignment(rest.pairs, dict(sorted(missing.items())), dict(sorted(extra.items())), set_aside=True)


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
