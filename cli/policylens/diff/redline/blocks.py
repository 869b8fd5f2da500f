"""Paragraphs paired inside a block that changed (`_pair_block`): greedy pairs by similarity, field lines by their label,
rewritten, grown, lead-grown and listed paragraphs in the gaps, a paragraph read as a list, item labels, paragraphs
that read alike, and a paragraph deleted or inserted alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from difflib import SequenceMatcher

from policylens.diff.keys import layout_key
from policylens.diff.redline.word_level import LONG_CHARS, _ratio, changed_with_context, word_spans
from policylens.diff.topics import change_topics, topics_of
from policylens.diff.variants import same_across_scripts
from policylens.model import Change, DiffSpan, Paragraph
from policylens.patterns import CONTACT_CHANNELS, CONTACT_PERSON, FIELD_NAMES, HAN

# Two paragraphs in a changed block are paired as one modified paragraph when their keys
# are at least this similar (rapidfuzz ratio); below it, the old one reads as deleted and
# the new one as inserted.  0.45: a paragraph that kept fewer than about half of its
# characters is better read as rewritten.
PAIR_SIMILARITY = 0.45
# ... except a block of one paragraph on each side, the only thing changed between the same two equal neighbours: there
# the place says the new paragraph is the old one rewritten, and this much likeness (the bar `align.GAP_BODY_MIN` sets for
# a section in its old place) pairs them, when they also keep a run of REWRITE_RUN characters and neither is more than
# twice the other.  「您的数据使用 Supabase…存储在位于美国的服务器上，并受到企业级安全措施的保护。」 → 「您的数据通过行业领先的
# 云服务提供商…，并受到企业级安全措施的保护。…」 (0.44, pairs28 bookra-generic) reads better as one redline that strikes
# Supabase and the US servers than as a deletion and an insertion.  Not two sentences sharing only function words after
# one lead word (「例如：我们会…」 → 「例如：在您…时，我们会…」, review u27w), not a paragraph that absorbed moved ones (its
# length doubles: `moves` reads those), not across scripts (`compare` weighs a translator's line turned round itself).
REWRITE_SIMILARITY = 0.3
REWRITE_RUN = 8
# How far ahead in the new block a paragraph's partner is looked for: paragraphs inserted
# between two edited ones rarely come in runs longer than this.
PAIR_LOOKAHEAD = 8


def _one_sided(op: str, p: Paragraph) -> Change:
    span = DiffSpan("delete" if op == "delete" else "insert", p.text)
    if op == "delete":
        return Change(op, p.line, None, p.text, None, (span,), topics_of(p.text))
    return Change(op, None, p.line, None, p.text, (span,), topics_of(p.text))


# A field line: a short label, a colon, a short value (「邮箱：privacy@plucknote.com」).  The same label with another value
# is the field changed, one modified paragraph however little of the value is left (twenty-seventh session,
# `eval/pairs27` plucknote-email: 「邮箱：privacy@plucknote.com」 → 「邮箱：chixiang1983@gmail.com」 read as a deletion and an
# insertion).  Keys write ： as :.  Only a field's label (a contact channel, a name, a date: `_FIELD_LABEL`) and a value with
# no clause mark: a paragraph after a lead word (「例如：我们会…。」) is paired by its words only, and so is a URL (review u27w).
_FIELD = re.compile(r"([^:\s][^:\n]{0,15}):[ \t]*([^\s，。；！？,;!?][^\n，。；！？,;!?]{0,79})")
_FIELD_LABEL = re.compile(
    rf"{CONTACT_CHANNELS}|{CONTACT_PERSON}|{FIELD_NAMES}|网站|網站|版本|客服|热线|熱線|"
    r"(?i:e-?mail|phone|tel\b|fax|address|contact|website|url\b|name|date|version)"
)


def _field(text: str) -> str | None:
    """The label of a field line (「邮箱：a@b.cn」 → 邮箱), else None."""
    m = _FIELD.fullmatch(text.strip())
    if m is None:
        return None
    label = m.group(1).strip()
    return label if _FIELD_LABEL.search(label) and not label.lower().startswith(("http", "www")) else None


def _greedy_pairs(ka: list[str], kb: list[str]) -> list[tuple[int, int, float]]:
    """Each paragraph of `ka` in turn takes its most similar partner among the next PAIR_LOOKAHEAD of `kb`."""
    out: list[tuple[int, int, float]] = []
    j = 0
    fields_b: dict[int, str | None] = {}
    for i, key in enumerate(ka):
        best, best_j = 0.0, None
        field = _field(key)
        for jj in range(j, min(len(kb), j + PAIR_LOOKAHEAD)):
            score = _ratio(key, kb[jj])
            if score < PAIR_SIMILARITY and field is not None:
                if jj not in fields_b:
                    fields_b[jj] = _field(kb[jj])
                if fields_b[jj] == field:
                    score = PAIR_SIMILARITY  # the same field, another value
            if score > best:
                best, best_j = score, jj
        if best_j is not None and best >= PAIR_SIMILARITY:
            out.append((i, best_j, best))
            j = best_j + 1
    return out


def _rewritten(a: str, b: str) -> bool:
    """Is key `b` key `a` rewritten: at most twice as long either way, REWRITE_SIMILARITY alike, a run of REWRITE_RUN
    characters kept (module constants)?"""
    if not a or not b or 2 * min(len(a), len(b)) < max(len(a), len(b)) or len(a) + len(b) > LONG_CHARS:
        return False
    if _ratio(a, b) < REWRITE_SIMILARITY:
        return False
    return SequenceMatcher(None, a, b, autojunk=False).find_longest_match().size >= REWRITE_RUN


# (thirtieth session, u30b: the leftover of pairs29 purpgo-terms-items, 「- 日历月视图」 → 「- 基础日历月视图概览（日历页面快速总览
# 全局）」 read as a deletion and an insertion) A list item alone in its place whose whole text, but for a few characters,
# is kept in one run inside the other side's item is that item grown (or cut down), however much longer the other is: an
# item is one line, not a paragraph that absorbed moved ones.  The shorter keeps at least GROWN_KEPT of its characters in
# one run and is at least GROWN_MIN characters long (「- 日历」 inside a longer item is no evidence).
GROWN_KEPT = 0.8
GROWN_MIN = 4


def _grown(a: str, b: str) -> bool:
    """Is list item key `b` key `a` grown past twice its length (or `a` cut down to `b`): the shorter kept in one run?"""
    short, long = sorted((a, b), key=len)
    if len(short) < GROWN_MIN or 2 * len(short) >= len(long) or len(a) + len(b) > LONG_CHARS:
        return False  # (at most twice as long: `_rewritten` decides)
    return SequenceMatcher(None, short, long, autojunk=False).find_longest_match().size >= GROWN_KEPT * len(short)


# (thirty-third session, u33b: the leftover of pairs32's held-out nyust-remember （一）, 「您的學號與密碼僅用於代您向雲科大官方
# 系統（單一入口服務網）進行身分驗證：」 → 「您的學號與密碼僅用於代您向雲科大官方系統進行身分驗證。本應用程式使用兩種官方驗證管道：…」
# read as a deletion and an insertion) A paragraph alone in its place that opens as the other side's paragraph opens and
# grew past twice its length (or was cut down so) is that paragraph grown: one replace, its kept opening unchanged.  Both
# keys start with a run of LEAD_OPENING characters or more, the shorter is at least LEAD_MIN long and keeps LEAD_KEPT of
# its characters in the longer in runs of LISTED_RUN or more: a paragraph deleted where an unrelated one that shares a
# few opening words was added stays a deletion and an insertion.  The shorter must itself be edited (not found whole
# inside the longer): a paragraph kept whole with text after it may be other paragraphs joined to it (headings flattened
# into one paragraph: `moves` reads those as moves, tests/test_diff_moves.py), and stays as it was.
LEAD_OPENING = 10
LEAD_MIN = 12
LEAD_KEPT = 0.6


def _lead_grown(a: str, b: str) -> bool:
    """Is paragraph key `b` key `a` grown past twice its length (or `a` cut down to `b`), its opening kept?"""
    short, long = sorted((a, b), key=len)
    if len(short) < LEAD_MIN or 2 * len(short) >= len(long) or len(a) + len(b) > LONG_CHARS or short in long:
        return False  # (at most twice as long: `_rewritten` decides; kept whole: perhaps paragraphs joined to it)
    blocks = SequenceMatcher(None, short, long, autojunk=False).get_matching_blocks()
    if not blocks or blocks[0].a != 0 or blocks[0].b != 0 or blocks[0].size < LEAD_OPENING:
        return False
    return sum(m.size for m in blocks if m.size >= LISTED_RUN) >= LEAD_KEPT * len(short)


# (thirtieth session, u30b: the leftover of pairs29 purpgo-privacy 三, 「所有数据仅存储在您的设备本地，…。建议启用设备加密…。导出
# 文件由您自行保管。」 rewritten as four list items read as the paragraph deleted and four items inserted) A paragraph alone in
# its place where a run of list items now stands (or items where a paragraph now stands) is one passage rewritten when at
# least LISTED_KEPT of the shorter side's characters are kept in the other, in runs of LISTED_RUN or more, one of them
# REWRITE_RUN long: one entry, the items one line each.  A paragraph deleted where unrelated items were added stays a
# deletion and insertions.
LISTED_KEPT = 0.5
LISTED_RUN = 2


def _listed(a: str, b: str) -> bool:
    """Is the joined items' key `b` the paragraph key `a` rewritten as a list (or `a` the items joined back)?"""
    short, long = sorted((a, b), key=len)
    if len(short) < REWRITE_RUN or len(a) + len(b) > LONG_CHARS:
        return False
    runs = [m.size for m in SequenceMatcher(None, short, long, autojunk=False).get_matching_blocks() if m.size >= LISTED_RUN]
    return bool(runs) and max(runs) >= REWRITE_RUN and sum(runs) >= LISTED_KEPT * len(short)


# (thirty-third session, u33d: the leftover of pairs29 purpgo-privacy 四, 「仅集成 Apple 语音识别框架，受 Apple 隐私政策约束。
# 无其他第三方追踪或广告。」 rewritten as 「本应用集成以下第三方服务：」, two items and 「本应用不集成任何第三方分析工具…」, read as a
# deletion and four insertions) In a gap between paired paragraphs, the items may be framed by one paragraph that leads
# them and one that follows: at most FRAMED_MAX paragraphs in all, one item at least, the same `_listed` bar over all of
# their text.  Only where the paragraph paired with none of them: one that pairs with an item or with the closing
# paragraph keeps that pair, the rest inserted (pairs28 beadcube-update: a paragraph reworded as the first of five items
# whose four others are new; pairs26b sqliteflow-hans-cut: three items and a paragraph cut to one sentence).
FRAMED_MAX = 8


def _list_shape(many: Sequence[Paragraph], framed: bool) -> bool:
    """Are `many` two or more list items, or (`framed`) one or more items with at most one paragraph before them and one
    after (FRAMED_MAX paragraphs at most)?"""
    kinds = [p.kind == "item" for p in many]
    if all(kinds):
        return True
    if not framed or len(many) > FRAMED_MAX:
        return False
    first, last = (0 if kinds[0] else 1), (len(kinds) if kinds[-1] else len(kinds) - 1)
    return first < last and all(kinds[first:last])


def _as_list(
    old: Sequence[Paragraph],
    new: Sequence[Paragraph],
    ka: Sequence[str],
    kb: Sequence[str],
    options: dict[str, object],
    *,
    framed: bool = False,
) -> Change | None:
    """The gap `old` → `new` as one passage: a paragraph turned into two or more list items, or the items joined back
    (`_listed`); with `framed`, the items may have a lead paragraph and a closing one (`_list_shape`); None for any
    other gap."""
    if len(old) == 1 and len(new) >= 2:
        one, many, one_key, many_keys = old[0], new, ka[0], kb
    elif len(new) == 1 and len(old) >= 2:
        one, many, one_key, many_keys = new[0], old, kb[0], ka
    else:
        return None
    if one.kind == "item" or not _list_shape(many, framed) or not _listed(one_key, "".join(many_keys)):
        return None
    items = "\n".join(p.text for p in many)
    a, b = (one.text, items) if one is old[0] else (items, one.text)
    spans, _ = word_spans(a, b, **options)  # type: ignore[arg-type]
    return Change("replace", old[0].line, new[0].line, a, b, spans, change_topics(changed_with_context(spans), a, b))


# (thirty-second session, u32b: a lead of a lost session, checked on fa5a21c0: 「- **位置信息**：在您使用附近门店功能时获取
# 粗略位置…」 → 「- **位置信息**：为向您推荐本地活动，我们会在后台持续获取精确定位…」 read as a deletion and an insertion) A
# list item alone in its place whose label (the bold or plain words before 「：」) the other side's item keeps is that item
# rewritten, however little of the rest is kept: one replace.
# (matched on the text without its leading spaces; the label starts with no space, and the spaces after a marker go with
# the marker: one way to split a run of spaces, linear where two `\s*` in a row tried every split)
_ITEM_LABEL = re.compile(
    r"(?:(?:[-*+•]|\d{1,3}[.、)）]|[（(]\d{1,3}[)）])\s*)?(?:\*\*|__)?([^\s*_：:，,。；;][^*_：:，,。；;\n]{0,15}?)(?:\*\*|__)?\s*[：:]"
)


_LABEL_WORD = re.compile(f"[{HAN}A-Za-z]{{2}}")


def _item_label(p: Paragraph) -> str | None:
    """The label of a list item 「- **位置信息**：…」 (位置信息), else None (not an item, or no label)."""
    if p.kind != "item":
        return None
    m = _ITEM_LABEL.match(p.text.lstrip())
    if m is None:
        return None
    label = m.group(1).strip()
    return label if _LABEL_WORD.search(label) and len(p.text) > m.end() else None


def _rewritten_in_gaps(
    chosen: list[tuple[int, int, float]],
    ka: list[str],
    kb: list[str],
    items: tuple[list[bool], list[bool]],
    labels: tuple[list[str | None], list[str | None]] | None = None,
) -> list[tuple[int, int, float]]:
    """`chosen` with one paragraph rewritten in its place paired too (`_rewritten`): where one old and one new paragraph
    are all that is left between two pairs (or a pair and the block's end), the place says the new one is the old one
    rewritten.  A block of one paragraph a side is the case u28b paired; a gap inside a larger block is the same place
    (「…授权的第三方」 → 「…授权的合作伙伴…」 between two edited paragraphs: pairs29, u29b).  Two list items there (`items`:
    which paragraphs of each side are items) are also paired when one grew out of the other (`_grown`); two paragraphs
    that are no items, when one grew out of the other's opening (`_lead_grown`)."""
    out: list[tuple[int, int, float]] = []
    pi = pj = 0
    for i, j, score in [*chosen, (len(ka), len(kb), 0.0)]:
        same_label = labels is not None and i - pi == j - pj == 1 and labels[0][pi] is not None and labels[0][pi] == labels[1][pj]
        if i - pi == j - pj == 1 and (
            _rewritten(ka[pi], kb[pj])
            or (items[0][pi] and items[1][pj] and _grown(ka[pi], kb[pj]))
            or (not items[0][pi] and not items[1][pj] and _lead_grown(ka[pi], kb[pj]))
            or same_label
        ):
            out.append((pi, pj, _ratio(ka[pi], kb[pj])))
        elif (lone := _lone_paragraphs(items, pi, i, pj, j)) is not None and _rewritten(ka[lone[0]], kb[lone[1]]):
            out.append((*lone, _ratio(ka[lone[0]], kb[lone[1]])))
        if i < len(ka):
            out.append((i, j, score))
        pi, pj = i + 1, j + 1
    return out


# A gap this long on either side is not searched for paragraphs that read alike (`_read_alike_in_gaps`: quadratic).
_READ_ALIKE_GAP = 20


def _read_alike_in_gaps(
    chosen: list[tuple[int, int, float]], old: Sequence[Paragraph], new: Sequence[Paragraph], scripts: tuple[str | None, str | None]
) -> list[tuple[int, int, float]]:
    """`chosen` with the paragraphs of a gap between two pairs that read the same across scripts paired in order
    (`variants.same_across_scripts`, one-way `READINGS` included): 「- 通讯录」 / 「- 聯絡人」 between unchanged items
    (fifty-third session, u53d; `eval/pairs52` buttsnap-xscript's class, u52x's notes) was an item deleted and one
    inserted, since a paragraph's key holds no one-way reading and the two share no character for the greedy pairing.
    Each is then a variant, as inside a paragraph; another item in its place (「- 位置」) stays a deletion and an insertion."""
    out: list[tuple[int, int, float]] = []
    pi = pj = 0
    for i, j, score in [*chosen, (len(old), len(new), 0.0)]:
        if 0 < i - pi <= _READ_ALIKE_GAP and 0 < j - pj <= _READ_ALIKE_GAP:
            start = pj
            for a in range(pi, i):
                text = layout_key(old[a].text, strip_marker=False)
                for b in range(start, j):
                    if same_across_scripts(text, layout_key(new[b].text, strip_marker=False), scripts):
                        out.append((a, b, 1.0))
                        start = b + 1
                        break
        if i < len(old):
            out.append((i, j, score))
        pi, pj = i + 1, j + 1
    return out


def _lone_paragraphs(items: tuple[list[bool], list[bool]], pi: int, i: int, pj: int, j: int) -> tuple[int, int] | None:
    """The only paragraph that is no list item on each side of the gap old[pi:i], new[pj:j], when list items are all
    the rest of it, one side at least holding some (forty-fifth session, u45d: `eval/pairs45` moody-sdk, a third-party
    SDK's paragraph rewritten (0.43 alike, its closing sentence kept) over its link list, one item replaced by two, read
    as a deletion and an insertion because the gap held two old and three new paragraphs).  The place says the same as
    in a gap of one paragraph a side; the items around it are compared as they were."""
    if i - pi == j - pj == 1:
        return None
    olds = [k for k in range(pi, i) if not items[0][k]]
    news = [k for k in range(pj, j) if not items[1][k]]
    return (olds[0], news[0]) if len(olds) == 1 == len(news) else None


def _pair_block(
    old: tuple[Paragraph, ...], new: tuple[Paragraph, ...], ka: list[str], kb: list[str], options: dict[str, object]
) -> list[Change]:
    """Inside a replace block, pair similar paragraphs in order; the rest are inserts/deletes.

    The pairs are made greedily from each side (each old paragraph takes its best partner in
    turn, and each new one), and the reading with more pairs, then more similarity, then pairs
    nearer each other wins: a choice that does not depend on which side is old, so diff(b, a)
    pairs what diff(a, b) pairs (thirteenth session; before, only the old side chose, and a
    paragraph paired one way was a move the other way).  From the old side on a tie, as before."""
    listed = None if options["cross_script"] else _as_list(old, new, ka, kb, options)
    if listed is not None:
        return [listed]  # the block is one paragraph and the items it became (its first item alike or not)
    forward = _greedy_pairs(ka, kb)
    backward = [(i, j, score) for j, i, score in _greedy_pairs(kb, ka)]

    def merit(pairs: list[tuple[int, int, float]]) -> tuple[int, float, int]:
        return len(pairs), round(sum(score for _, _, score in pairs), 9), -sum(abs(i - j) for i, j, _ in pairs)

    chosen = backward if merit(backward) > merit(forward) else forward
    if options["cross_script"]:
        chosen = _read_alike_in_gaps(chosen, old, new, options["scripts"])  # type: ignore[arg-type]
    else:
        chosen = _rewritten_in_gaps(
            chosen,
            ka,
            kb,
            ([p.kind == "item" for p in old], [q.kind == "item" for q in new]),
            ([_item_label(p) for p in old], [_item_label(q) for q in new]),
        )
    out: list[Change] = []
    pi = pj = 0
    for i, j, _ in [*chosen, (len(old), len(new), 0.0)]:
        listed = None if options["cross_script"] else _as_list(old[pi:i], new[pj:j], ka[pi:i], kb[pj:j], options, framed=True)
        if listed is not None:
            out.append(listed)
        else:
            out += [_one_sided("delete", p) for p in old[pi:i]]
            out += [_one_sided("insert", q) for q in new[pj:j]]
        if i == len(old):
            break
        p, q = old[i], new[j]
        spans, _ = word_spans(p.text, q.text, **options)  # type: ignore[arg-type]
        out.append(Change("replace", p.line, q.line, p.text, q.text, spans, change_topics(changed_with_context(spans), p.text, q.text)))
        pi, pj = i + 1, j + 1
    return out
