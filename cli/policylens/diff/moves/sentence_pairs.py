"""A deleted and an inserted paragraph that keep whole sentences of each other (`_kept_pairs`: at least
`KEPT_SENTENCES` of the shorter, each the only paragraph on its side sharing a sentence with the other): one paragraph
moved and edited; and the shortest text a move is read for (`MOVE_MIN_CHARS`).
"""

from __future__ import annotations

from policylens.diff.redline import sentences
from policylens.model import SectionDiff
from policylens.patterns import SENTENCE_MARKS

# A deleted and an inserted paragraph shorter than this (characters of key) are not taken
# for a move: short lines (「無。」, a date, 「請聯絡我們。」) recur in unrelated sections, and
# deleting one here while adding one there is a change in each.
MOVE_MIN_CHARS = 10
# A deleted paragraph and an inserted one in another section at least this similar
# (rapidfuzz ratio of keys) are one paragraph moved and edited: `tail.EDITED_SIMILARITY` (0.8), kept there for the
# document's tail too.
# A deleted paragraph of a removed section and an inserted paragraph of another section (mirrored: an inserted one of
# an added section and a deleted one elsewhere) whose whole sentences in common make at least this share of the shorter
# one are one paragraph moved and edited too, below `EDITED_SIMILARITY`: a section merged into another whose paragraph
# kept its sentences and gained others around them (`_kept_sentences`).  A sentence in common counts from
# `MOVE_MIN_CHARS` characters of key (「如有疑问，请联系我们。」 alone recurs in unrelated sections, and stays short of the share).
KEPT_SENTENCES = 0.5
# Moved-and-edited pairs are looked for only while deleted × inserted paragraphs stay
# below this (each pair costs one ratio); a rewrite of a whole 1 MB policy skips it.
MAX_EDITED_PAIRS = 200_000


def _sentence_set(key: str) -> set[str]:
    """The sentences of a comparison key (`redline.sentences`) of at least `MOVE_MIN_CHARS` characters, end marks and
    spaces trimmed."""
    trim = f"{SENTENCE_MARKS}. \t"
    return {t for t in (part.strip(trim) for part in sentences(key)) if len(t) >= MOVE_MIN_CHARS}


def _kept_pairs(
    sections: list[SectionDiff],
    deleted: list[tuple[int, int, str, int]],
    inserted: list[tuple[int, int, str, int]],
    taken: set[tuple[int, int]],
) -> list[tuple[int, int, int, int]]:
    """(section, change) of a deleted and of an inserted paragraph that are one paragraph moved and edited by the
    sentences they keep (`KEPT_SENTENCES`), after every other pairing: in different sections, one of them one-sided
    (a removed section's, or an added one's), both one line, and each the only paragraph left on its side that shares
    a sentence with the other (a paragraph holding the sentences of two is a join with edits, left as it reads)."""
    rest = [d for d in deleted if (d[0], d[1]) not in taken]
    left = [i for i in inserted if (i[0], i[1]) not in taken]
    if not rest or not left or len(rest) * len(left) > MAX_EDITED_PAIRS:
        return []
    holders: dict[str, tuple[set[int], set[int]]] = {}
    for n, d in enumerate(rest):
        for t in _sentence_set(d[2]):
            holders.setdefault(t, (set(), set()))[0].add(n)
    for n, i in enumerate(left):
        for t in _sentence_set(i[2]):
            if t in holders:
                holders[t][1].add(n)
    partners_d: dict[int, set[int]] = {}
    partners_i: dict[int, set[int]] = {}
    for dels, inss in holders.values():
        for a in dels:
            partners_d.setdefault(a, set()).update(inss)
        for b in inss:
            partners_i.setdefault(b, set()).update(dels)
    out: list[tuple[int, int, int, int]] = []
    for a, found in sorted(partners_d.items()):
        if len(found) != 1:
            continue
        (b,) = found
        (k, c_idx, key, _), (tk, tc, tkey, _) = rest[a], left[b]
        if tk == k or partners_i.get(b) != {a}:
            continue
        if sections[k].status != "removed" and sections[tk].status != "added":
            continue
        if _one_line(sections, k, c_idx, tk, tc) and _kept_sentences(key, tkey) >= KEPT_SENTENCES:
            out.append((k, c_idx, tk, tc))
    return out


def _one_line(sections: list[SectionDiff], k: int, c_idx: int, tk: int, tc: int) -> bool:
    """Both paragraphs are one line: a paragraph of several lines (a list flattened into it, sub-sections joined) is
    left to the joins below, which read it piece by piece."""
    return "\n" not in (sections[k].changes[c_idx].old_text or "") + (sections[tk].changes[tc].new_text or "")


def _kept_sentences(a: str, b: str) -> float:
    """The share of the shorter key made of whole sentences the two keys have in common (0 when none)."""
    shorter = min(len(a), len(b))
    if not shorter:
        return 0.0
    common = _sentence_set(a) & _sentence_set(b)
    return min(1.0, sum(len(t) for t in common) / shorter)
