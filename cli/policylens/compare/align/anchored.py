"""Order-free pairs where the evidence is strong (u38c): sections that share words in Latin letters or numbers no other
section writes (`word_ties`, `anchor_pairs`), and the outlines aligned again around those anchors (`_anchored`), a
moved section read at its counterpart's place.
"""

from __future__ import annotations

from policylens.compare.align.chapters import _repositioned
from policylens.compare.align.monotone import PLAUSIBLE, _align
from policylens.compare.align.section_profiles import ANCHOR_SPREAD, Alignment, Profile, _titles_differ, free_score

# An anchored pair's tie (`anchor_pairs`) is at least this strong, and beats every other way of pairing either of its
# sections by this much.
ANCHOR_TIE = 1.0
ANCHOR_GAIN = 1.0


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
