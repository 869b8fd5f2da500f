"""What section alignment compares (`diff.align`): a section's title and body keys (`section_keys`, `SectionKeys`), titles
with their numbering stripped, wording alike, sentence counts and shared characters, the texts of a section's subtree,
the similarity ratio of two bodies, and the pairs that keep their order (`in_place`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import NamedTuple

from rapidfuzz.distance import LCSseq

from policylens.diff.keys import compare_key, layout_key, script_key
from policylens.diff.redline import sentences
from policylens.diff.sequence import longest_increasing
from policylens.diff.similarity import shared_share
from policylens.diff.similarity import similarity as key_similarity
from policylens.model import Section
from policylens.patterns import HAN, HEADING_PICTOGRAPHS, chinese_number

BODY_WITH_TITLE = 0.3
# ... provided the smaller body is at least this share of the larger one: a two-line
# section is "kept" inside almost any long section.
KEPT_SIZE = 0.25
# Bodies longer than this (characters, both sides) are compared by their shared sentences
# instead of a character ratio, whose cost grows with the product of the lengths.
RATIO_MAX_CHARS = 20_000
# A parent is compared by at most this many children's bodies (enough to recognise it;
# bounded so that a document of empty headings stays linear).
MAX_CHILDREN = 50


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


def _number_key(number: str | None) -> str:
    """A heading number without its punctuation and widths (「二、」 → 2, 「1.2」 → 1.2); a Chinese numeral is read as its
    value, so 「一、」 renumbered 「1.」 keeps its place (twenty-fifth session, `eval/blind/pairs25` lumy-guide-renumber)."""
    key = layout_key(number or "", strip_marker=False).strip(_TITLE_END + "、()（）第章节節条條")
    value = chinese_number(key) if key else None
    return key if value is None else str(value)


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
