"""Titles closed by a colon: numbered siblings however long, lettered answers under a question, bare colon titles.

`_colon_siblings` (「1. 适用范围：」 … a numbered sequence of colon titles), `_answers_under_questions`, and in plain
text `_bare_colon_titles` (「信息收集：」 over its sentence, not a lead-in or a contact field).
"""

from __future__ import annotations

import re

from policylens.lazyre import lazy
from policylens.load.lines import BULLET
from policylens.model import Block
from policylens.normalise import fold
from policylens.numbering import number_value
from policylens.patterns import (
    CONTACT_CHANNELS,
)
from policylens.structure.headings.values import _SENTENCE_ENDS, _has_colon, _number_rest, heading_value
from policylens.structure.memo import parse_number
from policylens.structure.shapes import (
    Heading,
    is_plain_heading,
    numbered_heading,
    reads_as_sentence,
    unemphasise,
)


def _colon_siblings(blocks: list[Block], found: dict[int, Heading]) -> None:
    """Numbered titles ending in ： that form a sequence are headings, however long.

    「1. 适用范围：」 … 「4. 信息安全：」 are headings (a short title with a colon); 「5. 编辑和
    删除个人信息的权限：」 is longer than a label, but it is the next number of the same
    sequence, also closed by a colon, so the reader sees the fifth section, not a lead-in.
    The same holds for 「1. Information collection:」 … 「2. Use of information:」.  A line
    that announces a list (包括, 如下, 以下, 下列) or a bold label (「1. **数据加密**:」) is not.
    Lettered siblings are counted under one parent: a lone 「A. …：」 under 「1.」 and a lone 「B. …：」
    under 「2.」 are not a run (review rv14a).
    """
    sequence = {
        (h.key, _sibling_value(h), _parent_of(found, i, h.key))
        for i, h in found.items()
        if h.number is not None and fold(blocks[i].text).rstrip("*_ ").endswith(":")
    }
    candidates: dict[int, Heading] = {}
    announcing: dict[int, bool] = {}  # a line worded as announcing a list: is a numbered title its first line below?
    plain: dict[int, bool] = {}  # a colon line not worded as announcing, over a paragraph (`_lone_colon_title`)
    for i, block in enumerate(blocks):
        if i in found or block.kind not in ("paragraph", "item") or len(block.pieces) != 1 or not _has_colon(block.text):
            continue
        line = unemphasise(block.text)  # 「**A. 身份驗證與合法資格審核資料：**」: a bold line is read as its text
        text = fold(line).rstrip()
        if not text.endswith(":") or parse_number(line) is None:
            continue
        announces = re.search("包括|包含|如下|以下|下列", text) is not None
        stripped = line.rstrip()[:-1].rstrip()
        if stripped.endswith(("**", "__")):
            continue
        heading = numbered_heading(block._replace(text=stripped))
        if heading is None or _sibling_value(heading) is None:
            continue
        if heading.key == _CAPITAL_LETTER:
            if _lettered_sub_title(blocks, found, i, heading):
                candidates[i] = Heading(i, unemphasise(block.text).strip(), heading.number, heading.key)
        elif heading_value(heading) is not None and (
            i + 1 >= len(blocks) or blocks[i + 1].kind == "paragraph" or (not announces and _own_list_below(blocks[i + 1], heading))
        ):
            if announces and heading.number is not None and heading.number.style[0] == "decimal":
                continue  # 「1.2.2 这些功能包括：」 over 「1.2.2.1 用户注册」 without its 1.2 above: a lead-in, kept out of the levels
            if announces:
                below = _first_title_below(blocks, found, i)
                announcing[i] = below is not None and below.key != heading.key and heading_value(below) == 1
            candidates[i] = Heading(i, unemphasise(block.text).strip(), heading.number, heading.key)
            plain[i] = not announces and i + 1 < len(blocks) and blocks[i + 1].kind == "paragraph"
    parents = {i: _parent_of(found, i, h.key) for i, h in candidates.items()}
    # 「（二）我们会出于以下目的，收集和使用您的个人信息：」 over 「1、帮助您完成注册及登录」: worded as a lead-in, but the
    # numbered title under it, the first of its run, makes it a sub-title (it needs no sibling), and its sibling under
    # the same heading, 「（一）我们将通过以下途径收集…：」, one too (thirtieth session, u30t: eval/structure30
    # suiyuan-html).  Such a line over list items, with no titled sibling, stays a lead-in (「5.5 在以下情形中…：」)
    above = {i: _heading_above(found, i, candidates[i].key) for i in announcing}
    titled = {(candidates[i].key, _sibling_value(candidates[i]), above[i]) for i, over in announcing.items() if over}
    for i, over in announcing.items():
        key, value = candidates[i].key, _sibling_value(candidates[i])
        if over:
            found[i] = candidates.pop(i)
            sequence.add((key, value, parents[i]))
        elif value is None or not ({(key, value - 1, above[i]), (key, value + 1, above[i])} & titled):
            del candidates[i]
    sequence |= {(h.key, _sibling_value(h), parents[i]) for i, h in candidates.items()}
    kept: dict[int, Heading] = {}
    for i, heading in candidates.items():
        value = _sibling_value(heading)
        in_run = value is not None and (
            (heading.key, value - 1, parents[i]) in sequence or (heading.key, value + 1, parents[i]) in sequence
        )
        if in_run or (plain.get(i) and _lone_colon_title(found, i, heading)):
            kept[i] = heading
    found.update(_without_sentence_runs(blocks, found, kept))


# marks that end a clause inside a line: a colon line holding one is a sentence (`_lone_colon_title`)
_CLAUSE_BREAKS = "，,；;。"


def _lone_colon_title(found: dict[int, Heading], i: int, heading: Heading) -> bool:
    """A numbered line closed by ： over a paragraph, next to a heading one number before or after it in its own style,
    under the same heading (u50a): 「一、我们如何收集和使用个人信息：」 over its paragraph, then 「二、我们如何使用cookie」 and
    「三、…」 (eval/structure50a mwss-vue).  The colon run needs a colon sibling (`_colon_siblings`); here the siblings are
    titles without one, so the colon line is their peer, not a lead-in.  A line worded as announcing a list (包括, 以下 …)
    or over a list item is not judged so, and a run beside numbered sentences is dropped (`_without_sentence_runs`).
    A line with a clause break before its colon is a sentence announcing what follows, not a peer of plain titles
    (「2.如需協助，請聯繫我們的客服人員：」, 「3.编辑和删除个人信息的权限，我们会依法保障您行使这些权利：」: tests/test_structure15.py,
    tests/test_levels_glued.py)."""
    value = _sibling_value(heading)
    if value is None or any(mark in heading.title for mark in _CLAUSE_BREAKS):
        return False
    above = _heading_above(found, i, heading.key)
    after = next((k for k in sorted(found) if k > i and found[k].key == heading.key), None)
    before = next((k for k in sorted(found, reverse=True) if k < i and found[k].key == heading.key), None)
    for k, step in ((after, 1), (before, -1)):
        if k is not None and _sibling_value(found[k]) == value + step and _heading_above(found, k, heading.key) == above:
            return True
    return False


def _first_title_below(blocks: list[Block], found: dict[int, Heading], i: int) -> Heading | None:
    """The heading just under line `i`, directly or after at most two plain paragraphs (not list items).

    「（二）我们会出于以下目的，收集和使用您以下类型的个人信息：」, then the note 「我们需要特别提醒您的是：…」, then
    「1、帮助您完成注册及登录」 (eval/structure46c jiafeng-privacy-html): the note does not make the colon line a lead-in of
    its list; the numbered titles under it are still its sub-sections.  A line announcing list items (「5.5 在以下情形中…：」
    over 「（1）…」) has items, not paragraphs, below it and finds no title.
    """
    for k in range(i + 1, min(i + 4, len(blocks))):
        if k in found:
            return found[k]
        if blocks[k].kind != "paragraph":
            return None
    return None


def _own_list_below(below: Block, heading: Heading) -> bool:
    """The block under a colon title is the first item of a list of its own: numbered 1 in another style (「（一）本网站的
    权利与义务：」 over 「1．按协议的服务内容…」, eval/structure35 lbteam-protocol-aspx).  Such a line is a title when a sibling
    in its sequence is one (`_colon_siblings`), as a colon line over a paragraph is.  Not for a line announcing its list
    (包括, 以下 …: 「1、在以下情形中，您可以向我们提出删除个人信息的请求：」 over 「（1）…」, eval/precision22 zhongan):
    it is judged as before."""
    if below.kind != "item" or heading.number is None:
        return False
    number = parse_number(unemphasise(below.text))
    return number is not None and number.style != heading.number.style and number_value(number) == 1


def _without_sentence_runs(blocks: list[Block], found: dict[int, Heading], runs: dict[int, Heading]) -> dict[int, Heading]:
    """`runs` less every run of colon lines that goes on a run of numbered sentences.

    「3. 用户的帐号名称…应当遵守合法、健康的原则，不允许使用…的名称。」 then 「4. 用户应当对自己在游戏中的言行负责，尤其不得：」,
    「5. …尤其不得：」, 「6. …尤其不得：」, each over （1） items (`eval/structure30` yygame-html): the colon lines are clauses of
    the numbered sentences before them, lead-ins of their lists, not a run of titles.  A run is told by its neighbours
    under the same heading: a numbered sentence (closed by 「。」 or 「；」) one number before its first or after its last.
    「1. 适用范围：」…「4. 信息安全：」 with no numbered sentence beside them stay titles.
    """
    groups: list[list[int]] = []
    for i in sorted(runs):
        prev = groups[-1][-1] if groups else None
        if (
            prev is not None
            and runs[prev].key == runs[i].key
            and _sibling_value(runs[i]) == (_sibling_value(runs[prev]) or 0) + 1
            and not any(prev < k < i for k in found)
        ):
            groups[-1].append(i)
        else:
            groups.append([i])
    kept: dict[int, Heading] = {}
    for group in groups:
        first, final = runs[group[0]], runs[group[-1]]
        before, after = (_sibling_value(first) or 0) - 1, (_sibling_value(final) or 0) + 1
        start = _heading_above(found, group[0], first.key)
        end = next((k for k in sorted(found) if k > group[-1]), len(blocks))
        beside = range(start + 1 if start is not None else 0, end)
        if not any(_numbered_sentence(blocks[k], first.key, (before, after)) for k in beside if k not in group):
            kept.update((i, runs[i]) for i in group)
    return kept


def _numbered_sentence(block: Block, key: tuple[str, ...], values: tuple[int, int]) -> bool:
    """A paragraph numbered in the style `key` with one of `values`, closed as a sentence (「。」, 「；」)."""
    text = unemphasise(block.text).rstrip()
    if block.kind not in ("paragraph", "item") or not text.endswith(("。", "；", ";", "．")):
        return False
    number = parse_number(text)
    if number is None or ("num", *number.style) != key:
        return False
    return heading_value(Heading(-1, text, number, key)) in values


_CAPITAL_LETTER = ("num", "latin")


def _answers_under_questions(blocks: list[Block], found: dict[int, Heading]) -> None:
    """「**A. 立即删除（默认）：**」 under 「**1. 注销账号后我的数据会怎样？**」: a lettered line closed by a colon under a
    question is one of its answers, not a sub-title (review rv14a); a marked-up heading (`### A. …：`) stays one.
    """
    for i in [i for i, h in found.items() if h.key == _CAPITAL_LETTER and blocks[i].kind != "heading"]:
        if not fold(unemphasise(blocks[i].text)).rstrip("*_ ").endswith(":"):
            continue
        at = _parent_of(found, i, _CAPITAL_LETTER)
        if at is not None and fold(found[at].title).rstrip("*_ ").endswith(("?", "？")):
            del found[i]


def _parent_of(found: dict[int, Heading], i: int, key: tuple[str, ...]) -> int | None:
    """The block index of the heading a lettered line stands under (the nearest above in another style); None for others."""
    if key != _CAPITAL_LETTER:
        return None
    return next((k for k in range(i - 1, -1, -1) if k in found and found[k].key != key), None)


def _heading_above(found: dict[int, Heading], i: int, key: tuple[str, ...]) -> int | None:
    """The block index of the nearest heading above `i` numbered in another style than `key` (None at the top)."""
    return next((k for k in range(i - 1, -1, -1) if k in found and found[k].key != key), None)


def _sibling_value(h: Heading) -> int | None:
    """The place of a heading in its sequence: its number's value, or a capital letter's rank (「C.」 → 3)."""
    if h.key == _CAPITAL_LETTER and h.number is not None:
        return ord(fold(h.number.label)[0]) - ord("A") + 1
    return heading_value(h)


def _lettered_sub_title(blocks: list[Block], found: dict[int, Heading], i: int, heading: Heading) -> bool:
    """「A. 合法司機資格核對（主要目的）：」 under 「1. 資料蒐集」: a sub-title closed by a colon, its text below.

    A capital-lettered line under a section numbered in another style, whose words read as a
    title (no comma or sentence end before the colon, not a clause opening with its subject:
    「A. 我們會在您同意後收集您的手機號碼：」 announces a list), above a paragraph or a bulleted
    list (「• 位置資訊」, an <li>), not above another numbered or lettered line (the options of a question).
    """
    at = _parent_of(found, i, heading.key)
    parent = found[at] if at is not None else None
    if parent is None or parent.number is None:
        return False
    rest = _number_rest(heading).strip()
    if "，" in rest or "," in rest or reads_as_sentence(rest) or not is_plain_heading(blocks[i]._replace(kind="paragraph", text=rest)):
        return False
    if i + 1 >= len(blocks):
        return True
    below = blocks[i + 1]
    return below.kind in ("paragraph", "item") and parse_number(below.text) is None


# Contact fields closed by a colon (「地址：」 above the address): labels, never section titles.
_CONTACT_FIELD = lazy(rf"{CONTACT_CHANNELS}|mail|phone|address|fax|網址|网址|官網|官网", re.I)


# lead-in words and speaker or role labels closed by a colon: never a section title (review rv10b)
_LEAD_WORD = lazy(
    r"(?:注意|注|提示|温馨提示|溫馨提示|特别提示|特別提示|重要提示|重要|说明|說明|备注|備註|附注|附註|例如|比如|另外|此外|总之|總之"
    r"|note|nb|tip|tips|warning|important|example|e\.g\.)",
    re.I,
)
# (a speaker, or a contact's role over a name; not 未成年人：, 个人信息处理者：, section titles)
_SPEAKER_LABEL = lazy(r"(?:说|說|道|表示|指出|问|問|答|负责人|負責人|联系人|聯絡人|聯繫人|经办人|經辦人)$")


def _bare_colon_titles(blocks: list[Block], found: dict[int, Heading], title_idx: int | None) -> None:
    """Plain text whose sections are bare title lines closed by a colon: 「信息收集：」 over its sentence.

    A short line that would be a plain heading without its colon is a section title when
    the line after it is its text: a paragraph, not a list item, with a sentence in it (a
    comma or a sentence end), at least twice as long as the title.  Two such lines are
    needed (a lone 「注意：」 is a lead-in); a line announcing what follows (包括, 如下, 以下,
    下列), a contact field (「地址：」 over the address) and a label over its value
    (「第三方SDK名称：」 / 「Unity3D SDK」) are not.
    """
    if any(h.number is not None for h in found.values()):
        return  # the document numbers its sections: a colon line among them is a lead-in (「注意：」 beside 「1. …」)
    candidates: list[int] = []
    for i, block in enumerate(blocks[:-1]):
        if i == title_idx or i in found or block.kind != "paragraph" or len(block.pieces) != 1 or not _has_colon(block.text):
            continue
        if parse_number(block.text) is not None:
            continue
        folded = fold(block.text).strip()
        if not folded.endswith(":") or len(folded) > 17 or not folded.rstrip(":"):
            continue
        bare = block.text.strip()[:-1].rstrip()
        if re.search("包括|包含|如下|以下|下列", bare) or _CONTACT_FIELD.search(bare) or not is_plain_heading(block._replace(text=bare)):
            continue
        if _LEAD_WORD.fullmatch(fold(bare).strip()) or _SPEAKER_LABEL.search(bare):
            continue  # 「注意：」, 「温馨提示：」, "Note:" (a lead-in), 「张三说：」, 「负责人：」 (a speaker or a role)
        below = blocks[i + 1]
        text = fold(below.text).strip()
        if below.kind != "paragraph" or parse_number(below.text) is not None or BULLET.match(text):
            continue
        if len(text) >= 2 * len(bare) and ("，" in text or text.endswith(_SENTENCE_ENDS)):
            candidates.append(i)
    if len(candidates) < 2:
        return
    for i in candidates:
        found[i] = Heading(i, unemphasise(blocks[i].text).strip(), None, ("plain", "leaf"))
