"""The monotone sentence alignment of two paired sections (Gale–Church beads of one sentence to none, one or up to
four): bead costs from lengths and the anchors and concepts shared or lacked (`align`), and the repairs after it (a lone
sentence that fits a neighbouring bead, a paragraph merged into one sentence, a stranger pulled out of a bead).
"""

from __future__ import annotations

import math

from policylens.compare.sentences.latin import _WORD
from policylens.compare.sentences.pieces import Sentence

# Bead costs (Gale–Church spirit, in units of the log length ratio).
SKIP_COST = 1.6
MERGE_COST = {1: 0.0, 2: 0.35, 3: 0.7, 4: 1.0}
SHARED_BONUS = 0.6
LACKED_COST = 1.0
# a sentence in a bead although none of its anchors and concepts is on the other side: about as dear as leaving it alone
ORPHAN_COST = 2.0
# A lone sentence fits a neighbouring bead (and is not reported) when that bead's lengths are this far off (the log
# ratio: 0.4 is 1.5 times) and the sentence brings them this much closer; a short sentence moves lengths little, so
# length alone never clears one.
FIT_OFF = 0.4
FIT_GAIN = 0.3
MAX_BEAD = 4


def _merged_paragraph(
    beads: list[tuple[list[int], list[int]]],
    found: dict[int, list[str]],
    in_base: bool,
    a: list[Sentence],
    b: list[Sentence],
    ratio: float,
) -> dict[int, list[str]]:
    """The sentences of `found` (`_unwritten_paragraph`) whose paragraph the other side lacks: every sentence of the
    paragraph is alone, or in a bead with sentences of another paragraph of its side whose lengths agree better with
    the bead's other side without it (the aligner merged it into its neighbour: "Local account detection reads … it
    does not read conversation content. DeepSeek is balance-only: …" against 「本地账户检测只读取…不会读取对话内容。」,
    eval/editions42 kimi-lag, u42c).  A sentence of the paragraph that is a bead's only sentence of its side, facing
    the other side, is translated: the paragraph is not reported."""
    mine_units = a if in_base else b
    out: dict[int, list[str]] = {}
    for line in sorted({mine_units[i].line for i in found}):
        paragraph = {j for j, u in enumerate(mine_units) if u.line == line}
        lacking = True
        for ib, io in beads:
            mine, theirs = (ib, io) if in_base else (io, ib)
            if paragraph.isdisjoint(mine) or not theirs:
                continue
            rest = [i for i in mine if i not in paragraph]
            if not rest:
                lacking = False
                break
            group = [mine_units[i] for i in mine]
            kept = [mine_units[i] for i in rest]
            far = [(b if in_base else a)[i] for i in theirs]
            with_it = _length_cost(group, far, ratio) if in_base else _length_cost(far, group, ratio)
            without = _length_cost(kept, far, ratio) if in_base else _length_cost(far, kept, ratio)
            if without > with_it - FIT_GAIN:
                lacking = False
                break
        if lacking:
            out.update((i, found[i]) for i in sorted(paragraph) if i in found)
    return out


def _evidence(a: list[Sentence], b: list[Sentence]) -> tuple[int, int, int]:
    """(shared, lacked, orphans): anchors and concepts the two groups share, those one group has and the other
    lacks, and the sentences none of whose anchors and concepts the other group has."""
    ka = a[0].keys.union(*(s.keys for s in a[1:]))
    kb = b[0].keys.union(*(s.keys for s in b[1:]))
    orphans = sum(1 for s in a if s.keys and s.keys.isdisjoint(kb)) + sum(1 for s in b if s.keys and s.keys.isdisjoint(ka))
    return len(ka & kb), len(ka ^ kb), orphans


def _length_cost(a: list[Sentence], b: list[Sentence], ratio: float) -> float:
    return abs(math.log((sum(s.size for s in a) + 1) / (ratio * sum(s.size for s in b) + 1)))


def _ratio(a: list[Sentence], b: list[Sentence]) -> float:
    return (sum(s.size for s in a) or 1.0) / (sum(s.size for s in b) or 1.0)


def _fits(
    beads: list[tuple[list[int], list[int]]],
    index: int,
    in_base: bool,
    a: list[Sentence],
    b: list[Sentence],
    ratio: float,
    *,
    by_keys: bool = False,
) -> bool:
    """Would a lone sentence make a neighbouring bead's lengths agree better (a sentence the other side wrote inside a
    longer one: a split, a list as prose)?  Then its length says it is there, and it is not reported.  `by_keys`: a
    neighbour the sentence is a stranger to (`_stranger`: a list's bullets, each its own concept) does not count
    (for a paragraph of one side more, `_extra_paragraph`)."""
    at = next(k for k, (ib, io) in enumerate(beads) if index in (ib if in_base else io))
    for k in (at - 1, at + 1):
        if not 0 <= k < len(beads) or not beads[k][0] or not beads[k][1]:
            continue
        ib, io = beads[k]
        ga, gb = [a[i] for i in ib], [b[i] for i in io]
        if by_keys and _stranger(a[index] if in_base else b[index], ga if in_base else gb, gb if in_base else ga):
            continue
        with_it = ([a[index]] + ga, gb) if in_base else (ga, [b[index]] + gb)
        without = _length_cost(ga, gb, ratio)
        if without > FIT_OFF and _length_cost(*with_it, ratio) < without - FIT_GAIN:
            return True
    return False


def _extra_paragraph(unit: Sentence, side: list[Sentence], far: list[Sentence]) -> bool:
    """Is `unit` a paragraph (a list item) of its own, on a side with more paragraphs than the other?  A concept read
    in one language only (拒絕 as "object", 定位问题 as "location") in a paragraph the other side translated is no
    evidence; a list with a bullet more is (eval/editions27; dev21c waterdrink and doumo, corpora keep their lists)."""
    return sum(1 for s in side if s.line == unit.line) == 1 and len({s.line for s in side}) > len({s.line for s in far})


def _stranger(unit: Sentence, rest: list[Sentence], far: list[Sentence]) -> bool:
    """Does `unit` share no anchor or concept (a negation aside) with the `far` sentences of its bead, while the `rest`
    of its side holds every one they have (at least one)?  Then it is not part of the bead, whatever the lengths."""
    theirs = frozenset().union(*(s.keys for s in far)) - {"concept:not"}
    mine = frozenset().union(*(s.keys for s in rest))
    return bool(theirs) and not (unit.keys & theirs) and theirs <= mine


def _pull_out(
    beads: list[tuple[list[int], list[int]]],
    lacking: dict[tuple[bool, int], list[str]],
    a: list[Sentence],
    b: list[Sentence],
    ratio: float,
) -> list[tuple[list[int], list[int]]]:
    """The beads with each sentence that a bead of several took in although it is not there taken out, alone.

    Merging a sentence into a neighbour's bead costs less than leaving it alone, so a sentence of one language only
    in a short section ends inside a 4-to-1 bead (「如果你使用 Apple 或 Google 登入…」 with the English e-mail bullet:
    editions26 speakzilla) and was never seen.  It is taken out when it has an anchor (a fact, a name: no concept,
    no topic) that the whole other section lacks and the bead's lengths agree at least as well without it (the
    inverse of `_fits`); or, the lengths agreeing as well, a concept the whole other section lacks in a paragraph of
    one side more with nothing in common with the other side of the bead (`_extra_paragraph`, `_stranger`).  The
    gates of `lone_sentences` then apply to it like to any lone sentence.
    """
    out: list[tuple[list[int], list[int]]] = []
    for ib, io in beads:
        pulled: list[tuple[bool, int]] = []
        for in_base, group, other in ((True, ib, io), (False, io, ib)):
            if len(group) < 2 or not other:
                continue
            for index in group:
                lacks = lacking.get((in_base, index), [])
                if not lacks:
                    continue
                rest = [i for i in group if i != index and (in_base, i) not in pulled]
                if not rest:
                    continue
                side, far = (a, b) if in_base else (b, a)
                kept = ([side[i] for i in group if (in_base, i) not in pulled], [far[i] for i in other])
                without = ([side[i] for i in rest], kept[1])
                ordered = (lambda pair: pair) if in_base else (lambda pair: (pair[1], pair[0]))
                if _length_cost(*ordered(without), ratio) > _length_cost(*ordered(kept), ratio):
                    continue  # the other side is long enough to hold it (a bullet the translation merged into another)
                if any(not k.startswith(("concept:", "topic:")) for k in lacks) or (
                    # a concept only: when it is a paragraph of one side more (a bullet of one list more: "We don't
                    # analyze or collect facial data" beside the location bullet, eval/editions27 zoracam) that shares
                    # nothing with the other side of the bead, whose rest holds all that side has
                    _extra_paragraph(side[index], side, far) and _stranger(side[index], without[0], without[1])
                ):
                    pulled.append((in_base, index))
        if not pulled:
            out.append((ib, io))
            continue
        kept_b, kept_o = [i for i in ib if (True, i) not in pulled], [i for i in io if (False, i) not in pulled]
        # each taken out where it stands: before the bead when it came before the rest of its side
        first = [(from_base, i) for from_base, i in pulled if i < min(kept_b if from_base else kept_o, default=i + 1)]
        out.extend(([i], []) if in_base else ([], [i]) for in_base, i in first)
        out.append((kept_b, kept_o))
        out.extend(([i], []) if in_base else ([], [i]) for in_base, i in pulled if (in_base, i) not in first)
    return out


def _bad(a: list[Sentence], b: list[Sentence]) -> bool:
    """A bead whose two sides share less than they lack: a sign of two sections that are not one another."""
    shared, lacked, _ = _evidence(a, b)
    return lacked > shared + 1


def align(a: list[Sentence], b: list[Sentence], ratio: float | None = None) -> list[tuple[list[int], list[int]]]:
    """A monotone alignment of two sentence lists into beads (indices of a, indices of b); 1-0 and 0-1 beads are lone
    sentences.  `ratio`: the expected size of a's text over b's (the two documents'; by default the two lists')."""
    ratio = ratio or _ratio(a, b)
    n, m = len(a), len(b)
    reads_a, reads_b = [_keys_read(s) for s in a], [_keys_read(s) for s in b]
    inf = float("inf")
    cost = [[inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int]]] = [[(0, 0)] * (m + 1) for _ in range(n + 1)]
    cost[0][0] = 0.0
    shapes = [(1, 0), (0, 1)] + [(1, k) for k in range(1, MAX_BEAD + 1)] + [(k, 1) for k in range(2, MAX_BEAD + 1)] + [(2, 2)]
    for i in range(n + 1):
        for j in range(m + 1):
            here = cost[i][j]
            if here == inf:
                continue
            for di, dj in shapes:
                ni, nj = i + di, j + dj
                if ni > n or nj > m:
                    continue
                if di == 0 or dj == 0:
                    step = SKIP_COST
                else:
                    ga, gb = a[i:ni], b[j:nj]
                    sa, sb = sum(s.size for s in ga), sum(s.size for s in gb)
                    shared, lacked, orphans = _align_evidence(reads_a[i:ni], reads_b[j:nj])
                    step = (
                        abs(math.log((sa + 1) / (ratio * sb + 1)))
                        + MERGE_COST[max(di, dj)]
                        + (0.5 if di == dj == 2 else 0.0)
                        - SHARED_BONUS * min(shared, 3)
                        + LACKED_COST * min(lacked, 4) / 2
                        + ORPHAN_COST * orphans
                    )
                    step = max(step, 0.0)
                if here + step < cost[ni][nj]:
                    cost[ni][nj] = here + step
                    back[ni][nj] = (di, dj)
    beads = []
    i, j = n, m
    while i or j:
        di, dj = back[i][j]
        beads.append((list(range(i - di, i)), list(range(j - dj, j))))
        i, j = i - di, j - dj
    beads.reverse()
    return beads


def _singular(key: str) -> str:
    """A `latin:` key without a plural's s ("latin:ids" → "latin:id"); any other key as it is."""
    if key.startswith("latin:") and len(key) >= 9 and key.endswith("s") and not key.endswith("ss"):
        return key[:-1]
    return key


def _keys_read(unit: Sentence) -> tuple[frozenset[str], frozenset[str]]:
    """A sentence's keys for the aligner, and every Latin word it writes, in any case, as written and singular
    (`latin:…`): what a key of the other side may meet in it without being a name there."""
    words = [f"latin:{w.lower()}" for w in _WORD.findall(unit.text)]
    return unit.keys, frozenset(words) | frozenset(_singular(k) for k in words) | unit.keys


def _met(keys: frozenset[str], words: frozenset[str]) -> bool:
    """Does one of `keys`, as it is or singular, stand among `words` (`_keys_read`)?"""
    return any(k in words or _singular(k) in words for k in keys)


def _align_evidence(a: list[tuple[frozenset[str], frozenset[str]]], b: list[tuple[frozenset[str], frozenset[str]]]) -> tuple[int, int, int]:
    """`_evidence` for the aligner, over `_keys_read`: a sentence is no orphan when a name of it is a word the other
    side writes, as a common word or a plural (u42c: 「原始 session ID」 / "raw session IDs", 「仓库 remote」 / "repository
    remotes": terms the translation kept in English, a name on one side only, cost an orphan's price and made the
    list items of eval/editions42 kimi-lag pair crosswise).  Shared and lacked names are counted as before: a common
    word met is no bonus (with one, a bead that took in a neighbour kept it and won a tie, eval/editions27 zoracam)."""
    hard_a = frozenset().union(*(h for h, _ in a))
    hard_b = frozenset().union(*(h for h, _ in b))
    soft_a = frozenset().union(*(s for _, s in a))
    soft_b = frozenset().union(*(s for _, s in b))
    orphans = sum(1 for h, _ in a if h and not _met(h, soft_b)) + sum(1 for h, _ in b if h and not _met(h, soft_a))
    return len(hard_a & hard_b), len(hard_a ^ hard_b), orphans
