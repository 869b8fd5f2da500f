"""Section alignment: which old section became which new one (renamed, moved, added, removed).

Pairs are made in rounds, strongest evidence first; a section paired in one round is
out of the later ones:

1. the preamble (text before the first heading) with the preamble;
   then sections that share an anchor (`{: #keeping}`, HTML `id`/`name`; see `anchors`)
   found once on each side;
2. the same title and body (hash lookup);
3. the same title once numbering is stripped (三、 → 四、, 1.6 → 1.7): titles unique on
   both sides (then a title that is only a date field, by its label: `dated`); a repeated title (收集的資料 under each SDK) under its parent's partner
   first, then in order when both sides have as many left (`twins.pair_by_outline`); the round
   runs again while a pass pairs something, so that a child whose parent pairs later in the pass
   (the titles go in the new side's order) still pairs under it, whichever side is old;
4. the rest by similarity, best pairs first: 0.7 × body + 0.3 × title (rapidfuzz ratio on
   comparison keys).  A section with no body of its own (a parent heading) is compared
   by its title and the text of its children, never by two empty bodies.  Large
   documents compare a new section only with old sections within `WINDOW` of its
   expected position, or that share a paragraph with it, so two 1 MB policies stay
   near-linear.

Sections with the same title and body on one side ("twins") are interchangeable to the
rounds; `twins.settle_twins` then gives each pair the twin that keeps it in order and
under its parent's partner.

Order: matched pairs that are not on the longest increasing run of old positions are
`moved`.  A pair whose titles differ is `renamed`; one whose bodies differ is
`modified`.  Paragraphs that moved from one section to another (a sub-heading dropped,
a section split or two merged) are then taken out of the changes by `moves.find_moves`:
a removed section whose whole text moved is `merged`, an added one made of moved text
is `split`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Mapping, Sequence
from itertools import pairwise
from typing import NamedTuple

from rapidfuzz.distance import LCSseq

from policylens.diff.dated import dated_pairs
from policylens.diff.gap_names import named_pairs
from policylens.diff.keys import compare_key, layout_key, links_without_targets, one_side_has_targets, script_key
from policylens.diff.lines import shown_lines
from policylens.diff.moves import find_moves, keyer
from policylens.diff.parts import language_parts
from policylens.diff.promoted import promoted_sections
from policylens.diff.redline import changed_with_context, diff_paragraphs, sentences, word_spans
from policylens.diff.rows import table_rows
from policylens.diff.runin import run_in_titles
from policylens.diff.sequence import longest_increasing
from policylens.diff.similarity import shared_share
from policylens.diff.similarity import similarity as key_similarity
from policylens.diff.subjects import same_subject_in_other_words
from policylens.diff.title import diff_titles
from policylens.diff.topics import change_topics, topics_of
from policylens.diff.twins import first_side, pair_by_outline, parent_indexes, retake_copies, settle_twins
from policylens.diff.variants import same_across_scripts
from policylens.model import Change, DiffReport, Document, Section, SectionDiff
from policylens.normalise import fold
from policylens.patterns import EMAIL, HAN, HAN_CHAR, HEADING_PICTOGRAPHS, URL_START, chinese_number

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
BODY_WITH_TITLE = 0.3
# Two untitled blocks (text before any heading) pair on a weaker body match.
BODY_UNTITLED = 0.2
# Share of the smaller body kept in the larger one (longest common subsequence of their
# keys): a section renamed and rewritten that keeps this much of its text is the same
# section (qiushui 九、变更 → 八、通知和修订 keeps 76%).  Unrelated sections of one policy
# share common words and reach about 0.55 on the corpus pairs; 0.7 stays clear of that.
KEPT_MIN = 0.7
# ... provided the smaller body is at least this share of the larger one: a two-line
# section is "kept" inside almost any long section.
KEPT_SIZE = 0.25
# Weights of body and title similarity when ranking candidate pairs: the body is the
# content, the title mostly a label that revisions reword.
BODY_WEIGHT, TITLE_WEIGHT = 0.7, 0.3
# Sections left unpaired between the same two paired neighbours pair when their bodies are
# this alike (the place stands for the title: BODY_WITH_TITLE), at most GAP_MAX_PAIRS
# candidate pairs per gap (a gap is usually one or two sections a side).
GAP_BODY_MIN = BODY_WITH_TITLE
# ... provided their numbers agree (二、 and 二、); unnumbered sections need bodies this alike:
# in Firefox's 2020 → 2022 notice, Search and the new Firefox Suggest sit in one gap at 0.39.
GAP_BODY_UNNUMBERED = 0.45
GAP_MAX_PAIRS = 64
# With the whole outline re-typed 一、 → 1. (`_restyled`), a section left between the same paired neighbours pairs
# with the one of the same number value when their bodies are this alike, whatever their titles: the four
# headings pairs25 still showed removed + added were 0.24–0.39 alike; unrelated sections of one gap score about 0.13.
GAP_BODY_RESTYLED = 0.2
RESTYLED_MIN = 3
# The only unpaired section on each side of a gap, same number (or none) and a shared title word (`_one_for_one`),
# pairs from this body similarity: the renamed and rewritten sections of pairs44 were 0.17 and 0.20 alike; unrelated
# sections of one gap score about 0.13 (`_gap_pairs`), and need a shared word on top.
GAP_BODY_ONE_FOR_ONE = 0.15
# ... and from this one when one title is the other's whole name with words added after it (`_title_kept`: 「6. 您的选择」
# → 「7. 您的选择与权利」, its one sentence replaced by two, 0.12 alike, `eval/pairs48` szvip-restructure).
GAP_BODY_TITLE_KEPT = 0.1
# ... and, whatever the titles, when the two open with the same lead-in sentence (`_lead_kept`): first paragraphs of at
# least LEAD_MIN_CHARS characters, LEAD_KEPT alike (dsers-rewrite's 0.78; a lead-in of another subject in the old one's
# place shares its opening words at most).
LEAD_MIN_CHARS = 16
LEAD_KEPT = 0.7
# Paragraph keys shorter than this are not used to find candidate pairs in large
# documents: short lines (「無。」, a date) repeat across unrelated sections.
SHARED_MIN_CHARS = 8
# Bodies longer than this (characters, both sides) are compared by their shared sentences
# instead of a character ratio, whose cost grows with the product of the lengths.
RATIO_MAX_CHARS = 20_000
# Round 4 compares bodies character by character (rapidfuzz ratio, word LCS) while the
# estimated product of the characters to compare stays below this (about a second on this
# machine: some 6e9 per second); above it, bodies over COARSE_MIN_CHARS together are
# compared by the sentences they share, whose cost is linear.  200 rewritten sections a
# side (1,100 characters each) took 17 s character by character.  Every corpus pair stays
# far below the budget.
EXACT_SCORING_CELLS = 5_000_000_000
COARSE_MIN_CHARS = 400
# A parent is compared by at most this many children's bodies (enough to recognise it;
# bounded so that a document of empty headings stays linear).
MAX_CHILDREN = 50
# A paragraph shared by more sections than this (a boilerplate line) is no evidence of
# which section is which.
SHARED_MAX = 20


_TITLE_END = " .:;,!?：；，。！？"
_PADDED_NUMBER = re.compile(f"^0[1-9](?=[{HAN}])")
_WORDS = re.compile(r"[A-Za-z0-9]+|[^\sA-Za-z0-9]")


def _title_key(section: Section, cross_script: bool, strict: bool, script: str | None = None) -> str:
    if section.title is None:
        return ""
    if strict:
        return section.title
    key = _title_form(section)
    return script_key(key, script) if cross_script else key


def _title_form(section: Section) -> str:
    """A section's title as its name: numbering, decoration, markup and the end mark left out (not yet script-keyed)."""
    title = section.title or ""
    if HEADING_PICTOGRAPHS.search(title):  # 「📈 广告」 is 「广告」 decorated: no rename (pairs28 zenmaster-update)
        title = HEADING_PICTOGRAPHS.sub("", title).strip() or title
    key = layout_key(title)
    # numbering is not part of the name: 「三、保留政策」 renumbered to 「四、保留政策」 is not a rename
    if section.number:
        key = layout_key(title[len(section.number) :]) if title.startswith(section.number) else key
    else:
        # a zero-padded number set apart only by markup (「<span class="n">01</span>我們收集哪些資料?」), which the
        # parser takes for no number: 「1. 我們收集哪些資料?」 restyled so is no rename (twenty-third session, pairs23)
        key = _PADDED_NUMBER.sub("", key, count=1)
    # a full stop or colon at the end of a heading is not part of its name
    return key.rstrip(_TITLE_END)


# Across scripts, two editions' headings often differ only by a translator's small words:
# 本地处理的数据 / 在本機處理的資料, 数据保留与安全 / 資料保留與安全性, 我们不会收集的东西 /
# 我們不蒐集的東西.  Such a pair is the same name (a variant, not a rename) when the shorter
# title's key is the longer's with only these characters left out, in order: particles,
# auxiliaries and suffixes that carry no content.  A content word left out (中国大陆 / 中國,
# 未成年人 / 兒童) or a negation (不, 未, 无…) is never one of them, so it stays a rename.
# 本 (this: 本政策的更新 / 政策的更新, thirteenth session) names nothing on its own either.
WORDING_CHARS = frozenset("在的之会性了将得着于本")  # (not 地, 所, 要: also parts of content words, 存储地)
# The shorter title must keep this much of the longer (a one-character title is no evidence).
WORDING_MIN_CHARS = 2


def worded_alike(a: str, b: str) -> bool:
    """Do title keys `a` and `b` differ only by `WORDING_CHARS` left out of one of them?"""
    short, long_ = sorted((a, b), key=len)
    if len(short) < WORDING_MIN_CHARS or short == long_:
        return short == long_
    k = 0
    for c in long_:
        if k < len(short) and c == short[k]:
            k += 1
        elif c not in WORDING_CHARS:
            return False
    return k == len(short)


def _paragraph_keys(section: Section, cross_script: bool, strict: bool, script: str | None = None) -> list[str]:
    return [compare_key(p.text, script=script, cross_script=cross_script, strict=strict) for p in section.paragraphs]


def _body_key(section: Section, cross_script: bool, strict: bool, script: str | None = None) -> str:
    return "\n".join(_paragraph_keys(section, cross_script, strict, script))


def _ratio(a: str, b: str) -> float:
    """Similarity 0..1 of two section keys; long ones by the paragraphs found on both sides."""
    return key_similarity(a, b, long_at=RATIO_MAX_CHARS, pieces=_sentences)


def _sentences(key: str) -> list[str]:
    """The sentences of each paragraph of a key: one long paragraph with one sentence added still shares the rest."""
    return [piece for paragraph in key.split("\n") for piece in sentences(paragraph)]


def _unique_anchors(sections: tuple[Section, ...], anchors: Mapping[str, str]) -> dict[str, int]:
    """anchor → section index, for anchors that occur once."""
    seen: dict[str, list[int]] = {}
    for k, section in enumerate(sections):
        if section.id in anchors:
            seen.setdefault(anchors[section.id], []).append(k)
    return {a: ks[0] for a, ks in seen.items() if len(ks) == 1}


def _kept(a: str, b: str, wa: Sequence[str], wb: Sequence[str]) -> float:
    """Share of the smaller text that the larger one keeps, in order (see KEPT_MIN), counted
    in words (`wa`, `wb`: `_WORDS` of each, or their `_WordCodes`): Latin words whole, other
    characters one by one (two unrelated English texts share most of their letters, not
    most of their words)."""
    if len(a) + len(b) > RATIO_MAX_CHARS:
        small, large = sorted((len(a), len(b)))
        return shared_share(_sentences(a), _sentences(b)) if small >= KEPT_SIZE * large else 0.0
    small, large = sorted((len(wa), len(wb)))
    if not small or small < KEPT_SIZE * large:
        return 0.0
    if isinstance(wa, str) != isinstance(wb, str):  # one side coded, the other not (`_WordCodes` ran out)
        wa, wb = _WORDS.findall(a), _WORDS.findall(b)
    return LCSseq.similarity(wa, wb) / small


class _WordCodes:
    """`_WORDS` of a text as a string of one character per word, the same for equal words on both sides.

    The longest common subsequence of two such strings has the length of the words'
    one (the coding is one to one), and rapidfuzz compares strings about three times faster
    than lists of words: 300,000 pairs are scored when 20,000 sections are rewritten.
    """

    def __init__(self) -> None:
        self.codes: dict[str, str] = {}

    def __call__(self, text: str) -> Sequence[str]:
        words = _WORDS.findall(text)
        codes = self.codes
        for word in words:
            if word not in codes:
                n = len(codes)
                if n + 0x800 > 0x10FFFF:
                    return words  # more distinct words than code points: compared as a list
                codes[word] = chr(n if n < 0xD800 else n + 0x800)  # never a surrogate
        return "".join([codes[word] for word in words])


def _sentence_counts(text: str) -> dict[str, int]:
    from policylens.diff.redline import sentences

    counts: dict[str, int] = {}
    for piece in sentences(text):
        counts[piece] = counts.get(piece, 0) + 1
    return counts


def _common_chars(a: dict[str, int], b: dict[str, int]) -> int:
    if len(a) > len(b):
        a, b = b, a
    return sum(min(n, b.get(piece, 0)) * len(piece) for piece, n in a.items())


def _subtree_bodies(sections: tuple[Section, ...], bodies: list[str]) -> list[str]:
    """Each section's body, or for a section without one, the text of its children (the
    sections that follow it at a deeper level)."""
    out = list(bodies)
    for k, section in enumerate(sections):
        if out[k]:
            continue
        children: list[str] = []
        c = k + 1
        while c < len(sections) and sections[c].level > section.level and len(children) < MAX_CHILDREN:
            if bodies[c]:
                children.append(bodies[c])
            c += 1
        out[k] = "\n".join(children)
    return out


class SectionKeys(NamedTuple):
    """Title keys and paragraph keys of every section on each side, computed once per diff."""

    old_titles: list[str]
    new_titles: list[str]
    old_paragraphs: list[list[str]]
    new_paragraphs: list[list[str]]


def section_keys(
    old: tuple[Section, ...], new: tuple[Section, ...], *, cross_script: bool, strict: bool, scripts: tuple[str | None, str | None]
) -> SectionKeys:
    """The keys that section matching, rename detection and paragraph alignment all compare."""
    return SectionKeys(
        [_title_key(s, cross_script, strict, scripts[0]) for s in old],
        [_title_key(s, cross_script, strict, scripts[1]) for s in new],
        [_paragraph_keys(s, cross_script, strict, scripts[0]) for s in old],
        [_paragraph_keys(s, cross_script, strict, scripts[1]) for s in new],
    )


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


def _gap_pairs(
    old: tuple[Section, ...],
    new: tuple[Section, ...],
    pairs: dict[int, int],
    subtrees: tuple[Sequence[str], Sequence[str]],
    bodies: tuple[Sequence[str], Sequence[str]],
) -> list[tuple[int, int, float]]:
    """Pairs among the sections left unpaired between the same two paired neighbours (or
    before the first pair, or after the last): there the place is the evidence the title
    gives elsewhere, so bodies GAP_BODY_MIN alike pair, best first, at the same level.

    A full rewrite renames a section and rewords its body by more than half (一、我们如何收集您的
    信息 → 一、收集范围, 0.50 alike; 二、… → 二、用途说明, 0.41): round 4 reads both as removed and
    added, though each sits where the other was.  Unrelated sections of one gap score about
    0.13 on the same pair."""
    oe, ne = subtrees
    texts = (
        [f"{s.title or ''}\n{b}" for s, b in zip(old, bodies[0], strict=True)],
        [f"{s.title or ''}\n{b}" for s, b in zip(new, bodies[1], strict=True)],
    )
    bounds = [(-1, -1), *in_place(pairs, ([len(b) for b in bodies[0]], [len(b) for b in bodies[1]]), texts), (len(old), len(new))]
    paired_old = set(pairs.values())
    restyled = _restyled(old, new)
    out: list[tuple[int, int, float]] = []
    for (i0, j0), (i1, j1) in pairwise(bounds):
        olds = [i for i in range(i0 + 1, i1) if i not in paired_old and oe[i]]
        news = [j for j in range(j0 + 1, j1) if j not in pairs and ne[j]]
        if not olds or not news:
            continue
        # a gap too crowded to compare every pair (a whole outline rewritten in place, 12 × 8 sections in pairs45c
        # xunfrp-rewrite) still compares the sections of one number and level (`_same_numbers`, u45d2)
        # (u52h) the crowded gap's candidates are those pairs only: every olds × news pair was still walked to be
        # filtered (4,000 sections rewritten: 16 million pairs, 29 s of a 47 s diff)
        only = _same_numbers(old, new, olds, news) if len(olds) * len(news) > GAP_MAX_PAIRS else None
        shift = _gap_shift(old, new, (i0, j0), (i1, j1))
        candidates = ((i, j) for i in olds for j in news) if only is None else iter(only)
        scored = sorted(
            ((_ratio(oe[i], ne[j]), i, j) for i, j in candidates if old[i].level == new[j].level and old[i].title and new[j].title),
            key=lambda t: (-t[0], t[2], t[1]),
        )
        taken_old: set[int] = set()
        taken_new: set[int] = set()
        if len(scored) == 1 == len(olds) == len(news) and (
            _one_for_one(old[olds[0]], new[news[0]], scored[0][0], shift)
            or _same_contact(old[olds[0]], new[news[0]])
            or _lead_kept((old[olds[0]], new[news[0]]), (bodies[0][olds[0]], bodies[1][news[0]]), scored[0][0], shift)
        ):
            out.append((olds[0], news[0], scored[0][0]))
            continue
        for body, i, j in scored:
            if body < min(GAP_BODY_RESTYLED if restyled else GAP_BODY_MIN, GAP_BODY_TITLE_KEPT):
                break
            a, b = _number_key(old[i].number), _number_key(new[j].number)
            if _shifted(a, b, shift, old[i].level):
                b = a  # renumbered by the same step as the gap's two paired neighbours: the same place (`_gap_shift`)
            # the same number (二、 and 二、) backs the place; another number (五、 → 九、) refutes it,
            # and without numbers the body must say more, or one title must name what the other does (「我们在哪里存储您的
            # 数据」 → 「数据存储」 over a body reworded to 0.44, pairs28 bookra-generic: `_title_within`)
            if ((a or b) and a != b) or (not a and not b and body < GAP_BODY_UNNUMBERED and not _title_within(old[i].title, new[j].title)):
                continue
            # every heading re-typed 一、 → 1. (a restyled outline): the number's value is the evidence, and
            # the rewritten title is no longer asked to share a word (twenty-sixth session, pairs25's leftover)
            same = _same_subject(old[i], new[j], body, shift)
            if restyled and a and _numeral_style(old[i].number) != _numeral_style(new[j].number):
                if body < GAP_BODY_RESTYLED and not same:
                    continue
            elif body < GAP_BODY_MIN and not same:
                continue
            elif body < GAP_BODY_UNNUMBERED and not same and not _titles_share(old[i].title, new[j].title):
                continue  # 二、…Cookie… → 二、…未成年人…: a new section in the old one's place (review)
            if i not in taken_old and j not in taken_new:
                taken_old.add(i)
                taken_new.add(j)
                out.append((i, j, body))
        # a title's leading name kept through a rewrite (「Session Logs」 → 「Session 日志」, `gap_names`, u52x)
        made = [(i, j) for i, j, _ in out if i in taken_old]
        for i, j, body in named_pairs(old, new, (olds, news), made, _numbers_agree(old, new, shift), lambda i, j: _ratio(oe[i], ne[j])):
            taken_old.add(i)
            taken_new.add(j)
            out.append((i, j, body))
        out.extend(_moved_down(old, new, (olds, news), (taken_old, taken_new), bodies))
    return out


def _numbers_agree(old: Sequence[Section], new: Sequence[Section], shift: tuple[int, int] | None) -> Callable[[int, int], bool]:
    """Do sections i and j of a gap bear the same number (or none, or one moved by the gap's step, `_gap_shift`)?"""

    def agree(i: int, j: int) -> bool:
        a, b = _number_key(old[i].number), _number_key(new[j].number)
        return a == b or _shifted(a, b, shift, old[i].level)

    return agree


def _whole_texts(sections: Sequence[Section], bodies: Sequence[str], k: int) -> str:
    """Section k's body followed by the bodies of every section below it (at a deeper level, MAX_CHILDREN at most)."""
    parts = [bodies[k]] if bodies[k] else []
    c = k + 1
    while c < len(sections) and sections[c].level > sections[k].level and len(parts) <= MAX_CHILDREN:
        if bodies[c]:
            parts.append(bodies[c])
        c += 1
    return "\n".join(parts)


def _moved_down(
    old: Sequence[Section],
    new: Sequence[Section],
    gap: tuple[list[int], list[int]],
    taken: tuple[set[int], set[int]],
    bodies: tuple[Sequence[str], Sequence[str]],
) -> list[tuple[int, int, float]]:
    """Pairs of a gap's sections still unpaired that keep their subject (`_same_subject`) once each is read with the
    sections below it (forty-sixth session, u46d, `eval/pairs46` hutao-rewrite): 「常规数据使用」 → 「常规数据使用说明」, its
    lead sentence rewritten and its list items moved into new `###` sub-parts, has a body of one sentence left, 0.05 alike
    to the old list, so it read as removed + added though the old text is under it.  The old section with its
    sub-sections against the new one with its sub-sections (the same on both sides, so diff(a, b) mirrors diff(b, a))
    is 0.55 alike.  The number, level and title tests of `_same_subject` stay: 「数据收集」 → 「数据安全」 over the same
    sub-sections is another subject."""
    olds = [i for i in gap[0] if i not in taken[0] and old[i].title]
    news = [j for j in gap[1] if j not in taken[1] and new[j].title]
    if not olds or not news or len(olds) * len(news) > GAP_MAX_PAIRS:
        return []
    scored = sorted(
        (
            (_ratio(_whole_texts(old, bodies[0], i), _whole_texts(new, bodies[1], j)), i, j)
            for i in olds
            for j in news
            if old[i].level == new[j].level
        ),
        key=lambda t: (-t[0], t[2], t[1]),
    )
    out: list[tuple[int, int, float]] = []
    used_old: set[int] = set()
    used_new: set[int] = set()
    for whole, i, j in scored:
        if i in used_old or j in used_new or not _same_subject(old[i], new[j], whole):
            continue
        used_old.add(i)
        used_new.add(j)
        out.append((i, j, _ratio(bodies[0][i], bodies[1][j])))
    return out


def _same_numbers(old: Sequence[Section], new: Sequence[Section], olds: list[int], news: list[int]) -> set[tuple[int, int]]:
    """The pairs (i, j) of a gap's unpaired sections of one level and number (`_number_key`), for the numbers found at
    most twice among the gap's `olds` and twice among its `news` (a bilingual file holds its outline twice, English then
    Chinese: `eval/pairs` connecthelp-restructure's 「10. Contact Us」 and 「10. 聯絡我們」), so at most four
    candidates per number."""
    counts: list[dict[tuple[int, str], list[int]]] = [{}, {}]
    for side, found, idx in ((old, counts[0], olds), (new, counts[1], news)):
        for i in idx:
            if number := _number_key(side[i].number):
                found.setdefault((side[i].level, number), []).append(i)
    return {(i, j) for key, a in counts[0].items() if len(a) <= 2 and len(b := counts[1].get(key, [])) <= 2 for i in a for j in b}


def _same_subject(old: Section, new: Section, body: float, shift: tuple[int, int] | None = None) -> bool:
    """Two sections of one gap, at one level, that keep their number and their subject through a rewrite (forty-fifth
    session, u45d2, `eval/pairs45c`): bodies GAP_BODY_ONE_FOR_ONE alike, the same number (or, both unnumbered, one
    title's telling characters all in the other: 「联系我们」 → 「如何联系我们」, `_title_within`), and titles that share
    a telling word (`_shared_word`: 「6. 用户权利」 → 「6. 您的权利」, 「8. 政策更新」 → 「8. 隐私协议更新」) or a topic
    (`topics_of`: 「7. 儿童隐私」 → 「7. 未成年人保护」, both *children*).  xunfrp-rewrite's eight numbered sections,
    renamed and rewritten in place (0.15–0.43 alike), read as removed + added.  Another subject under the old number
    stays removed + added: 「3. 信息保护」 → 「3. 存储与期限」 (0.32 alike, no shared word or topic), 「5. Cookie使用」 →
    「5. 信息安全措施」, 「二、Cookie」 → 「二、未成年人」, 「数据收集」 → 「数据安全」 (数据 is `_GENERIC_WORDS`).  Forty-eighth
    session (u48d, `eval/pairs48` szvip-restructure): a number moved by the gap's renumbering step (`shift`, `_gap_shift`)
    is the same number, and a title kept whole with words added after it (`_title_kept`) needs bodies only
    GAP_BODY_TITLE_KEPT alike."""
    if old.level != new.level or not (old.title and new.title):
        return False
    if body < (GAP_BODY_TITLE_KEPT if _title_kept(old, new) else GAP_BODY_ONE_FOR_ONE):
        return False
    a, b = _number_key(old.number), _number_key(new.number)
    if (a != b and not _shifted(a, b, shift, old.level)) or (not a and not _title_within(old.title, new.title)):
        return False
    if same_subject_in_other_words(old.title, new.title):  # 「本隐私政策的更改」 → 「政策变更」 (u56d, `diff.subjects`)
        return True
    return _shared_word(old.title, new.title) or bool(set(topics_of(old.title)) & set(topics_of(new.title)))


def _one_for_one(old: Section, new: Section, body: float, shift: tuple[int, int] | None = None) -> bool:
    """The only section left on each side of a gap, renamed in place and rewritten (forty-fourth session, u44d;
    `eval/pairs44` zh-render 「演示文稿转换」 → 「演示文稿渲染」, body 0.20 alike, hant-render 「4. 簡報轉換」 → 「4. 簡報繪製」,
    0.17: removed + added before).  Paired when the bodies are GAP_BODY_ONE_FOR_ONE alike, the numbers agree (the
    same number, or none on either side) and the titles share a word of two telling Chinese characters (`_shared_word`);
    「二、Cookie」 → 「二、未成年人」 in the old one's place shares none and stays removed + added."""
    a, b = _number_key(old.number), _number_key(new.number)
    if body < GAP_BODY_ONE_FOR_ONE or (a != b and not _shifted(a, b, shift, old.level)):
        return False
    return _shared_word(old.title, new.title) or same_subject_in_other_words(old.title, new.title)


def _lead_kept(sections: tuple[Section, Section], bodies: tuple[str, str], body: float, shift: tuple[int, int] | None) -> bool:
    """The only section left on each side of a gap, renamed, its list replaced, that keeps its opening sentence (fiftieth
    session, u50x2, `eval/pairs50` dsers-rewrite: 「数据访问范围」 → 「托管服务处理的数据」, both opening 「根据用户授权和 DSers
    账号权限，MCP server 可能…」 (0.78 alike) over a list of data items rewritten, bodies 0.28 alike, titles sharing only the
    generic 数据: removed + added before).  The place and the kept lead-in are the evidence the title does not give.
    Paired when the first paragraphs both hold LEAD_MIN_CHARS characters and are LEAD_KEPT alike, the bodies
    GAP_BODY_ONE_FOR_ONE alike, and the numbers agree (or none on either side); a new section in the old one's place
    opening otherwise stays removed + added."""
    old, new = sections
    a, b = _number_key(old.number), _number_key(new.number)
    if body < GAP_BODY_ONE_FOR_ONE or (a != b and not _shifted(a, b, shift, old.level)):
        return False
    leads = [text.split("\n", 1)[0].strip() for text in bodies]
    return min(len(lead) for lead in leads) >= LEAD_MIN_CHARS and _ratio(*leads) >= LEAD_KEPT


def _title_kept(old: Section, new: Section) -> bool:
    """Is one section's name (`_title_form`, no number) the whole start of the other's, words added after it, with a
    telling word of two characters in it (「您的选择」 → 「您的选择与权利」, 「数据共享」 → 「数据共享与保护」)?"""
    a, b = _title_form(old), _title_form(new)
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return short != long and long.startswith(short) and _shared_word(short, long)


def _gap_shift(old: Sequence[Section], new: Sequence[Section], low: tuple[int, int], high: tuple[int, int]) -> tuple[int, int] | None:
    """The step by which a gap's whole stretch of the outline was renumbered, as (level, step), when both paired
    neighbours that bound the gap are numbered with plain integers at one level and were renumbered by the same
    nonzero step (forty-eighth session, u48d, `eval/pairs48` szvip-restructure: two sections inserted as 2. and 3.
    move 3. 权限说明 → 4. and 7. 未成年人 → 8.; between them 4. 数据共享 → 5. 数据共享与保护, its body rewritten, is the
    section of the same place, as 四、 → 四、 is where nothing was inserted).  None at the document's ends, for
    sub-numbers (1.2) and for neighbours renumbered by different steps (a section inserted inside the gap)."""
    (i0, j0), (i1, j1) = low, high
    if i0 < 0 or j0 < 0 or i1 >= len(old) or j1 >= len(new):
        return None
    level = old[i0].level
    if not (old[i1].level == new[j0].level == new[j1].level == level):
        return None
    keys = [_number_key(s.number) for s in (old[i0], new[j0], old[i1], new[j1])]
    if not all(k.isdigit() for k in keys):
        return None
    a0, b0, a1, b1 = (int(k) for k in keys)
    step = b0 - a0
    return (level, step) if step and b1 - a1 == step and a1 > a0 else None


def _shifted(a: str, b: str, shift: tuple[int, int] | None, level: int) -> bool:
    """Are two heading numbers of a gap the same place once the gap's renumbering step (`_gap_shift`) is undone?"""
    return shift is not None and level == shift[0] and a.isdigit() and b.isdigit() and int(b) - int(a) == shift[1]


# A contact section's title (「联系我们」, 「10. 聯絡方式」, 「Contact us」) and the details that identify who is contacted: an
# e-mail address, a web address, a telephone number of seven digits or more.
# (r45 #8: not 「联系人权限」, 「通讯录（联系人）」, 「Contacts permission」, an address book's sections)
_CONTACT_TITLE = re.compile(r"(?:联系|聯繫|聯絡|联络)(?!人)|(?i:contact(?!s))")
_CONTACT_VALUE = re.compile(rf"{EMAIL}|(?:{URL_START})[^\s，。；、）)\]】]+|(?<![0-9])[0-9][0-9 -]{{5,}}[0-9](?![0-9])")
_PHONE_DIGITS_MIN = 7  # a post code (「100 000」) has fewer
_DATE_SHAPE = re.compile(r"[0-9]{4}[ -][0-9]{1,2}[ -][0-9]{1,2}")  # 「2023-01-01」: a date, no telephone number


def _contact_values(section: Section) -> set[str]:
    """The e-mail addresses, web addresses and telephone numbers (seven digits or more, not a date) written in
    `section`'s paragraphs, case and spaces folded."""
    text = "\n".join(p.text for p in section.paragraphs)
    found = set()
    for m in _CONTACT_VALUE.finditer(text):
        value = m.group(0)
        if value[0].isdigit() and (sum(c.isdigit() for c in value) < _PHONE_DIGITS_MIN or _DATE_SHAPE.fullmatch(value)):
            continue
        found.add(re.sub(r"[\s-]", "", value).lower().rstrip("."))
    return found


def _same_contact(old: Section, new: Section) -> bool:
    """The only section left on each side of a gap, both titled as a contact section, giving the same contact detail
    (forty-fifth session, u45d: `eval/pairs44` tb-script 「联系我们」 → 「10. 聯絡方式」, its lead-in and e-mail line
    rewritten as one sentence with the same e-mail, read as one section removed and another added).  The same body
    under a reworded title is one renamed section; the place and the shared address are the evidence the title does
    not give.  Numbers must agree or one side has none (the other edition unnumbered); 「联系我们」 with another address,
    or a contact title over a section of another subject holding no address, stays removed + added."""
    if not (old.title and new.title and _CONTACT_TITLE.search(old.title) and _CONTACT_TITLE.search(new.title)):
        return False
    a, b = _number_key(old.number), _number_key(new.number)
    if a and b and a != b:
        return False
    return bool(_contact_values(old) & _contact_values(new))


def _shared_word(old: str | None, new: str | None) -> bool:
    """Do two titles share two telling Chinese characters written together (演示文稿 in 演示文稿转换 / 演示文稿渲染; 簡報 in
    簡報轉換 / 簡報繪製)?  `_TITLE_STOP` characters (我们, 信息, numbers) do not count."""
    a, b = fold(old or ""), fold(new or "")
    if any(word in a and word in b for word in _TELLING_STOP_WORDS):
        return True
    for k in range(len(a) - 1):
        pair = a[k : k + 2]
        if all(HAN_CHAR.match(c) and c not in _TITLE_STOP for c in pair) and pair not in _GENERIC_WORDS and pair in b:
            return True
    return False


# Words of two characters many section titles of one policy share without saying what the section is about: 「数据收集」
# → 「数据安全」 in the old one's place is another subject (tests/test_pairs28.py), not a rename.
_GENERIC_WORDS = frozenset(
    [
        "数据",
        "數據",
        "隐私",
        "隱私",
        "政策",
        "服务",
        "服務",
        "用户",
        "用戶",
        "产品",
        "產品",
        "平台",
        "应用",
        "應用",
        "网站",
        "網站",
        "本站",
        "相关",
        "相關",
        "其他",
        "其它",
        "说明",
        "說明",
    ]
)


# Characters every policy title uses (我们如何…您的个人信息): they say nothing about what a section is.
_TITLE_STOP = frozenset("我们們如何您你的个個人信息資訊资料料和與与及、，,。.:：（）()　 一二三四五六七八九十第章节節条條0123456789")
# ... but these words, made of them, say what a section is about: 「面部数据的第三方共享」 → 「网络请求与第三方」 shares
# 第三方 (third parties), whose 第 and 三 are numbering characters (`eval/pairs49` photo-rebrand).
_TELLING_STOP_WORDS = ("第三方",)


def _titles_share(old: str | None, new: str | None) -> bool:
    """Whether two section titles share a character that says what the section is about (收集 → 收集范围; 使用 → 用途)."""
    a = {c for c in fold(old or "").lower() if c not in _TITLE_STOP and not c.isspace()}
    b = {c for c in fold(new or "").lower() if c not in _TITLE_STOP and not c.isspace()}
    return bool(a & b)


def _title_within(old: str | None, new: str | None) -> bool:
    """Does one title's every telling Chinese character (not `_TITLE_STOP`) occur in the other, two at least?  「数据存储」
    in 「我们在哪里存储您的数据」: the same subject in other words; 「数据收集」 and 「数据安全」 share 数据 only."""
    a = {c for c in fold(old or "") if HAN_CHAR.match(c) and c not in _TITLE_STOP}
    b = {c for c in fold(new or "") if HAN_CHAR.match(c) and c not in _TITLE_STOP}
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return len(small) >= 2 and small <= large


def _numeral_style(number: str | None) -> str | None:
    """ "han" for a heading number in Chinese numerals (「四、」), "digit" for one in digits (「4.」), else None."""
    key = layout_key(number or "", strip_marker=False).strip(_TITLE_END + "、()（）第章节節条條")
    if not key:
        return None
    if key.isdigit():
        return "digit"
    return "han" if chinese_number(key) is not None else None


def _restyled(old: Sequence[Section], new: Sequence[Section]) -> bool:
    """Was the whole outline re-typed from Chinese numerals to digits, or back?  Every numbered top-level heading
    of one side in one style, every one of the other side in the other, at least RESTYLED_MIN of them on each side:
    「一、我们收集的信息」… → 「1. 开发者处理的信息」… (a mini-program guide whose ten headings were renumbered and
    reworded at once, `eval/blind/pairs25`).  A document numbered 一、 in one place and 1. in another is not one."""
    styles: list[set[str | None]] = []
    for side in (old, new):
        levels = [s.level for s in side if s.number and s.title]
        top = min(levels, default=0)
        found = [_numeral_style(s.number) for s in side if s.number and s.title and s.level == top]
        if len(found) < RESTYLED_MIN:
            return False
        styles.append(set(found))
    return styles in ([{"han"}, {"digit"}], [{"digit"}, {"han"}])


def _number_key(number: str | None) -> str:
    """A heading number without its punctuation and widths (「二、」 → 2, 「1.2」 → 1.2); a Chinese numeral is read as its
    value, so 「一、」 renumbered 「1.」 keeps its place (twenty-fifth session, `eval/blind/pairs25` lumy-guide-renumber)."""
    key = layout_key(number or "", strip_marker=False).strip(_TITLE_END + "、()（）第章节節条條")
    value = chinese_number(key) if key else None
    return key if value is None else str(value)


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


def _only_noise(
    section: Section, paragraph_keys: Sequence[str], chrome: frozenset[tuple[int, int]] | set[tuple[int, int]] = frozenset()
) -> bool:
    """A preamble on one side only whose every paragraph compares as nothing: a language switcher
    (「English | 简体中文 | 繁體中文」) or a rule above the first heading.  Adding or removing it is
    noise, as it is inside a preamble that both sides have (`--strict` shows it).

    So is a section whose heading is itself an HTML page-chrome line and whose lines are all chrome: a group of a
    site's sidebar (「AI」 over its links, a VitePress build, twenty-second session, `eval/dev22d` goravel-rebuild)."""
    if section.title is not None and (section.line, section.column) not in chrome:
        return False
    return (bool(paragraph_keys) or section.title is not None) and not any(paragraph_keys)


def in_place(
    pairs: dict[int, int], sizes: tuple[Sequence[int], Sequence[int]], texts: tuple[Sequence[str], Sequence[str]] | None = None
) -> list[tuple[int, int]]:
    """The (old, new) pairs that stayed in place: the longest run in order on both sides.

    Among runs of one length, the one that keeps the most text in place (the sizes of both
    sections' bodies), then the rest of `longest_increasing`'s tie-breaks, none of which
    depends on which side is old: diff(a, b) and diff(b, a) keep the same sections in place,
    flag the same ones `moved` and pair the same gaps (round 5).  The last of them, with
    `texts` (each section's title and body), ranks a pair by its two texts in sorted order:
    two sections of one size that swapped places were `moved` one way and the other one the
    other way (forty-second session, `tests/test_u42d_diff.py`)."""
    old_sizes, new_sizes = sizes
    order = [(pairs[j], j) for j in sorted(pairs)]
    rank = None
    if texts is not None:
        old_texts, new_texts = texts
        keyed = {p: tuple(sorted((old_texts[p[0]], new_texts[p[1]]))) for p in order}
        position = {key: k for k, key in enumerate(sorted(set(keyed.values())))}
        rank = lambda i, j: position[keyed[(i, j)]]  # noqa: E731 - a tie-break read once per pair
    return longest_increasing(order, lambda i, j: old_sizes[i] + new_sizes[j], rank)


def _drop_chrome(paragraph_keys: list[list[str]], doc: Document) -> dict[tuple[int, int], str]:
    """Blank the keys of an HTML page's chrome lines (`Document.chrome`: a menu, a badge, a copyright line in the
    page's header or footer), so that they compare as nothing, as a language switcher does (`--strict` shows them).
    Returns the blanked keys by (section, paragraph) index."""
    blanked: dict[tuple[int, int], str] = {}
    if not doc.chrome:
        return blanked
    for s, (section, keys) in enumerate(zip(doc.sections, paragraph_keys, strict=True)):
        for k, p in enumerate(section.paragraphs):
            if (p.line, p.column) in doc.chrome and keys[k]:
                blanked[(s, k)] = keys[k]
                keys[k] = ""
    return blanked


def _chrome_of(section: Section, s: int, blanked: dict[tuple[int, int], str]) -> list[int]:
    """Indexes of the chrome paragraphs of section `s`."""
    return [k for k in range(len(section.paragraphs)) if (s, k) in blanked]


def _chrome_count(old: Section, new: Section, chrome: tuple[list[int], list[int]]) -> int:
    """How many chrome lines differ between a section pair (0 when both sides hold the same ones)."""
    a = sorted(old.paragraphs[k].text for k in chrome[0])
    b = sorted(new.paragraphs[k].text for k in chrome[1])
    return max(len(a), len(b)) if a != b else 0


def _sizes(paragraph_keys: list[list[str]]) -> list[int]:
    """Each section's body size as `in_place` weighs it (its keys joined by newlines, without joining them)."""
    return [sum(map(len, keys)) + max(0, len(keys) - 1) for keys in paragraph_keys]


def _one_sided_next_to_chrome(changes: Sequence[Change], old: Section, new: Section, places: tuple[list[int], list[int]]) -> bool:
    """A line deleted (inserted) while the other side has chrome lines the first side lacks: an edit into or out of chrome."""
    texts = ({old.paragraphs[k].text for k in places[0]}, {new.paragraphs[k].text for k in places[1]})
    lone_old = any(new.paragraphs[k].text not in texts[0] for k in places[1])
    lone_new = any(old.paragraphs[k].text not in texts[1] for k in places[0])
    return any((c.op == "delete" and lone_old) or (c.op == "insert" and lone_new) for c in changes)


def _one_sided_count(changes: Sequence[Change], frame_lines: tuple[set[int | None], set[int | None]]) -> int:
    """How many of `changes` are a line of the policy deleted or inserted alone (not a line of the page's frame,
    `frame_lines`).  Comparing a section again with its frame lines back is kept only when it lowers this count: when
    it paired a kept line with a line of the footer (「Contact our DPO at …」 → a short footer line).  Otherwise the frame's
    own edits would show as changes beside a deletion they do not explain (u45d: `eval/pairs44` tb-script's contact
    section, its footer's © line and menu shown once the section was paired)."""
    return sum(
        1
        for c in changes
        if (c.op == "delete" and c.old_line not in frame_lines[0]) or (c.op == "insert" and c.new_line not in frame_lines[1])
    )


def _restored(paragraph_keys: list[str], s: int, blanked: dict[tuple[int, int], str], only: Sequence[int]) -> list[str]:
    """A copy of a section's paragraph keys with the keys of its chrome lines `only` back."""
    back = set(only)
    return [blanked.get((s, k), key) if k in back else key for k, key in enumerate(paragraph_keys)]


def _off_menu(places: list[int], section: Section, menus: frozenset[tuple[int, int]]) -> list[int]:
    """The chrome paragraphs among `places` that are in no menu of the site (`Document.menus`)."""
    return [k for k in places if (section.paragraphs[k].line, section.paragraphs[k].column) not in menus]


def _stable(pairs: dict[int, int], sizes: tuple[Sequence[int], Sequence[int]], texts: tuple[Sequence[str], Sequence[str]]) -> set[int]:
    """New indexes of the pairs in place (`in_place`); the rest moved."""
    return {j for _, j in in_place(pairs, sizes, texts)}


def _texts(sections: Sequence[Section], paragraph_keys: list[list[str]]) -> list[str]:
    """Each section's title and paragraph keys, one text (`in_place`'s last tie-break)."""
    return ["\n".join([section.title or "", *keys]) for section, keys in zip(sections, paragraph_keys, strict=True)]


def _title_line_shifted(before: Section, after: Section, old_title: str | None, new_title: str | None) -> bool:
    """The untitled opening of one side paired with a section headed by that side's own document title.

    A second title line added above a document's title (「# 隐私政策 (中文)」 over 「# 隐私政策」, pairs26) makes the old
    title the heading of the opening text; removing it turns that heading back into the title.  The text under it
    is the same opening, not a renamed section: the title change is the document's (`title_change`), not a rename."""
    if (before.title is None) == (after.title is None):
        return False
    heading, title = (after.title, old_title) if before.title is None else (before.title, new_title)
    return bool(title) and layout_key(heading or "").rstrip(_TITLE_END) == layout_key(title or "").rstrip(_TITLE_END)


def _frame_titles(before: Section, after: Section, old: Document, new: Document) -> bool:
    """Both sections' headings are the page's frame: each is an HTML page-chrome line (`Document.chrome`) or none.

    A built blog page's sidebar group title 「网页」 read as a heading on one deploy and as a line of the opening on the
    next (thirty-ninth session, `eval/pairs39` ed-sidebar): the site's menu changed its look, the policy no section's
    name.  A heading of the policy's own text is never chrome, so a real rename is still one."""
    if before.title is None and after.title is None:
        return False
    return all(s.title is None or (s.line, s.column) in doc.chrome for s, doc in ((before, old), (after, new)))


def _side_script(doc: Document) -> str | None:
    """hant/hans for one side; a mixed document counts as its majority script."""
    if doc.metadata.script != "mixed":
        return doc.metadata.script
    from policylens.script import count_script

    t, s = count_script("\n".join(p.text for p in doc.paragraphs()))
    return "hant" if t >= s else "hans"


def diff_documents(
    old: Document,
    new: Document,
    *,
    granularity: str = "word",
    strict: bool = False,
    show_variants: bool = False,
    anchors: tuple[Mapping[str, str], Mapping[str, str]] | None = None,
    regional: bool | None = None,
    parts: bool = False,
) -> DiffReport:
    """Align `old` and `new` and compute every change (`_diff_documents`); when only one side's format keeps link
    targets in its text (a Markdown source against its built HTML page), links are compared by their words
    (`keys.links_without_targets`).  `parts`: a block of another language appended at a section's end before a
    one-sided part in that language is an untitled entry of its own (`diff.parts`; its section is no section of
    the document, so callers that look entries' ids up in the documents leave it False)."""
    with links_without_targets(one_side_has_targets(old.source.format, new.source.format)):
        return _diff_documents(
            old,
            new,
            granularity=granularity,
            strict=strict,
            show_variants=show_variants,
            anchors=anchors,
            regional=regional,
            parts=parts,
        )


def _diff_documents(
    old: Document,
    new: Document,
    *,
    granularity: str,
    strict: bool,
    show_variants: bool,
    anchors: tuple[Mapping[str, str], Mapping[str, str]] | None,
    regional: bool | None,
    parts: bool = False,
) -> DiffReport:
    """Align `old` and `new` and compute every change.

    `anchors` (optional): section id → anchor on each side; by default each section's
    `anchor` as the structure stage recorded it.  Sections sharing an anchor pair first.
    `regional`: compare through the cross-script key, so script and regional wording
    (說明/説明, 軟體/軟件, 資料/数据) are variants, not changes.  None (the default) decides from
    the documents: their scripts differ (or one is mixed and the other not), or both regions are known and
    differ (a zh-TW and a zh-HK edition; a region from a file name's tag only when both files have one).  `compare` passes True for two different editions,
    whose tags say what detection from the text cannot always tell."""
    old, new = table_rows(old), table_rows(new)  # an HTML table row is one paragraph, as a Markdown pipe table's is
    old, new = shown_lines(old), shown_lines(new)  # and the lines <br> breaks stay lines in the redline
    old, new = run_in_titles(old, new)  # a heading run into its paragraph on one side (an HTML export of plain Markdown)
    scripts = {old.metadata.script, new.metadata.script}
    # a region a file name gives counts only when both files are named (policy_zh-TW.md against policy_zh-HK.md): against
    # a file with no tag, each side's wording decides, or a wording edit within one edition (軟體 → 軟件) would be hidden
    named = old.metadata.region_from_name and new.metadata.region_from_name
    regions = {m.region if named or not m.region_from_name else m.text_region for m in (old.metadata, new.metadata)}
    cross_script = (
        regional
        if regional is not None
        # (two versions of one page that mixes scripts, 简体 and 繁體 halves both times, are compared as written: each
        # half is matched with itself, and the cross-script folds, 仅/只 and 或者/或 among them, would hide its edits)
        else ("hant" in scripts and "hans" in scripts)
        or ("mixed" in scripts and len(scripts) > 1)
        or (None not in regions and len(regions) > 1)
    )
    sides = (_side_script(old), _side_script(new))
    if anchors is None:
        anchors = tuple({s.id: s.anchor for s in doc.sections if s.anchor} for doc in (old, new))  # type: ignore[assignment]
    notes: set[str] = set()
    # keyed once: matching, rename detection and the paragraph alignment of each pair all need them
    keys = section_keys(old.sections, new.sections, cross_script=cross_script, strict=strict, scripts=sides)
    blanked: tuple[dict[tuple[int, int], str], dict[tuple[int, int], str]] = ({}, {})
    if not strict:
        blanked = (_drop_chrome(keys.old_paragraphs, old), _drop_chrome(keys.new_paragraphs, new))
    pairs, sims = match_sections(
        old.sections, new.sections, cross_script=cross_script, strict=strict, scripts=sides, anchors=anchors, notes=notes, keys=keys
    )
    stable = _stable(
        pairs,
        (_sizes(keys.old_paragraphs), _sizes(keys.new_paragraphs)),
        (_texts(old.sections, keys.old_paragraphs), _texts(new.sections, keys.new_paragraphs)),
    )
    by_old = {i: j for j, i in pairs.items()}
    entries: list[tuple[tuple[float, float], SectionDiff]] = []
    for j, section in enumerate(new.sections):
        if j not in pairs:
            if not strict and _only_noise(section, keys.new_paragraphs[j], new.chrome):
                chrome = len(_chrome_of(section, j, blanked[1]))
                entries.append(
                    (
                        (j, 0),
                        SectionDiff(
                            "unchanged", False, False, None, section, (), (), 1.0, 0, len(section.paragraphs) - chrome, chrome=chrome
                        ),
                    )
                )
                continue
            changes, _, _ = diff_paragraphs(
                (),
                section.paragraphs,
                granularity=granularity,
                cross_script=cross_script,
                strict=strict,
                scripts=sides,
                keys=([], keys.new_paragraphs[j]),
            )
            topics = topics_of(section.title, *(p.text for p in section.paragraphs))
            entries.append(((j, 0), SectionDiff("added", False, False, None, section, changes, topics, 1.0, 0)))
            continue
        i = pairs[j]
        before = old.sections[i]
        chrome = 0
        if [p.text for p in before.paragraphs] == [p.text for p in section.paragraphs]:
            changes, variants, noise = (), 0, 0  # the same text: nothing to align
        else:
            pair_keys = (keys.old_paragraphs[i], keys.new_paragraphs[j])
            places = (_chrome_of(before, i, blanked[0]), _chrome_of(section, j, blanked[1]))
            # the lines a kept line may be compared against: chrome of the frame, never a line of the site's menus
            frame = (_off_menu(places[0], before, old.menus), _off_menu(places[1], section, new.menus))
            first: tuple[tuple[Change, ...], int, int] | None = None
            first_places = places
            restored_lines: tuple[set[int | None], set[int | None]] = (set(), set())
            while True:
                changes, variants, noise = diff_paragraphs(
                    before.paragraphs,
                    section.paragraphs,
                    granularity=granularity,
                    cross_script=cross_script,
                    strict=strict,
                    scripts=sides,
                    keep_variants=show_variants,
                    notes=notes,
                    keys=pair_keys,
                    chrome=places,
                )
                if first is not None:
                    if _one_sided_count(changes, restored_lines) >= _one_sided_count(first[0], restored_lines):
                        (changes, variants, noise), places = first, first_places  # the frame paired no kept line (u45d)
                    break
                if frame == ([], []) or not _one_sided_next_to_chrome(changes, before, section, frame):
                    break
                # a kept line on one side where the other side has only chrome (「Contact our DPO at …」 → a short
                # line of the footer): both are compared again, so that the edit reads as a replace, not a bare deletion.
                # A menu's lines stay out (a <nav>, a frame of links, `Document.menus`): a site's menu is frame whatever
                # else its section changes, and an edit beside it is no edit of it (`eval/pairs40c` sw-frame)
                first, first_places = (changes, variants, noise), places
                restored_lines = ({before.paragraphs[k].line for k in frame[0]}, {section.paragraphs[k].line for k in frame[1]})
                places = ([k for k in places[0] if k not in frame[0]], [k for k in places[1] if k not in frame[1]])
                pair_keys = (_restored(pair_keys[0], i, blanked[0], frame[0]), _restored(pair_keys[1], j, blanked[1], frame[1]))
            chrome = _chrome_count(before, section, places)
        renamed = keys.old_titles[i] != keys.new_titles[j]
        if renamed and cross_script and not strict and worded_alike(keys.old_titles[i], keys.new_titles[j]):
            renamed = False  # a translator's particle, not a new name (`WORDING_CHARS`): counted as a variant below
        if renamed and cross_script and not strict and same_across_scripts(_title_form(before), _title_form(section), sides):
            renamed = False  # a word read one way across scripts (`variants.READINGS`): counted as a variant below
        if renamed and not strict and _title_line_shifted(before, section, old.metadata.title, new.metadata.title):
            renamed = False  # a title line added or removed above the old one: counted as noise below
        if renamed and not strict and _frame_titles(before, section, old, new):
            renamed = False  # a heading of the page's frame, not the policy's: counted as noise below
        if not strict and not renamed and (before.title or "") != (section.title or ""):
            if cross_script and layout_key(before.title or "") != layout_key(section.title or ""):
                variants += 1
            else:
                noise += 1
        status = "modified" if any(not c.variant for c in changes) else "unchanged"
        topics = tuple(dict.fromkeys(t for c in changes for t in c.topics))
        if renamed:
            topics = tuple(dict.fromkeys((*topics, *topics_of(before.title, section.title))))
        entries.append(
            (
                (j, 0),
                SectionDiff(
                    status, j not in stable, renamed, before, section, changes, topics, sims[(i, j)], variants, noise, chrome=chrome
                ),
            )
        )
    anchor = -1  # the new place of the nearest earlier old section that survived (u52h: a walk back per section was quadratic)
    for i, section in enumerate(old.sections):
        if i in by_old:
            anchor = by_old[i]
            continue
        # place a removed section right after the nearest earlier old section that survived
        if not strict and _only_noise(section, keys.old_paragraphs[i], old.chrome):
            chrome = len(_chrome_of(section, i, blanked[0]))
            entries.append(
                (
                    (anchor + 0.5, i),
                    SectionDiff("unchanged", False, False, section, None, (), (), 1.0, 0, len(section.paragraphs) - chrome, chrome=chrome),
                )
            )
            continue
        changes, _, _ = diff_paragraphs(
            section.paragraphs,
            (),
            granularity=granularity,
            cross_script=cross_script,
            strict=strict,
            scripts=sides,
            keys=(keys.old_paragraphs[i], []),
        )
        topics = topics_of(section.title, *(p.text for p in section.paragraphs))
        entries.append(((anchor + 0.5, i), SectionDiff("removed", False, False, section, None, changes, topics, 1.0, 0)))
    if parts:
        entries = language_parts(entries, old, new)
    if not strict:
        found = find_moves(
            [e[1] for e in entries],
            key_old=keyer(sides[0], cross_script),
            key_new=keyer(sides[1], cross_script),
            redline=lambda gone, came: _moved_and_edited(gone, came, granularity, cross_script, sides, notes),
            titles=(old.metadata.title, new.metadata.title),
            ends=(old.sections[-1] if old.sections else None, new.sections[-1] if new.sections else None),
        )
        found = promoted_sections(found, keyer(sides[0], cross_script), keyer(sides[1], cross_script))
        entries = [(e[0], s) for e, s in zip(entries, found, strict=True)]
        entries = _headings_in_text(entries, keyer(sides[0], cross_script), keyer(sides[1], cross_script))
        if cross_script:
            entries = [(place, _reworded(s)) for place, s in entries]
    entries.sort(key=lambda e: e[0])
    said = {
        "paragraphs": "some long runs of repeated paragraphs had nothing unique to align on; they were aligned in step, without anchors (coarse)",
        "redline": "some long paragraphs of repetitive text had nothing unique to align on; their redline was aligned in step, without anchors (coarse)",
        "sections": "too many sections changed to compare each with all others; renamed or rewritten sections were looked for near their old place only",
    }
    title = diff_titles(
        old, new, granularity=granularity, cross_script=cross_script, strict=strict, scripts=sides, show_variants=show_variants, notes=notes
    )
    return DiffReport(
        old,
        new,
        tuple(e[1] for e in entries),
        cross_script,
        granularity,
        strict,
        tuple(said[n] for n in sorted(notes)),
        title.change,
        title.variants,
        title.noise,
        title.source,
    )


def _headings_in_text(
    entries: list[tuple[tuple[float, float], SectionDiff]], key_old: Callable[[str], str], key_new: Callable[[str], str]
) -> list[tuple[tuple[float, float], SectionDiff]]:
    """A heading that became a paragraph (or a paragraph that became a heading) is not a change.

    The same line is a heading on one side and a list line on the other (「1. 提供服务」 →
    「1. 提供服务。」: heading detection decides, not the author).  `find_moves` makes the
    section `merged` (its text moved into the parent), but the line itself reads as an
    inserted paragraph.  Here such an insertion whose key is the merged section's title
    (end punctuation aside) is dropped and counted as noise; likewise a deleted paragraph
    that is the title of a `split` section.

    Each title stands for one line.  When more lines than titles qualify, the lines dropped are chosen the same
    way whichever side is old (forty-ninth session, u49d2: three 「關於我們」 headings against two such paragraphs
    dropped the first entry's line, and the entries run in the *new* side's order, so diff(a, b) kept one line and
    diff(b, a) the other): first a line of a section that took the merged section's text (its `moved_from`; the
    mirror: a line of a section the split section's text came from), then by the line's place in its document."""
    sections = [s for _, s in entries]
    titles_old: dict[str, int] = {}
    titles_new: dict[str, int] = {}
    # title key -> old-side ids: of the merged sections with that title (an insertion is near in a section their text
    # went into), of the sections the split sections' text came from (a deletion is near in one of them)
    near_old: dict[str, set[str]] = {}
    near_new: dict[str, set[str]] = {}
    for s in sections:
        if s.merged and s.old and s.old.title:
            key = key_old(s.old.title).rstrip(_TITLE_END)
            titles_old[key] = titles_old.get(key, 0) + 1
            near_old.setdefault(key, set()).add(s.old.id)
        if s.split and s.new and s.new.title:
            key = key_new(s.new.title).rstrip(_TITLE_END)
            titles_new[key] = titles_new.get(key, 0) + 1
            near_new.setdefault(key, set()).update(s.moved_from)
    if not titles_old and not titles_new:
        return entries
    candidates: list[tuple[bool, int, int, int]] = []  # (not near, line, entry, change)
    keys_of: dict[tuple[int, int], str] = {}
    for e, (_, s) in enumerate(entries):
        for n, c in enumerate(s.changes):
            if c.variant:
                continue
            if c.op == "insert" and (key := key_new(c.new_text or "").rstrip(_TITLE_END)) and titles_old.get(key):
                near = not near_old.get(key, set()).isdisjoint(s.moved_from)
                candidates.append((not near, c.new_line or 0, e, n))
                keys_of[(e, n)] = "new:" + key
            elif c.op == "delete" and (key := key_old(c.old_text or "").rstrip(_TITLE_END)) and titles_new.get(key):
                near = s.old is not None and s.old.id in near_new.get(key, set())
                candidates.append((not near, c.old_line or 0, e, n))
                keys_of[(e, n)] = "old:" + key
    left = {"new:" + k: v for k, v in titles_old.items()} | {"old:" + k: v for k, v in titles_new.items()}
    drop: set[tuple[int, int]] = set()
    for _, _, e, n in sorted(candidates):
        if left[keys_of[(e, n)]] > 0:
            left[keys_of[(e, n)]] -= 1  # each title stands for one line
            drop.add((e, n))
    out = []
    for e, (place, s) in enumerate(entries):
        kept = [c for n, c in enumerate(s.changes) if (e, n) not in drop]
        dropped = len(s.changes) - len(kept)
        if dropped:
            status = s.status
            if status == "modified" and not any(not c.variant for c in kept):
                status = "unchanged"
            topics = () if status == "unchanged" and not s.renamed else s.topics
            s = s._replace(status=status, changes=tuple(kept), noise=s.noise + dropped, topics=topics)
        out.append((place, s))
    return out


def _reworded(s: SectionDiff) -> SectionDiff:
    """Across scripts, mark what a re-translation only re-worded (`diff.content`).

    A replaced paragraph whose content (numbers, e-mails, URLs, Latin names, negations,
    restrictions, parties, places, list items) is the same on both sides, in comparable
    length, is `reworded`: kept in the changes, counted apart, and no longer what makes the
    section `modified`.  A heading pair that differs in words only (隐私概要 / 隱私權概要 after
    the folds, 访问的数据 / 應用程式存取的數據) and stays in place (not `moved`) is no rename:
    `title_reworded`.  Insertions, deletions and any difference of content stay changes."""
    from policylens.diff.content import reworded, same_title

    if s.old is None or s.new is None:
        return s
    changes = tuple(
        c._replace(reworded=True)
        if c.op == "replace" and not c.variant and not c.reworded and reworded(c.old_text or "", c.new_text or "")
        else c
        for c in s.changes
    )
    title_reworded = s.renamed and not s.moved and same_title(s.old.title or "", s.new.title or "")
    if changes == s.changes and not title_reworded:
        return s
    renamed = s.renamed and not title_reworded
    real = [c for c in changes if not c.variant and not c.reworded]
    status = "unchanged" if s.status == "modified" and not real else s.status
    topics = tuple(dict.fromkeys(t for c in real for t in c.topics))
    if renamed:
        topics = tuple(dict.fromkeys((*topics, *topics_of(s.old.title, s.new.title))))
    return s._replace(status=status, renamed=renamed, changes=changes, topics=topics, title_reworded=title_reworded)


def _moved_and_edited(
    gone: Change, came: Change, granularity: str, cross_script: bool, sides: tuple[str | None, str | None], notes: set[str]
) -> Change:
    """One replace change for a paragraph deleted in one section and inserted, edited, in another."""
    old_text, new_text = gone.old_text or "", came.new_text or ""
    spans, _ = word_spans(old_text, new_text, granularity=granularity, cross_script=cross_script, strict=False, scripts=sides, notes=notes)
    return Change(
        "replace", gone.old_line, came.new_line, old_text, new_text, spans, change_topics(changed_with_context(spans), old_text, new_text)
    )


def summary(report: DiffReport) -> dict[str, object]:
    """Counts, topics and dates for the summary that every format shows first."""
    sections = report.sections
    topic_counts: dict[str, int] = {}
    for s in sections:
        if s.status != "unchanged" or s.renamed:
            for t in s.topics:
                topic_counts[t] = topic_counts.get(t, 0) + 1
    from policylens.diff.topics import TOPICS

    return {
        "added": sum(s.status == "added" for s in sections),
        "removed": sum(s.status == "removed" for s in sections),
        "modified": sum(s.status == "modified" for s in sections),
        "renamed": sum(s.renamed for s in sections),
        "moved": sum(s.moved for s in sections),
        # a removed heading whose whole text moved into other sections / an added heading
        # whose whole text came from others: status unchanged, flag on top
        "merged": sum(s.merged for s in sections),
        "split": sum(s.split for s in sections),
        "moved_text": sum(bool(s.moved_from) for s in sections),
        # of the moved paragraphs, those edited on the way: a change each, shown as a replace (u43d2; only when some were)
        **({"moved_edited": edited} if (edited := sum(s.moved_edited for s in sections)) else {}),
        # every section is in exactly one of added/removed/modified/unchanged; renamed and
        # moved are flags counted on top
        "unchanged": sum(s.status == "unchanged" for s in sections),
        "changes": sum(1 for s in sections if s.status == "modified" for c in s.changes if c.counted),
        "variants": sum(s.variants for s in sections),
        "noise": sum(s.noise for s in sections),
        # HTML page-chrome lines (a menu, a badge, a short copyright line) that differ, compared as nothing
        "chrome": sum(s.chrome for s in sections),
        # the document title changed (a rename of the product or the policy); not a section,
        # and not counted in `changes`, `variants` or `noise`, which count section paragraphs
        "title_changed": title_changed(report),
        "topics": [t for t in TOPICS if t in topic_counts],
        # across scripts only (fourteenth session): paragraphs and headings a re-translation worded
        # otherwise with the same content (`diff.content`); shown apart, not counted in `changes`
        **(
            {
                "reworded": sum(1 for s in sections for c in s.changes if c.reworded),
                "reworded_titles": sum(s.title_reworded for s in sections),
            }
            if report.cross_script
            else {}
        ),
    }


def title_changed(report: DiffReport) -> bool:
    """Did the document title change (more than its script, wording variants or formatting)?"""
    return report.title is not None and not report.title.variant


def has_changes(report: DiffReport) -> bool:
    """Any content change at all (exit code 1)?"""
    return title_changed(report) or any(
        s.status != "unchanged" or s.renamed or s.moved or s.merged or s.split or s.moved_from for s in report.sections
    )
