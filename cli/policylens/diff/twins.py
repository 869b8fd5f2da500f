"""Identical sections ("twins") pair by their place in the outline.

A policy often repeats a section word for word: every SDK of a list has a sub-heading
「收集的資料」 with the same sentence, or a long file holds the same policy several
times.  The matching rounds of `align.match_sections` pair such sections by key, which
says nothing about *which* of the equal sections goes with which: an edit to the first
copy was blamed on the third, and the pairs around it were flagged `moved`.

`settle_twins` fixes that after the rounds.  Sections with the same title and body key
on one side are interchangeable: giving a pair another member of the same twin group
changes no text that is compared, only the place it is reported at.  So the partners
are re-chosen within each group, in two steps:

1. **order**: the sequence of one side's groups is aligned (`sequence.opcodes`) with the
   groups of the partners, in the other side's order, so that as many pairs as possible
   stay in order (equal sections pair in their order, copy by copy);
2. **outline**: in document order (a parent before its children), a section whose
   partner is not a child of its parent's partner takes the twin that is, swapping with
   the section that holds it when that one does not fit there either
   (「二、廣告 SDK」's 「收集的資料」 pairs with the old 「二、」's, even when the parents
   were reordered).

A pair that the alignment leaves out keeps its partner, or the nearest free member of
its group.  Both sides are settled, one after the other; nothing happens when no side has
twins.  With twins on both sides the two orders can give different pairs (three empty
「關於我們」 against two empty 「三」), so both are tried and the one with more pairs under
their parents' partners, then more pairs in order, is kept; a tie goes to `first_side`,
a choice that does not depend on which side is old: diff(a, b) and diff(b, a) pair alike
(forty-first session; before, the old side always went first and a CI run of the mirror
property found 1 added, 1 removed, 1 modified one way and 2 added, 1 removed the other).
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence

from policylens.diff.sequence import longest_increasing, opcodes
from policylens.model import Section


def settle_twins(
    pairs: dict[int, int],
    sims: dict[tuple[int, int], float],
    sections: tuple[Sequence[Section], Sequence[Section]],
    keys: tuple[Sequence[Hashable], Sequence[Hashable]],
) -> tuple[dict[int, int], dict[tuple[int, int], float]]:
    """`pairs` (new index → old index) and `sims` (body similarity per pair) with twins
    re-paired by place; `sections` and `keys` (title and body key) are (old, new).

    With twins on both sides the two orders of settling can disagree; the one with more
    pairs under their parents' partners, then more pairs in order, wins, and a tie goes to
    the order `old_first` gives, so that diff(a, b) and diff(b, a) pair alike."""
    parents = (parent_indexes(sections[0]), parent_indexes(sections[1]))
    old_first = _settle_sides(pairs, sims, keys, parents)
    if not (_has_twins(keys[0]) and _has_twins(keys[1])):
        return old_first  # one side's twins at most: the other step changes nothing
    back = {i: j for j, i in pairs.items()}
    flipped, flipped_sims = _settle_sides(back, {(j, i): v for (i, j), v in sims.items()}, (keys[1], keys[0]), (parents[1], parents[0]))
    new_first = {i: j for j, i in flipped.items()}, {(i, j): v for (j, i), v in flipped_sims.items()}
    if old_first[0] != new_first[0]:
        mine, theirs = _placed(old_first[0], parents), _placed(new_first[0], parents)
        if mine != theirs:
            return old_first if mine > theirs else new_first
    # the same pairs may still carry other similarities (those of other twins' pairs)
    return old_first if first_side(sections, keys, parents) == 0 else new_first


def first_side(
    sections: tuple[Sequence[Section], Sequence[Section]],
    keys: tuple[Sequence[Hashable], Sequence[Hashable]],
    parents: tuple[list[int], list[int]],
) -> int:
    """0 or 1: the side whose twins settle first when nothing else decides, the same whichever
    side is old (the one whose keys, then outline, then anchors sort first; 0 for equal sides,
    which pair section by section)."""
    signs = [(list(keys[k]), parents[k], [s.anchor or "" for s in sections[k]]) for k in (0, 1)]
    return 1 if signs[1] < signs[0] else 0


def _has_twins(keys: Sequence[Hashable]) -> bool:
    """Do two sections of one side share a title and body key?"""
    return len(set(keys)) < len(keys)


def _placed(pairs: dict[int, int], parents: tuple[list[int], list[int]]) -> tuple[int, int]:
    """How well `pairs` (new → old) keep the outline and the order, the same read from either side:
    the pairs whose sections' parents are partners (or both top level), then the longest run in order."""
    fits = sum(
        1
        for j, i in pairs.items()
        if (parents[0][i] < 0 and parents[1][j] < 0) or (parents[1][j] >= 0 and pairs.get(parents[1][j], -2) == parents[0][i])
    )
    return fits, len(longest_increasing([(pairs[j], j) for j in sorted(pairs)]))


def _settle_sides(
    pairs: dict[int, int],
    sims: dict[tuple[int, int], float],
    keys: tuple[Sequence[Hashable], Sequence[Hashable]],
    parents: tuple[list[int], list[int]],
) -> tuple[dict[int, int], dict[tuple[int, int], float]]:
    """`settle_twins` in one order: the old side's twins, then the new side's."""
    by_new = _settle(pairs, keys[0], parents[1], parents[0])
    # a twin compares exactly as the section it replaces: each pair keeps its similarity
    sim_of_new = {j: sims[(pairs[j], j)] for j in pairs}
    by_old = _settle({i: j for j, i in by_new.items()}, keys[1], parents[0], parents[1])
    sim_of_old = {i: sim_of_new[j] for j, i in by_new.items()}
    return {j: i for i, j in by_old.items()}, {(i, j): sim_of_old[i] for i, j in by_old.items()}


def pair_by_outline(
    olds: Sequence[int], news: Sequence[int], pairs: Mapping[int, int], parents: tuple[Sequence[int], Sequence[int]]
) -> list[tuple[int, int]]:
    """(old, new) pairs among sections that share a title: a section pairs with one under its
    parent's partner first; the rest pair in order when as many are left on each side.

    `pairs`: new index → old index of the sections paired so far; `parents`: each
    section's parent index on (old, new) (`parent_indexes`)."""
    out: list[tuple[int, int]] = []
    under: dict[int, list[int]] = {}  # old parent → the old sections under it, last first
    for i in reversed(olds):
        under.setdefault(parents[0][i], []).append(i)
    taken: set[int] = set()
    rest: list[int] = []
    for j in news:
        up = parents[1][j]
        fits = under.get(pairs[up]) if up >= 0 and up in pairs else None
        if not fits:
            rest.append(j)
            continue
        i = fits.pop()
        out.append((i, j))
        taken.add(i)
    free = [i for i in olds if i not in taken]
    if len(free) == len(rest):
        out += zip(free, rest, strict=True)
    return out


def parent_indexes(sections: Sequence[Section]) -> list[int]:
    """Index of each section's parent section (-1 for a top-level one)."""
    where = {s.id: k for k, s in enumerate(sections)}
    return [where.get(s.parent, -1) if s.parent is not None else -1 for s in sections]


def _settle(partner: dict[int, int], keys: Sequence[Hashable], mine_parent: list[int], their_parent: list[int]) -> dict[int, int]:
    """`partner` (this side → index into `keys`' side), each partner moved within its twin group:
    first in order (an alignment of the groups), then so that a child's partner is a child
    of its parent's partner."""
    ids: dict[Hashable, int] = {}
    group = [ids.setdefault(k, len(ids)) for k in keys]
    if len(ids) == len(group) or not partner:
        return partner  # no twins: every partner is forced
    mine = sorted(partner)
    labels = [group[partner[y]] for y in mine]
    out: dict[int, int] = {}
    taken: dict[int, int] = {}  # their index → mine
    for tag, x1, x2, y1, _ in opcodes(group, labels).opcodes:
        if tag == "equal":
            for d in range(x2 - x1):
                out[mine[y1 + d]] = x1 + d
                taken[x1 + d] = mine[y1 + d]
    left = [y for y in mine if y not in out]
    for y in left:
        if partner[y] not in taken:
            out[y] = partner[y]
            taken[partner[y]] = y
    members: dict[int, list[int]] = {}
    for x, g in enumerate(group):
        members.setdefault(g, []).append(x)
    for y in left:
        if y not in out:
            old = partner[y]
            best = min((x for x in members[group[old]] if x not in taken), key=lambda x: abs(x - old))
            out[y] = best
            taken[best] = y
    under: dict[tuple[int, int], list[int]] = {}  # (group, parent) → members, in order
    for x, g in enumerate(group):
        under.setdefault((g, their_parent[x]), []).append(x)

    def wanted(y: int) -> int:
        """The parent y's partner should have: the partner of y's parent (-1: top level)."""
        up = mine_parent[y]
        return out.get(up, -2) if up >= 0 else -1

    # document order: a parent is settled before its children
    for y in mine:
        x = out[y]
        if their_parent[x] == wanted(y):
            continue
        for t in under.get((group[x], wanted(y)), ()):
            other = taken.get(t)
            if other is None:
                del taken[x]
            elif their_parent[t] != wanted(other):
                out[other] = x
                taken[x] = other
            else:
                continue
            out[y] = t
            taken[t] = y
            break
    return out


def retake_copies(
    partner: dict[int, int],
    mine_parent: list[int],
    their_parent: list[int],
    titles: tuple[Sequence[str], Sequence[str]],
    bodies: tuple[Sequence[str], Sequence[str]],
) -> dict[int, int]:
    """`partner` (this side → other side) after each unpaired section under a paired parent took the
    section of its title under that parent's partner, when that one was paired with an equal copy
    placed under another parent (the copy is left unpaired)."""
    (mt, tt), (mb, tb) = titles, bodies
    back = {x: y for y, x in partner.items()}
    children: dict[tuple[int, str], list[int]] = {}  # (their parent, title) → their sections
    for x, up in enumerate(their_parent):
        if tt[x]:
            children.setdefault((up, tt[x]), []).append(x)
    for y in range(len(mt)):
        up = mine_parent[y]
        if y in partner or not mt[y] or up < 0 or up not in partner:
            continue
        for x in children.get((partner[up], mt[y]), ()):
            y2 = back.get(x)
            if y2 is None or (mt[y2], mb[y2]) != (tt[x], tb[x]):
                continue  # unpaired, or paired with a section that differs: not a copy placed elsewhere
            up2 = mine_parent[y2]
            if up2 >= 0 and partner.get(up2) == their_parent[x]:
                continue  # already under its parent's partner
            del partner[y2]
            partner[y] = x
            back[x] = y
            break
    return partner
