"""Numbered titles found by their neighbours, and the last passes over the headings found.

DOCX numbers glued to their title (「1我们收集的信息」), a long numbered title between two heading siblings, a
full-stop numbered line over its first sub-title, a lone I/V/X read as a Roman numeral in a Roman sequence,
titles set off by one symbol, and plain headings directly over another heading made parents.
"""

from __future__ import annotations

from collections.abc import Iterator

from policylens.lazyre import lazy
from policylens.model import Block
from policylens.normalise import fold
from policylens.numbering import Number, number_value
from policylens.patterns import (
    CLAUSE_MARKS,
    SENTENCE_ENDS,
)
from policylens.structure.headings.values import heading_value, roman_value
from policylens.structure.memo import parse_number
from policylens.structure.shapes import (
    MAX_NUMBERED,
    Heading,
    heading_like,
    is_label_or_org,
    unemphasise,
)

# The styles of a top-level arabic section number: 「2. 」 (or 「2.」), 「2、」, 「2 」.
_ARABIC_STYLES = frozenset({("decimal", "1"), ("arabic-dun",), ("arabic-space",)})
_GLUED_DEFAULT = ("decimal", "1")


def _glued_numbers(blocks: list[Block]) -> dict[int, tuple[str, ...]]:
    """DOCX paragraphs numbered 「1我们收集的信息」, 「2删除个人信息」: the number glued to the title, and its style.

    Word's own numbering typed by hand without its space.  A paragraph of its own opening
    with a number is read so only in a run of them: the section number before or after it
    (「1、」, 「1.」 or glued) is the one before or after its own, and it takes that number's
    style (「2删除…」 between 「1、…」 and 「3、…」 is their sibling); a run of glued numbers only is
    styled like 「1.」.  A lone 「58同城隐私政策」 or a quantity (「2021年」, 「3000元」, 「1天内」:
    see `numbering`) is not.
    """
    marks: list[tuple[int, int, tuple[str, ...] | None]] = []  # (block, value, style; None: glued), in order
    for i, block in enumerate(blocks):
        if block.kind not in ("paragraph", "heading") or not block.text[:1].isdecimal():
            continue
        number = parse_number(block.text)
        if number is not None and number.style not in _ARABIC_STYLES:
            continue
        glued = number is None
        number = number or parse_number(block.text, glued=_GLUED_DEFAULT)
        if number is not None:
            marks.append((i, int(fold(number.label).rstrip(".、 \t\u3000\u00a0")), None if glued else number.style))
    found: dict[int, tuple[str, ...]] = {}
    for k, (i, value, style) in enumerate(marks):
        if style is not None:
            continue
        before = marks[k - 1] if k and marks[k - 1][1] == value - 1 else None
        after = marks[k + 1] if k + 1 < len(marks) and marks[k + 1][1] == value + 1 else None
        if before is None and after is None:
            continue
        # the neighbour's style (a glued one before it has its style by now)
        styles = [m[2] if m[2] is not None else found.get(m[0]) for m in (before, after) if m is not None]
        found[i] = next((s for s in styles if s is not None), _GLUED_DEFAULT)
    return found


def _numbered_lines(blocks: list[Block], found: dict[int, Heading]) -> Iterator[tuple[int, Number, str, Heading]]:
    """(index, number, folded text after the number, the line as a heading) of each numbered one-line paragraph or item
    not taken yet (`found` is read as the caller fills it: a line taken above is not offered)."""
    for i, block in enumerate(blocks):
        if i in found or block.kind not in ("paragraph", "item") or len(block.pieces) != 1:
            continue
        number = parse_number(block.text)
        if number is not None:
            yield i, number, fold(block.text[number.rest :]).strip(), Heading(i, block.text.strip(), number, ("num", *number.style))


def _long_siblings(blocks: list[Block], found: dict[int, Heading]) -> None:
    """A numbered title longer than a heading usually is, between two siblings that are headings.

    「（2）为实现程序化广告推送，我们可能会与广告合作伙伴共享去标识化或匿名化处理后的信息」 sits
    between 「（1）…共享」 and 「（3）…共享」, each above its paragraph: the reader sees the second
    of three sub-sections, not a list item.  It must read as a title (no sentence or clause
    punctuation at its end, at most one comma) and be followed by its text.
    """
    taken = {(h.key, heading_value(h)) for h in found.values() if h.number is not None}
    if not taken:
        return  # a line is taken only between two numbered headings: none, no line to read (twenty-fifth session)
    for i, _number, rest, heading in _numbered_lines(blocks, found):
        if i + 1 >= len(blocks) or blocks[i + 1].kind != "paragraph":
            continue
        if i + 1 in found:
            # a lead-in's list below it, its entries numbered (「(1)填寫…」) and taken so far, follows a title too
            if _title_before_lead_in(rest) and _between_siblings(blocks, found, heading):
                found[i] = heading
            continue
        if rest.count(",") > 1 or not heading_like(rest, limit=2 * MAX_NUMBERED) or is_label_or_org(rest):
            if (_closed_title(rest) or _title_before_lead_in(rest) or _colon_closed_title(rest)) and _between_siblings(
                blocks, found, heading
            ):
                found[i] = heading
            continue
        value = heading_value(heading)
        if value is not None and (heading.key, value - 1) in taken and (heading.key, value + 1) in taken:
            found[i] = heading


def _closed_title(rest: str) -> bool:
    """Is `rest` (a numbered line's text after its number) a short title closed by one full stop, 「信息存储和交换。」: no
    comma, colon or other clause mark before it, and a title's shape without it (`heading_like`, at most MAX_NUMBERED)?"""
    body = rest[:-1].rstrip() if rest.endswith(("。", ".")) else ""
    if not body or any(mark in body for mark in CLAUSE_MARKS + ",，"):
        return False
    return heading_like(body, limit=MAX_NUMBERED) and not is_label_or_org(body)


def _colon_closed_title(rest: str) -> bool:
    """Is `rest` (a numbered line's folded text after its number) a title closed by a colon, 「Xiu浏览器的网络服务程序:」:
    a title's shape before the colon (`_closed_title`'s test) and no word announcing a list (「包括」, 「以下」)?  Taken only
    between two numbered siblings (`_between_siblings`): 「5.Xiu浏览器的网络服务程序：」 between the headings 4. and 6. over
    its paragraph (u46a, eval/structure46 xiu) is the fifth section; alone, such a line may be a lead-in or a list entry."""
    if not rest.endswith(":"):
        return False
    body = rest[:-1].rstrip()
    if not body or any(mark in body for mark in CLAUSE_MARKS + ",，") or _ANNOUNCING.search(body):
        return False
    return heading_like(body, limit=MAX_NUMBERED) and not is_label_or_org(body)


def lead_ins_between_siblings(blocks: list[Block], found: dict[int, Heading]) -> None:
    """Numbered lead-ins that open their own list between two sibling headings (`_lead_in_over_own_list`), asked once
    the titles found by their neighbours (`_long_siblings`, `_parents_of_first_children`) are known: 「1.5 您充分知晓，
    以下情形中，…：」 sits between 「1.4 我们仅会出于以下目的，…：」, a title only as the parent of 1.4.1, and 「1.6 …的情形」."""
    if not any(h.number is not None for h in found.values()):
        return
    for i, number, rest, heading in _numbered_lines(blocks, found):
        if i + 1 in found:
            continue
        if _lead_in_over_own_list(blocks, found, i, rest, number) and _between_siblings(blocks, found, heading):
            found[i] = heading


def _lead_in_over_own_list(blocks: list[Block], found: dict[int, Heading], i: int, rest: str, number: Number) -> bool:
    """Is line `i` (its folded text after its number `rest`) a sentence-shaped lead-in that opens its own list, 「（三）请您知悉，
    以下情形中，我们收集、使用个人信息无需征得您的授权同意：」 over 「1、为订立…」 (u49a, eval/structure49 huawushang L58)?
    One clause chain ending in a colon, no sentence end inside it, at most 2 × MAX_NUMBERED characters, and the line
    below the first entry (numbered 1) of another style; not right under a heading (corpora/gdeiassistant-privacy:
    「4.2 我们非常重视个人信息安全，…：」 over 4.2.1–4.2.5 is the text of 「4.1 我们保护您个人信息的技术与措施」).  Taken only between two numbered siblings that are headings
    (`_between_siblings`: 「（二）…的情形」 above, 「（四）…的情形」 below): the third of five sub-sections, whose content is the
    list; alone, or among lead-ins, such a line stays text."""
    if not rest.endswith(":") or len(rest) > 2 * MAX_NUMBERED or any(end in rest[:-1] for end in SENTENCE_ENDS):
        return False
    if i + 1 >= len(blocks) or i - 1 in found:
        return False  # right under a heading (「4.1 我们保护…的技术与措施」 over 「4.2 我们非常重视…：」): that heading's text
    entry = parse_number(fold(blocks[i + 1].text).strip())
    return entry is not None and entry.style != number.style and number_value(entry) == 1


# words of a line that announces its list (「我们收集的信息包括：」, 「如下：」): a lead-in, not a title closed by a colon
_ANNOUNCING = lazy(r"包括|包含|如下|以下|下列|例如|比如")


def _title_before_lead_in(rest: str) -> bool:
    """Is `rest` (a numbered line's folded text after its number) a short title and, after a blank, the lead-in of its
    list, 「如須註冊時您的註冊義務 為了能使用本網站部分服務，您同意以下事項：」 (forty-fourth session, u44d2:
    `eval/structure44c` paypay-privacy-vue, section 2. read as a lead-in and merged into 1.)?  The title has a title's
    shape and no clause mark (`_closed_title`'s test); the rest of the line ends in a colon.  Taken only between two
    numbered siblings (`_between_siblings`), as a closed title is."""
    title, blank, lead = rest.partition(" ")
    if not blank or not lead.rstrip().endswith(":") or any(mark in title for mark in CLAUSE_MARKS + ",，"):
        return False
    return heading_like(title, limit=MAX_NUMBERED) and not is_label_or_org(title)


def _between_siblings(blocks: list[Block], found: dict[int, Heading], heading: Heading) -> bool:
    """Is the numbered line `heading` the middle one of three siblings, the numbered headings found nearest above and
    below it of its numbering (`Heading.key`) being its number less and more one, each a block of its kind and emphasis?

    「四、信息存储和交换。」 between the titles 「三、信息披露」 and 「五、Cookie的使用」, all three a `<p class="otherText">`
    like the body (forty-first session, u41a3; eval/structure41c koudai-privacy-html): its full stop only closes the
    title.  A numbered sentence has no found sibling on both sides: the one below a numbered heading is its list."""
    value = heading_value(heading)
    if value is None:
        return False
    block = blocks[heading.at]
    above = [k for k, h in found.items() if k < heading.at and h.key == heading.key]
    below = [k for k, h in found.items() if k > heading.at and h.key == heading.key]
    if not above or not below:
        return False
    near = (found[max(above)], found[min(below)])
    if (heading_value(near[0]), heading_value(near[1])) != (value - 1, value + 1):
        return False
    return all(blocks[h.at].kind == block.kind and blocks[h.at].emphasised == block.emphasised for h in near)


def _parents_of_first_children(blocks: list[Block], found: dict[int, Heading]) -> None:
    """A decimal-numbered line closed by a full stop directly above its first sub-title (or its own list) is its title.

    「2.2因您使用“aPlayer”软件及相关服务获取的信息。」 over 「2.2.1日志信息」 (a heading): the full stop made it read as a
    clause like 「2.1.1您理解并同意，…」, but only a section has a 2.2.1 (thirtieth session, u30t: eval/structure30
    aplayer-html).  One sentence, with no comma, colon or other clause mark before its end, and the line below it is
    taken as the heading numbered as its first child.  (u49a) A lead-in closed by a colon directly over the heading
    numbered as its first child is its title too, commas and all: 「1.4 我们仅会出于以下目的，收集和使用您的个人信息：」 over
    「1.4.1 用户注册和登录」 (corpora/gdeiassistant-privacy 2022), when its own parent is a heading (`_parent_found`).
    """
    for i, block in enumerate(blocks):
        if i in found or i + 1 >= len(blocks) or block.kind not in ("paragraph", "item") or len(block.pieces) != 1:
            continue
        number = parse_number(block.text)
        if number is None or number.style[0] != "decimal":
            continue
        child = found[i + 1].number if i + 1 in found else None
        first_child = child is not None and child.style[0] == "decimal" and child.label.rstrip(".") == f"{number.label.rstrip('.')}.1"
        if not (first_child or _titled_sibling_over_list(blocks, found, i, number)):
            continue
        rest = fold(block.text[number.rest :]).strip()
        body = rest[:-1] if rest.endswith((".", "。")) else rest
        lead_in = first_child and rest.endswith(":") and _parent_found(found, number) and not any(end in rest[:-1] for end in SENTENCE_ENDS)
        if not body or len(rest) > 2 * MAX_NUMBERED or (any(mark in body for mark in CLAUSE_MARKS + ",，") and not lead_in):
            continue
        found[i] = Heading(i, block.text.strip(), number, ("num", *number.style))


def _parent_found(found: dict[int, Heading], number: Number) -> bool:
    """Is the decimal `number`'s own parent a heading: a chapter (「1.4」 under 「一、」, counted by its section) or a
    found heading numbered as its parent (「1.2」 for 「1.2.2」)?  「1.2.2 这些功能包括：」 over 「1.2.2.1 用户注册」 with no 1.2
    heading above it stays a lead-in (`tests/test_structure30.py`, `colon._colon_siblings`)."""
    parent = number.label.rstrip(".").rpartition(".")[0]
    if "." not in parent:
        return True
    return any(h.number is not None and h.number.label.rstrip(". ") == parent for h in found.values())


def _titled_sibling_over_list(blocks: list[Block], found: dict[int, Heading], i: int, number: Number) -> bool:
    """A decimal line over its own list (「（1）…」 next) with a sibling above it that is a title (same parent number).

    「2.2.3我们从第三方获得的您的信息。」 over 「（1）在获得您的同意后…」, after the title 「2.2.1日志信息」 (`eval/structure30`
    aplayer-html): one sentence naming what the section holds, like 「2.2因您使用…获取的信息。」 over 2.2.1.
    """
    parent = number.label.rstrip(".").rpartition(".")[0]
    below = parse_number(fold(blocks[i + 1].text).strip())
    if not parent or below is None or below.style == number.style or number_value(below) != 1:
        return False
    return any(
        k < i and h.number is not None and h.number.style == number.style and h.number.label.rstrip(".").rpartition(".")[0] == parent
        for k, h in found.items()
    )


def _roman_letters(found: dict[int, Heading]) -> None:
    """「I. 信息收集」 followed by 「II. 信息使用」: the letter I (or V, X) is the Roman numeral of the sequence.

    `parse_number` reads a lone I, V or X as a letter (A.–I. lists exist); when the next
    heading numbered with a Roman numeral (or a letter that can be one: I, V, X) is the Roman
    numeral one higher, both are one sequence — also across a lettered run of sub-sections
    (「I.」, 「A.」, 「B.」, 「II.」).  An 「I.」 right after 「H.」 in a lettered run stays a letter.
    """
    numbered = [(i, h.number) for i, h in sorted(found.items()) if h.number is not None]
    for n, (i, number) in enumerate(numbered):
        value = roman_value(number.label) if number.style == ("latin",) else None
        if value is None:
            continue
        before = next((other for _, other in reversed(numbered[:n]) if other.style == ("latin",)), None)
        if before is not None and fold(before.label).strip()[:1] == chr(ord(fold(number.label).strip()[0]) - 1):
            continue  # 「H.」 then 「I.」: the ninth letter of a lettered run
        # the next heading numbered with a Roman numeral or a letter that can be one (1., （一）, and a
        # lettered run 「A.」–「B.」 of its sub-sections may stand between: 「I.」, 「A.」, 「B.」, 「II.」)
        candidates = (
            other for _, other in numbered[n + 1 :] if other.style == ("roman",) or (other.style == ("latin",) and roman_value(other.label))
        )
        nxt = next(candidates, None)
        if nxt is not None and nxt.style == ("roman",) and roman_value(nxt.label) == value + 1:
            key = ("num", "roman") if found[i].key == ("num", "latin") else found[i].key  # 「## I.」 keeps its depth
            found[i] = found[i]._replace(number=number._replace(style=("roman",)), key=key)


# Symbols a policy sets before its bare section titles (「*我们收集哪类个人资料」, 「■ 信息的使用」).
_TITLE_MARKS = frozenset("*＊●■◆★▲▶►◎")


def _marked_titles(blocks: list[Block], found: dict[int, Heading]) -> None:
    """Bare titles set off by one symbol are one kind of title: siblings, and the same symbol's lines are titles too.

    「*我们收集哪类个人资料」 / text / 「*我们将采取一切步骤保护您的隐私」 / 「个人信息」 / text / 「*我们使用您的信息方式」:
    the symbol is the section's mark, so every marked title is a section (a parent of the bare sub-titles after it,
    never their sibling's child), and a marked line the plain-title tests left out (the first one, after 「摘要如下：」,
    which reads as a list's lead-in) is a title like its peers, when it is as short and stands above a longer text.
    Two found titles must carry the symbol; a list of marked items (「● 姓名」 「● 手机号」) has no text under each
    item and stays a list.  (Twenty-first session, a corporate page of eval/blind/round20.)
    """
    marked: dict[str, list[int]] = {}
    for i, heading in found.items():
        mark = heading.title[:1]
        if mark in _TITLE_MARKS and heading.key[0] == "plain" and heading.number is None:
            marked.setdefault(mark, []).append(i)
    for mark, titles in marked.items():
        if len(titles) < 2:
            continue
        for i in range(len(blocks) - 1):
            block = blocks[i]
            text = unemphasise(block.text).strip()
            if i in found or block.kind != "paragraph" or not text.startswith(mark):
                continue
            below = unemphasise(blocks[i + 1].text).strip()
            if (
                heading_like(text[1:], limit=40)
                and not below.startswith(mark)
                and (i + 1) not in found
                and len(below) > len(text)
                and (below.endswith(SENTENCE_ENDS) or len(below) > 40)
            ):
                titles.append(i)
        for i in titles:
            found[i] = Heading(i, found[i].title if i in found else unemphasise(blocks[i].text).strip(), None, ("plain", "parent"))


def _mark_parents(blocks: list[Block], found: dict[int, Heading]) -> None:
    """A plain heading directly followed by another heading is a parent."""
    # Over a list of the keys: a list of (index, heading) pairs was ~9 MB at the peak for 62,500 headings (issue #12).
    for i in list(found):
        heading = found[i]
        if heading.key == ("plain", "leaf") and (i + 1) in found:
            found[i] = Heading(i, heading.title, None, ("plain", "parent"))
