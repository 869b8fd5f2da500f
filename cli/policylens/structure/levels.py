"""Heading levels: nesting by numbering style and markup depth, and the corrections a reader makes.

`assign_levels` nests with a stack.  Explicit depths nest as written (a second-language
edition's title, 「# 私隱政策」 after 「# Privacy Policy」, starts the nesting over: its
sections are level 1 like the first edition's); each numbering style gets the next level
the first time it appears below the current one (一、 → （一） → 1. …), but never below a
bold unnumbered heading (「**概要**」 is a sibling of 「一、」); a plain heading directly
followed by another heading is a *parent* and the headings after it are its children
until the next parent.  Limits: a document that mixes styles inconsistently gets the
nesting of first appearance; plain headings have only two levels.

Then `peer_depths`, `nest_numbering`, `align_sequences` and `align_unnumbered` correct
what the stack gets wrong: skipped Markdown depths, numbering that contradicts the markup
depth (and a second-language edition that numbers its sections again), siblings of one
numbering sequence, and bare lines among numbered headings.
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import accumulate

from policylens.model import Block
from policylens.normalise import fold
from policylens.structure.bold_run_parents import nest_runs_under_bold_titles
from policylens.structure.headings import heading_value, names_a_document
from policylens.structure.language import detect_language
from policylens.structure.memo import parse_number
from policylens.structure.named_second import named_documents, named_second_document
from policylens.structure.parts import documents_by_name
from policylens.structure.question_parents import nest_under_questions
from policylens.structure.shapes import POLICY_WORD, Heading, han_pairs, opening_title


def assign_levels(keys: list[tuple[str, ...]]) -> list[int]:
    """Nest headings by their keys with a stack (see the module docstring)."""
    stack: list[tuple[str, ...]] = []
    levels: list[int] = []
    decimal_depths = [int(k[2]) for k in keys if k[:2] == ("num", "decimal")]
    shallowest = min(decimal_depths, default=1)
    for key in keys:
        if key == ("edition",):  # a second-language edition starts over at the top
            stack.clear()
            levels.append(1)
            continue
        while stack and stack[-1] in _PLAIN_LEAVES:
            stack.pop()
        if key[:2] == ("num", "decimal"):
            depth = int(key[2])
            cut = next((n for n, k in enumerate(stack) if k[:2] == ("num", "decimal") and int(k[2]) >= depth), None)
            if cut is not None:
                del stack[cut:]
            # 「1.1」 is a child of 「1.」 whatever unnumbered line stands between them: the number says so.
            parent = next((n for n in range(len(stack) - 1, -1, -1) if stack[n] == ("num", "decimal", str(depth - 1))), None)
            if parent is not None and all(k[0] in ("plain", "bold") for k in stack[parent + 1 :]):
                del stack[parent + 1 :]
            # 1.2.2.1 without a 1.2.2 heading is still two levels below 1.2: hold the
            # missing depths with placeholder entries so the level follows the numbering.
            deepest = max((int(k[2]) for k in stack if k[:2] == ("num", "decimal")), default=shallowest - 1)
            for missing in range(deepest + 1, depth):
                stack.append(("num", "decimal", str(missing)))
        if key[0] == "md":
            depth = int(key[1])
            while stack and (stack[-1][0] != "md" or int(stack[-1][1]) >= depth):
                stack.pop()
        elif key in (("plain", "parent"), ("plain", "sibling")):
            while stack and stack[-1][0] in ("plain", "bold"):
                stack.pop()
        elif key in stack:
            del stack[stack.index(key) :]
        elif key in _FORMAL_ABOVE and (cut := next((n for n, k in enumerate(stack) if k in _FORMAL_ABOVE[key]), None)) is not None:
            del stack[cut:]  # 壹、 after 一、 (a preamble's list): the formal numerals stand above the ordinary ones
        elif key[:2] == ("num", "decimal"):
            pass
        elif key[0] == "num":
            # Numbering is structure; a bold unnumbered line (「**概要**」) is not its parent.
            while stack and stack[-1] == ("bold",):
                stack.pop()
        stack.append(key)
        levels.append(len(stack))
    return levels


_PLAIN_LEAVES = (("plain", "leaf"), ("plain", "sibling"))
# A Taiwan outline 壹、 > 一、 > （一）: the formal numerals' labels are the parents of the ordinary ones' (style → styles
# below it), never their children, even after a run of 一、 (a preamble's).
_FORMAL_OVER: dict[tuple[str, ...], tuple[tuple[str, ...], ...]] = {
    ("cn-formal",): (("cn",), ("cn-paren",)),
    ("cn-formal-paren",): (("cn-paren",),),
}
_FORMAL_ABOVE = {("num", *style): tuple(("num", *below) for below in belows) for style, belows in _FORMAL_OVER.items()}


def close_spaced_parents(
    blocks: list[Block], found: dict[int, Heading], order: list[int], keys: list[tuple[str, ...]]
) -> list[tuple[str, ...]]:
    """A bare title set off by a blank line after sub-titles glued to their text closes their parent.

    In plain text every bare title looks the same, so the stack nests every bare line after a
    parent (a title directly followed by another title) under it.  The reader also sees the
    spacing: 「資料收集」 / 「帳戶資料」 / text / 「裝置資料」 / text, each sub-title glued to the text
    above it without a blank line, then a blank line and 「資料用途」 — the blank line says
    「資料用途」 is not one more sub-title but the next section, a sibling of 「資料收集」.  Only when
    every heading since the parent is a bare leaf, at least one of them follows its text with
    no blank line and none with one; the key of such a title becomes ("plain", "sibling"),
    which closes the parent (`assign_levels`).  Without that contrast (all spaced, all glued)
    nothing changes.
    """
    out = list(keys)
    parent: int | None = None  # position of the open plain parent
    glued = False  # a sub-title since the parent follows its text without a blank line
    for k, i in enumerate(order):
        key = keys[k]
        if key == ("plain", "parent"):
            parent, glued = k, False
            continue
        if parent is None:
            continue
        if key != ("plain", "leaf"):
            parent = None  # numbered or marked-up headings since the parent: the numbers and marks decide
            continue
        above = i - 1
        if above < 0 or above in found:
            continue  # directly under a heading: no spacing evidence
        if blocks[above].end_line >= blocks[i].line - 1:
            glued = True
        elif glued:
            out[k] = ("plain", "sibling")
            parent = None
        else:
            parent = None  # the sub-titles are spaced like the rest: no contrast
    return out


def nest_numbering(blocks: list[Block], found: dict[int, Heading], order: list[int], levels: list[int]) -> list[int]:
    """The reader's outline follows the numbering (一、 → （一） → 1.), not the `#` count.

    A numbering style that starts (at 1, 一 or A) below a numbered heading is its
    sub-level: 「## （一）」 under 「### 一、」, 「### 1.」 under 「### （一）」 are one level
    deeper, whatever their markup depth; the headings nested under a moved heading move
    with it, and `Section.depth` keeps the depth as written.  A heading that only
    continues a style already open (（二） after （一）) is left to `align_sequences`.  A
    style once nested under another is nested again under it even when it does not start
    there (articles numbered across chapters: 「第三条」 under 「第二章」), and so is a decimal
    number one part longer than the open one (「## 3.2」 under 「## 3.」 without a 3.1); a
    decimal number is never put below one with as many parts or more (「1.2.3」 after
    「1.2.2.1」).  An unnumbered
    heading closes the numbered headings at or below its level, so a style that starts
    under 「附则」 is not nested under the last numbered section.

    A second-language edition numbers its sections again: a heading numbered 1 whose
    title and first paragraph are English after Chinese numbered sections (「1、 Information
    we may collect」 after 「四、我们如何分享您的信息」), or the reverse, is a top-level
    section like the first edition's, and the styles open before it are closed.
    """
    levels = list(levels)
    stack: list[tuple[tuple[str, ...], int]] = []  # (style, position in order) of the open numbered headings
    top: int | None = None  # the level of the outermost numbered heading so far
    last_lang: str | None = None  # the language of the last numbered heading
    nested: set[tuple[tuple[str, ...], tuple[str, ...]]] = set()  # (parent style, child style) seen nested
    for k, i in enumerate(order):
        heading = found[i]
        if heading.number is None:
            while stack and levels[stack[-1][1]] >= levels[k]:
                stack.pop()
            continue
        style = heading.number.style
        lang = detect_language(heading.title[len(heading.number.label) :])
        first = _starts_sequence(heading)
        below = _FORMAL_OVER.get(style, ())
        cut = next((n for n, (s, _) in enumerate(stack) if s in below), None) if below else None
        if cut is not None:
            del stack[cut:]  # 壹、 after a run of 一、: the ordinary styles open before it are not its parents
        if first and top is not None and {lang, last_lang} == {"en", "zh"} and _body_language(blocks, found, i) == lang:
            _shift(levels, k, top - levels[k])  # a new edition: its numbers start over at the top
            stack.clear()
        elif any(s == style for s, _ in stack):
            while stack[-1][0] != style:
                stack.pop()
            stack.pop()
        elif (
            stack
            and not _decimal_above(stack[-1][0], style)
            and (first or (stack[-1][0], style) in nested or _names_parent(stack[-1][0], style))
        ):
            nested.add((stack[-1][0], style))
            if levels[k] <= levels[stack[-1][1]]:
                _shift(levels, k, levels[stack[-1][1]] + 1 - levels[k])
        stack.append((style, k))
        top = levels[k] if top is None else min(top, levels[k])
        last_lang = lang or last_lang
    return levels


def _names_parent(parent: tuple[str, ...], style: tuple[str, ...]) -> bool:
    """「3.2」 under 「3.」: a decimal number one part longer than the open one says it belongs to it."""
    return parent[0] == style[0] == "decimal" and int(style[1]) == int(parent[1]) + 1


def _decimal_above(parent: tuple[str, ...], style: tuple[str, ...]) -> bool:
    """「1.2.3」 after 「1.2.2.1」: a decimal number with fewer parts is never below one with more."""
    return parent[0] == style[0] == "decimal" and int(style[1]) <= int(parent[1])


def _starts_sequence(heading: Heading) -> bool:
    """The heading's number is the first of its style: 1, 一, I, A, a or ①."""
    if heading.number is None:
        return False
    if heading.number.style[0] in ("latin", "latin-lower", "latin-paren", "latin-half-paren", "circled"):
        return fold(heading.number.label).lstrip("( ")[:1] in "Aa\u2460"
    return heading_value(heading) == 1


def _body_language(blocks: list[Block], found: dict[int, Heading], i: int) -> str | None:
    """The language of the paragraph right under heading `i` (None when another heading follows)."""
    if i + 1 >= len(blocks) or i + 1 in found:
        return None
    return detect_language(blocks[i + 1].text)


def _shift(levels: list[int], k: int, delta: int) -> None:
    """Move heading `k` by `delta` levels, and the headings nested under it with it (in place)."""
    if not delta:
        return
    own = levels[k]
    levels[k] += delta
    for m in range(k + 1, len(levels)):
        if levels[m] <= own:
            break
        levels[m] = max(1, levels[m] + delta)


def align_sequences(found: dict[int, Heading], order: list[int], levels: list[int]) -> list[int]:
    """Siblings in one numbering sequence get one level, whatever their markup.

    Explicit headings keep their depth as written (`Section.depth`), but when `## 1.`,
    `#### 2.` and `## 3.` follow each other (or `## 1.`, `**2.**`, `## 3.`), 2. is the
    sibling of 1. and 3.: it gets the level of the heading numbered one less in the same
    style (written the same way if there is one, else the nearest), and the headings
    nested under it move with it.
    """
    levels = list(levels)
    last: dict[tuple[tuple[str, ...], int], dict[str, int]] = {}  # (style, value) → depth → position in order
    for k, i in enumerate(order):
        heading = found[i]
        value = heading_value(heading)
        if heading.number is None or value is None:
            continue
        style, depth = heading.number.style, "/".join(heading.key)
        before = last.get((style, value - 1))
        if before:
            prev = before.get(depth, before["nearest"])
            _shift(levels, k, levels[prev] - levels[k])
        slot = last.setdefault((style, value), {})
        slot[depth] = k
        slot["nearest"] = k
    return levels


def align_unnumbered(blocks: list[Block], found: dict[int, Heading], order: list[int], levels: list[int]) -> list[int]:
    """An unnumbered plain heading among numbered ones takes the level of the numbered heading after it.

    In plain text every heading looks the same; only numbers tell depth.  A bare line
    before the next number of a sequence is read as a sibling of that number: between
    `2.` and `3.` (「Cookie的使用」) a top-level section, between （一） and （二） a
    sub-section, between `2.1` and `3.` a top-level section again.  A bare line after
    the last numbered heading (「附则」, 「联系我们」), or before the top-level sequence
    starting over (the next edition's 「1.」), is a top-level section.  An unnumbered
    parent moves with the unnumbered headings below it.  A bare line directly under a
    numbered heading that has no text of its own is its sub-heading, and so are the bare
    lines of its kind after it before the next number (its siblings), and one before the
    first number of a new sequence (`1.1` after it) may introduce it: all stay nested.
    """
    levels = _continue_counts(found, order, levels)
    seen: set[tuple[tuple[str, ...], int]] = set()  # (style, value) of the numbered headings so far
    moved: set[int] = set()  # children already moved with their unnumbered parent
    # position of a numbered heading → (key, level) of the bare sub-heading kept directly under it
    under: dict[int, tuple[tuple[str, ...], int]] = {}
    # Positions of the numbered headings, and the lowest level among the first t of them: the
    # loop below moves unnumbered headings only, so both hold throughout (one pass, no rescans).
    numbered = [m for m in range(len(order)) if found[order[m]].number is not None]
    lowest = list(accumulate((levels[m] for m in numbered), min))
    for k, i in enumerate(order):
        heading = found[i]
        if heading.number is not None:
            value = heading_value(heading)
            if value is not None:
                seen.add((heading.number.style, value))
            continue
        if heading.key[0] != "plain" or not seen or k in moved or parse_number(heading.title) is not None:
            continue  # (a line that starts with a number but was not taken as numbered keeps its place)
        t = bisect_left(numbered, k)  # numbered[:t] come before k
        prev = numbered[t - 1]
        if prev == k - 1 and not any(j not in found for j in range(order[prev] + 1, order[k])):
            under[prev] = (heading.key, levels[k])
            continue  # directly under a numbered heading without text of its own: its sub-heading
        if under.get(prev) == (heading.key, levels[k]) and all(found[order[m]].key == heading.key for m in range(prev + 1, k)):
            # 「8. …」 / 「邮件和消息推送」 / text / 「与服务有关的公告」 / text / 「9. …」: the second bare title, written as the
            # first, is its sibling, not a peer of 「9.」 (u42x3: eval/structure42c hidancing-privacy-vue L281)
            continue
        nxt = numbered[t] if t < len(numbered) else None
        after = found[order[nxt]] if nxt is not None else None
        number = after.number if after is not None else None  # never None for a numbered heading
        value = heading_value(after) if after is not None else None
        top = lowest[t - 1]
        if nxt is None or number is None or (levels[nxt] == top and value is not None and (number.style, value) in seen):
            target = top  # after the last number, or before the top-level numbers starting over
        else:
            if value is None:
                continue
            before = found[order[prev]]
            # 「4.信息存储和交换」 / 「Cookie的使用」 / 「6.信息安全」: the one bare line between the two numbers stands where
            # the lost 「5.」 should be, so it is their sibling too (two or more bare lines there may be sub-sections)
            alone = prev == k - 1 and nxt == k + 1
            gap = alone and before.number is not None and before.number.style == number.style and heading_value(before) == value - 2
            if (number.style, value - 1) not in seen and not gap:
                continue  # before the first of a new sequence: it may introduce it, keep the nesting
            if nxt - prev > 2 and not gap and all(found[order[m]].key == heading.key for m in range(prev + 1, nxt)):
                continue  # (u46a2) 「（一）…」 / text / 「注册、登录」 / text / 「日志信息」 / text / 「（二）…」: sub-sections of （一）
            target = min(levels[nxt], levels[prev] + 1)
        delta = target - levels[k]
        if not delta:
            continue
        own = levels[k]
        levels[k] = target
        if heading.key == ("plain", "parent"):
            for m in range(k + 1, nxt if nxt is not None else len(order)):
                if levels[m] <= own or found[order[m]].key[0] != "plain":
                    break
                levels[m] = max(1, levels[m] + delta)
                moved.add(m)
    levels = _bold_peers_after_runs(found, order, _nest_runs_under_bare_titles(found, order, levels))
    levels = _opening_section_peers(blocks, found, order, _marked_up_titles_between_numbers(blocks, found, order, levels))
    levels = named_second_document(found, order, documents_by_name(found, order, _second_documents(found, order, levels)))
    levels = named_documents(found, order, levels)
    return nest_runs_under_bold_titles(found, order, nest_under_questions(found, order, levels))


def _names_document(title: str) -> bool:
    """「《应用用户协议》」, 「《应用用户隐私政策」: a short line naming a document in book-title brackets."""
    folded = fold(title).strip()
    return folded.startswith("《") and len(folded) <= 30 and POLICY_WORD.search(folded) is not None


def _second_documents(found: dict[int, Heading], order: list[int], levels: list[int]) -> list[int]:
    """A page of two documents, each opening with its name in book-title brackets: the second is a peer of the first.

    「用户协议及隐私政策」 over 「《应用用户协议》」 (一、…七、) and then 「《应用用户隐私政策》」 (第一章…): the second name,
    unnumbered, came after the agreement's last section and was nested under it, with its chapters (thirtieth session,
    u30t: eval/structure30 ysxy-agreement-html, a Word page).  Only when the first heading names a document that way;
    the headings after the second name, down to one shallower than it stood, move with it, as its sections.
    """
    if not order or not (_names_document(found[order[0]].title) or _opens_numbered_run(found, order, 0)):
        return levels
    bracketed = _names_document(found[order[0]].title)
    base = levels[0]
    levels = list(levels)
    for k in range(1, len(order)):
        heading = found[order[k]]
        if heading.number is not None or levels[k] <= base:
            continue
        if not (_names_document(heading.title) if bracketed else _opens_numbered_run(found, order, k)):
            continue
        own = levels[k]
        levels[k] = base
        for m in range(k + 1, len(order)):
            if levels[m] < own:
                break
            levels[m] = levels[m] - own + base + 1
    return levels


def _opens_numbered_run(found: dict[int, Heading], order: list[int], k: int) -> bool:
    """The `k`-th heading names a document without brackets (「用户服务协议」, 「隐私政策」) and the heading after it is numbered 1.

    A page of two documents each opening with its bare name, their sections numbered from 1 again under the second
    (round29b: an agreement and a policy in one TSX modal): the numbering starting over says a new document starts.
    """
    if k + 1 >= len(order) or found[order[k]].number is not None or not names_a_document(found[order[k]].title):
        return False
    return found[order[k + 1]].number is not None and heading_value(found[order[k + 1]]) == 1


def _opening_section_peers(blocks: list[Block], found: dict[int, Heading], order: list[int], levels: list[int]) -> list[int]:
    """An opening section (「引言」, 「【首部及导言】」) holds none of the numbered sections after it: they are its peers.

    A bold 「引言」 with its own text, then 「1. …」, 「2. …」 to the end: the stack nests the decimal run under the bold
    line (a bold line above 「1.」 may be its parent, 「**我们收集的信息**」 over 「1. 注册」), but a preamble introduces the
    policy, it does not contain it (twenty-sixth session, `eval/blind/round26b`: a Word page's 【首部及导言】 above
    「1.【…】」…「4.【…】」).  Only when the opening heading comes first, has text of its own, and every later heading
    sits below it with the first of them numbered 1: the whole run moves up to its level.
    """
    if len(order) < 2:
        return levels
    first, after = found[order[0]], found[order[1]]
    if (
        first.number is not None
        or not opening_title(first.title)
        or order[1] == order[0] + 1  # directly above the first section, with no text: it may be its parent
        or after.number is None
        or heading_value(after) != 1
        or any(level <= levels[0] for level in levels[1:])
    ):
        return levels
    delta = levels[1] - levels[0]
    return [levels[0], *(max(1, level - delta) for level in levels[1:])]


def _marked_up_titles_between_numbers(blocks: list[Block], found: dict[int, Heading], order: list[int], levels: list[int]) -> list[int]:
    """An unnumbered <h3> between 「一、」 and 「二、」 written as styled lines is a sub-title of 「一、」.

    A uni-app page shows its sections as styled lines (「<view class="section-title">一、…」) and
    their text as HTML strings with `<h3>收集原则</h3>` inside: the markup depth says nothing
    about the numbered lines, so the stack made them peers.  The numbers are the outline: an
    unnumbered marked-up title after a numbered line and before the next number of the same
    sequence, at the same level, is its sub-title (one level deeper, with what is nested
    under it), as a bold unnumbered line there is.  The numbered line must have text of its
    own above the title: 「<div class="card-index">01. 适用范围</div><h2>…</h2>」 on a card is a
    label over the card's title, and the last card has no next number to tell.  Titles before
    the first number or after the last (「引言」, 「联系我们」) keep their level, and so does a
    span holding a heading above the numbers' level.  Only a title deeper than the rank the
    numbered lines stand at moves: below the document's shallowest markup (its <h1> title) the
    next rank, <h2>, is a section's (「<p>一、…</p>…<h2>儿童个人信息保护</h2>…<p>二、…</p>」, an appendix
    `## 附录` between bold numbers: peers, review rv14a); an <h3> there is a sub-title.
    """
    levels = list(levels)
    shallowest = min((b.level for b in blocks if b.kind == "heading" and b.level), default=None)
    if shallowest is None:
        return levels
    last: dict[tuple[str, ...], tuple[int, int]] = {}  # style → (position, value) of its last numbered line
    for k, i in enumerate(order):
        heading = found[i]
        value = heading_value(heading)
        if heading.key[0] != "num" or heading.number is None or value is None:
            continue
        style = heading.number.style
        before = last.get(style)
        last[style] = (k, value)
        if before is None or before[1] != value - 1 or levels[before[0]] != levels[k]:
            continue
        level = levels[k]
        span = range(before[0] + 1, k)
        if order[before[0]] + 1 in found or any(levels[m] < level for m in span):
            continue  # (a numbered line right above a title, 「01.」 over 「<h2>…」 on a card, is the title's label: no evidence)
        for m in span:
            inner = found[order[m]]
            rank = blocks[order[m]].level
            if inner.key[0] == "md" and inner.number is None and levels[m] == level and rank and rank > shallowest + 1:
                _shift(levels, m, 1)
    return levels


def _bold_peers_after_runs(found: dict[int, Heading], order: list[int], levels: list[int]) -> list[int]:
    """A bold unnumbered title after the last top-level number is top-level when bold titles are top-level here.

    「**引言**」, `## 一、…`, `## 二、…`, 「**联系我们**」: the stack nests the closing bold line under
    二、 (a bold line after a numbered section may be its sub-title, 「**账号信息**」 under `## 1.`).
    The document's own evidence decides: an earlier bold unnumbered title stands at the top
    level (the opening 「**引言**」), no bold title so far was a sub-title, no number of the
    top-level sequence follows, and the title does not share a word with the last numbered
    section (「**联系方式**」 under 「## 五、联系我们」 is its sub-title).  The title then takes the
    top level, with what is nested under it.
    """
    levels = list(levels)
    top: int | None = None  # the lowest level so far
    bold_top = False  # a bold unnumbered title stood at the top level
    bold_nested = False  # a bold unnumbered title was a sub-title (between numbers, or under one)
    lowest = min(levels, default=1)
    last_top_number = max((m for m, i in enumerate(order) if found[i].number is not None and levels[m] == lowest), default=-1)
    for k, i in enumerate(order):
        heading = found[i]
        top = levels[k] if top is None else min(top, levels[k])
        if heading.key != ("bold",):
            continue
        if levels[k] == top:
            bold_top = True
        elif (
            bold_top
            and not bold_nested
            and 0 <= last_top_number < k
            and not _shares_a_word(heading.title, found[order[last_top_number]].title)
        ):
            _shift(levels, k, top - levels[k])
        else:
            bold_nested = True
    return levels


def _continue_counts(found: dict[int, Heading], order: list[int], levels: list[int]) -> list[int]:
    """A top-level count that goes on in another style is still the top level: `## 三、…` then `## 4.`.

    Authors switch styles half-way (`## 一、` … `## 三、`, then `## 4. 信息存储`, `## 5. 联系我们`;
    「三、信息使用」 then 「4. 信息存储」 in plain text).  A heading numbered one more than the last
    top-level number, in another style that never had the number before it (not 「1.」, 「2.」,
    「4.」 counting on across chapters), and in Markdown written no deeper than that number, is
    the next top-level section; the numbers of its style that follow it in sequence, and what is
    nested under them, move with it.

    But a count that one of the top-level section's own sub-sections started is that count going on: under
    「一、」, 「1、」 then 「（二）」, 「（三）」 (the author changed style after the first sub-section) are the siblings
    of 「1、」, at its level (`_first_child`), not sections of their own.
    """
    levels = list(levels)
    values: dict[tuple[str, ...], set[int]] = {}  # the values of each style so far
    top: int | None = None  # the lowest level so far
    last: tuple[Heading, int] | None = None  # the last top-level numbered heading and its value
    child: int | None = None  # the first numbered sub-section under `last` (position in order), until a count goes on from it
    under: dict[tuple[str, ...], set[int]] = {}  # the values of each style under `last`
    for k, i in enumerate(order):
        heading = found[i]
        top = levels[k] if top is None else min(top, levels[k])
        value = heading_value(heading)
        if heading.number is None or value is None:
            continue
        style = heading.number.style
        under.setdefault(style, set()).add(value)
        if child is not None and k > child and levels[k] > top and _first_child(found, order, child, heading, under):
            _shift_run(found, order, levels, k, levels[child] - levels[k])
            child = None
        elif levels[k] == top:
            last, under = (heading, value), {}
            child = next((m for m in range(k + 1, len(order)) if found[order[m]].number is not None), None)
            if child is not None and levels[child] <= levels[k]:
                child = None
        elif (
            last is not None
            and last[0].number is not None
            and last[0].number.style != style
            and (style[0] != "decimal" or style[1:] == ("1",))  # 「2.2.3」 under 「2、」 counts its 2.2, not the sections
            # 「（3）」 whose 「（1）」 「（2）」 are paragraphs under 「第二部分」: a bracketed or lettered count is a sub-section's
            and style not in SUBORDINATE_STYLES
            and value == last[1] + 1 >= 2
            and value - 1 not in values.get(style, ())
            # 「四、」 / 「3.实现安全…」 / 「5.其他情形」: a count its own sub-sections already run (「4.」 a sentence there)
            and min(under[style]) == value
            and _no_deeper(heading.key, last[0].key)
        ):
            _shift_run(found, order, levels, k, top - levels[k])
            last = (heading, value)
        values.setdefault(style, set()).add(value)
    return levels


def _first_child(
    found: dict[int, Heading], order: list[int], child: int, heading: Heading, values: dict[tuple[str, ...], set[int]]
) -> bool:
    """`heading` numbered 2 in a sub-section style goes on with the count of the first sub-section `child`, numbered 1.

    `values`: the numbers of each style under the section so far, `heading`'s own included (its style none but 2).

    「（二）」 after 「1、」 (not 「（2）」 after 「（1）」, nor a top-level 「2.」 after 「一、」's 「(1)」).
    """
    number, first = heading.number, found[order[child]].number
    return (
        number is not None
        and first is not None
        and heading_value(heading) == 2
        and heading_value(found[order[child]]) == 1
        and number.style != first.style
        and number.style in SUBORDINATE_STYLES
        and values[number.style] == {2}
    )


def _no_deeper(key: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """A heading's markup is no deeper than the other's (always true unless both are Markdown depths)."""
    return not (key[0] == other[0] == "md") or int(key[1]) <= int(other[1])


def _shift_run(found: dict[int, Heading], order: list[int], levels: list[int], k: int, delta: int) -> None:
    """Move heading `k`, the numbers of its style that follow it in sequence at its level, and what is nested under them."""
    own = levels[k]
    number = found[order[k]].number
    expected = heading_value(found[order[k]])
    for m in range(k, len(order)):
        heading = found[order[m]]
        if m > k and levels[m] <= own:
            value = heading_value(heading)
            if (
                levels[m] < own
                or heading.number is None
                or number is None
                or heading.number.style != number.style
                or expected is None
                or value != expected + 1
            ):
                break
            expected = value
        levels[m] = max(1, levels[m] + delta)


# Numbering styles that mark sub-sections, never the top level of a policy: A. (一) (1) 1) (a) a) ①.
SUBORDINATE_STYLES = frozenset(
    {
        ("latin",),
        ("latin-lower",),
        ("latin-paren",),
        ("latin-half-paren",),
        ("circled",),
        ("cn-paren",),
        ("cn-formal-paren",),
        ("arabic-paren",),
        ("arabic-half-paren",),
    }
)


def _nest_runs_under_bare_titles(found: dict[int, Heading], order: list[int], levels: list[int]) -> list[int]:
    """A run of sub-section numbers (A.–E., （一）–（三）) directly under a bare title is that title's sub-sections.

    In a document whose top-level sections are bare title lines (「資料收集」, 「如何刪除資料」),
    「A. 行動 App 內刪除」 … 「C. 要求我們協助刪除」 right after 「如何刪除資料」 are its
    sub-sections, and the bare title after the run (「兒童隱私」) is a top-level section
    again.  Only a run that starts its sequence (A, （一）), only under a bare title at a
    level where every heading so far is unnumbered, and only when a bare title follows it
    (「引言」 above A.–D. that run to the end of the policy: the letters are the outline).
    Styles that mark sub-sections (`SUBORDINATE_STYLES`) need no more; styles that may number
    the top level beside bare lines (1., 一、) need two bare titles or more before the run and
    numbers that do not go on after it: 「【引言】」, 「【信息收集】」, 「1. 账号」, 「2. 设备」,
    「【联系我们】」 nest, but not 「2.」, 「Cookie的使用」, 「3.」 (the numbers are the top level), nor
    1.–2. under one bare line (「关于我们」).  One pass: what comes before a run is summed as
    the pass goes (positions before a run never move again).
    """
    levels = list(levels)
    numbered_min: int | None = None  # the lowest level of a numbered heading before `seen`
    bare_at: dict[int, int] = {}  # level → bare titles before `seen`
    seen = 0
    k = 0
    while k < len(order):
        heading = found[order[k]]
        parent = k - 1
        if (
            k == 0
            or heading.number is None
            or not _starts_sequence(heading)
            or found[order[parent]].number is not None
            or found[order[parent]].key[0] != "plain"
        ):
            k += 1
            continue
        for m in range(seen, parent):  # sum up what lies before the bare title
            if found[order[m]].number is not None:
                numbered_min = levels[m] if numbered_min is None else min(numbered_min, levels[m])
            elif found[order[m]].key[0] == "plain":
                bare_at[levels[m]] = bare_at.get(levels[m], 0) + 1
        seen = max(seen, parent)
        level = levels[parent]
        if numbered_min is not None and numbered_min <= level:
            k += 1
            continue  # numbered sections at the bare title's level: the bare lines are not the outline
        style = heading.number.style
        end = k
        while end < len(order) and (number := found[order[end]].number) is not None and (number.style == style or levels[end] > levels[k]):
            end += 1  # the run, with what is nested under its headings
        after = found[order[end]] if end < len(order) else None
        opening = opening_title(found[order[parent]].title)
        if opening or after is None or after.key[0] != "plain":
            k = end  # 「引言」 above A.–D. that run to the end: the lettered sections are the outline
            continue
        if style not in SUBORDINATE_STYLES:
            bare = 1 + sum(n for lv, n in bare_at.items() if lv <= level)  # the parent and the bare titles before it
            last = max((v for m in range(k, end) if (v := heading_value(found[order[m]])) is not None), default=None)
            if bare < 2 or (last is not None and _goes_on(found, order, end, style, last)):
                k = end
                continue
        base = levels[k]
        for m in range(k, end):
            levels[m] = max(level + 1, levels[m] - base + level + 1)
        if end < len(order) and levels[end] > level:
            delta = level - levels[end]  # the bare titles after the run are back at the top
            for m in range(end, len(order)):
                if levels[m] <= level:
                    break
                levels[m] = max(1, levels[m] + delta)
        k = end
    return levels


def _goes_on(found: dict[int, Heading], order: list[int], end: int, style: tuple[str, ...], last: int) -> bool:
    """Whether the run's numbering goes on after the bare title that ends it (「2.」, 「Cookie的使用」, 「3.」).

    It goes on when the next heading numbered in the run's style, after the run, is numbered `last + 1`: in a policy
    whose chapters are bare titles, each with its own 「一、」「二、」… (`eval/structure27` rna-txt), the next chapter's
    「一、」 starts over, and a later chapter's 「三、」 belongs to its own run, not to the first chapter's.
    """
    for m in range(end, len(order)):
        number = found[order[m]].number
        if number is not None and number.style == style and (value := heading_value(found[order[m]])) is not None:
            return value == last + 1
    return False


def peer_depths(blocks: list[Block], found: dict[int, Heading], order: list[int], partners: dict[int, int]) -> list[tuple[str, ...]]:
    """The nesting keys of the headings, with unnumbered peers written at a skipped depth made peers.

    A reader sees `## 引言` (with its own text) followed by `#### 信息收集` as two sections of
    the same rank, not as a section and its sub-section: the depth jumps over a level, the
    heading above is complete (it has text, and that text does not announce a list with
    ：), and neither heading carries a number that would say otherwise.  From then on that
    depth stands for the depth of the heading above (`#### 信息使用`, `#### 联系我们` are
    peers too), until it is used again for a real child (directly under a heading without
    text of its own, or one level deeper).  The titles may say otherwise: 「#### 账号信息」 under
    「## 信息收集」 names a kind of what the section above is about (`_names_a_part`), so it is a
    sub-section, and the same jump is read as a sub-section for the rest of the document
    (「#### 个性化推荐」 under 「## 信息使用」).  `Section.depth` keeps the depth as written.
    """
    keys = [found[i].key for i in order]
    alias: dict[int, int] = {}
    children: set[tuple[int, int]] = set()  # (depth above, depth) jumps that the titles showed to be sub-sections
    made: dict[int, tuple[str, str]] = {}
    out: list[tuple[str, ...]] = []
    for k, i in enumerate(order):
        key = keys[k]
        if key[0] != "md":
            out.append(key)
            continue
        depth = int(key[1])
        above = order[k - 1] if k else None
        if above is not None and keys[k - 1][0] == "md" and found[above].number is None and found[i].number is None:
            above_depth = int(keys[k - 1][1])
            if depth >= above_depth + 2 and _names_a_part(found[above].title, found[i].title):
                children.add((above_depth, depth))  # the text says child: this jump means a sub-section here
                alias.pop(depth, None)
            elif depth >= above_depth + 2 and (above_depth, depth) not in children and _has_own_text(blocks, above, i, found, partners):
                alias[depth] = alias.get(above_depth, above_depth)
            elif depth > above_depth:
                alias.pop(depth, None)  # used for a real child again
        shown = alias.get(depth, depth)
        out.append(made.get(shown) or made.setdefault(shown, ("md", str(shown))))  # one tuple per depth, not per heading (issue #12)
    return out


def _shares_a_word(a: str, b: str) -> bool:
    """Two titles share a word of two Han characters (「联系方式」 and 「五、联系我们」)."""
    return bool(set(han_pairs(fold(a))) & set(han_pairs(fold(b))))


def _names_a_part(parent: str, child: str) -> bool:
    """The deeper title names a kind of what the title above is about: 「账号信息」 under 「信息收集」.

    Both share a word of two Han characters that is not where both titles start: 「信息收集」 /
    「信息使用」 (the same opening word) are parallel titles, peers; 「引言」 / 「信息收集」 share nothing.
    """
    a, b = han_pairs(fold(parent)), han_pairs(fold(child))
    if not a or not b or a[0] == b[0]:
        return False
    return bool(set(a) & set(b))


def _has_own_text(blocks: list[Block], start: int, end: int, found: dict[int, Heading], partners: dict[int, int]) -> bool:
    """The heading at `start` has body text before `end`, and it does not end by announcing a list (…：)."""
    body = [blocks[j] for j in range(start + 1, end) if j not in found and j not in partners]
    return bool(body) and not fold(body[-1].text).rstrip().endswith(":")
