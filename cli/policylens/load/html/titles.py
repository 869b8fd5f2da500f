"""Titles inside a block of HTML text: where a paragraph that holds several titled sections is cut.

A `<br>`-broken paragraph whose lines are a numbered title and its text, a bold line over a body, a title over
its source line, a colon-ended title and its siblings; the class names that mark a title or a paragraph on a
mini-program page; a contact field's label, which titles nothing.  Reads the page only through `_TitleSource`
(what the extractor has seen so far); building the blocks is the extractor's.
"""

from __future__ import annotations

import bisect
import re
from itertools import pairwise
from typing import Protocol

from policylens.lazyre import lazy
from policylens.load.html.field_lines import field_lines
from policylens.load.html.latin_titles import latin_bold_title, latin_numbered_title
from policylens.load.html.title_lists import DL_TERM_MARKS, DL_TERM_MAX
from policylens.load.lines import (
    MAX_TITLE_LINE,
    SENTENCE_OPENERS,
    TITLE_LINE_END,
    numbered_title_line,
    parent_title_line,
    sibling_title_line,
    title_line,
    title_number,
)
from policylens.load.text import CUT, LONG_LINE
from policylens.model import Block, Piece
from policylens.normalise import WHITESPACE, fold
from policylens.numbering import NUMBER_STARTS, number_value, parse_number
from policylens.patterns import (
    BULLET_GLYPHS,
    CLAUSE_MARKS,
    CONTACT_CHANNELS,
    CONTACT_PERSON,
    DOCUMENT_NAME_END,
    HAN_CHAR,
    OPEN_ENDINGS,
    URL_START,
)


class _TitleSource(Protocol):
    """What the title cutting reads of the page being read (`extractor._Extractor` is one): its blocks so far, the
    numbers and styles of the titles seen, the paragraph's bold runs and list entries, and the fed source by line."""

    blocks: list[Block]
    entry_numbers: dict[tuple[str, ...], tuple[int, int]]
    title_styles: set[tuple[str, ...]]
    title_numbers: set[tuple[tuple[str, ...], int]]
    sibling_candidates: bool
    bare_titles: bool
    opening_titles: int
    known_numbers: frozenset[tuple[tuple[str, ...], int]]
    entry_starts: frozenset[int]
    source: str
    _strong_runs: list[tuple[int, int]]
    _line_starts: list[int] | None

    def _starts(self) -> list[int]: ...


_BULLET_GLYPHS = BULLET_GLYPHS  # (`policylens.patterns`: a round bullet typed at the start of a line's text)
# the longest run of text (characters other than spaces) before a titled mini-program <text> read as its number or icon
_TITLE_MARKER_MAX = 4
_ITEM_AFTER = frozenset(CLAUSE_MARKS)  # what ends the text before a list item of its own: 。！？；!?;：:
# A title-class element's numbered title (「七、用户信息使用原则」, 「第3条 信息共享」, 「4. 信息存储」): the number and up to
# sixteen characters of no space and no punctuation (`_Extractor._run_in`); after it, a sentence run in after a space
# (a comma, a colon, a full stop in it, or its end), or, for a title written as a sentence, no other stop inside it.
_NUMBERED_TITLE = lazy(
    r"(?:[一二三四五六七八九十]{1,3}[、．.]|第[一二三四五六七八九十百\d]{1,4}[条條章节節]|\d{1,2}[.、．])[ \t\u3000]*"
    r"[^\s，。；：:,;！？!?、.()（）]{2,16}"
)
# 「class="tit"」, 「sub-tit」, 「tit2」: the short class name uni-app and WeChat pages give their section titles
# 「<text class="doc-section">一、政策说明</text>」 then 「<text class="doc-text">…</text>」: a mini-program <text> whose class
# word ends in -section names a section's title (eval/dev21p/shizhou-wxml, a leftover of the twenty-fifth session); a bare
# 「section」 is a container's class (「<view class="section">」, also on a <text> holding a paragraph)
_SECTION_TEXT_CLASS = lazy(r"(?<![^\s])[A-Za-z0-9]+[_-]section(?![^\s])")
# (u61r, u60h's note) a salutation over a letter's text is no title: 「亲爱的用户<br />感谢您…」, 「尊敬的会员」, 「各位玩家」
_GREETING = lazy(r"(?:亲爱的|親愛的|尊敬的|敬爱的|敬愛的|各位)|[^\n]{0,12}(?:您好|你好)$")
_TIT_CLASS = lazy(r"(?<![^\s_-])tit(?:[_-]?\d{1,2})?(?![^\s_-])", re.IGNORECASE)
# 「class="privacyH2"」, 「class="h1"」, 「title-h3」: a block whose class names a heading rank, as a mini-program or uni-app
# page without <h*> marks its titles (a WeChat page's <view>; eval/blind/round23).  A token ending in H1–H4 after a
# lower-case letter or opening the token; not H5, the Chinese developers' word for a mobile web page (「isH5」,
# 「h5-page」).  Web pages only have <h*> for this: there 「h2」 is pdf2htmlEX's height class (「t m0 x1 h2 y1 ff1」) and
# 「abde-h4」 a design system's type size on a dialog's title.
_HEADING_CLASS = lazy(r"(?:(?<![^\s_-])[Hh]|(?<=[a-z])H)([1-4])(?![0-9A-Za-z])")
_RUN_IN_SENTENCE = lazy(f"[{CLAUSE_MARKS}，,]")
_SENTENCE_TITLE_MAX = 40
# 「<text class="paragraph">」, 「privacy-paragraph」, 「para」: a <text> whose class names a paragraph is one (a WeChat page's
# style sheet is its .wxss, not in the page; eval/precision27 qingduanshi-wxml: 「<text class="paragraph bold">（一）账号登录
# </text>⏎<text class="paragraph">当您使用…</text>」 shows two rows)
_PARAGRAPH_CLASS = lazy(r"^(?:[A-Za-z0-9]+[_-])?(?:p|para|paragraph)$")
# a contact field's label, and what its value looks like (an e-mail or web address, a phone number, in a short body):
# not a title over text (「如何联系我们」 over a sentence that gives an address is one)
_FIELD_LABEL = lazy(rf"(?:{CONTACT_CHANNELS}|网址|網址|{CONTACT_PERSON}|(?i:e-?mail|phone|address|fax|QQ))$")
# a record's field on a <br> line: 「類型：持久性 Cookies」, 「管理者：我們」 (a short label closed by a colon, then its value)
_RECORD_FIELD = lazy(r"[^，,。：:\s]{1,8}[ \t]*[：:][ \t]*\S")
_RECORD_MIN = 2
_VALUE_TEXT = lazy(rf"@|{URL_START}|\d[\d \t()+-]{{6,}}\d")


def _cuts(block: Block, breaks: list[int], extractor: _TitleSource) -> list[tuple[int, int]]:
    """Where a paragraph that holds several sections is cut into blocks.

    A <br> line that is only a section number and its title (「二、資料的蒐集」), or a Chinese section number and
    title above its first sub-section (「三、 信息共享」 over 「3.1 …」, `parent_title_line`), is a block of its own; a paragraph as long as a whole policy with no such lines is cut like a
    one-line text file (before a numbered heading that follows a sentence end).  So is the paragraph's first line
    numbered as the next or previous sibling of such a first line elsewhere on the page (`_sibling_title`).
    """
    head = _title_over_source_line(block, extractor)
    if head is not None and breaks and head >= breaks[0]:
        head = None  # the title is the first <br> line, cut as one below
    bounds = [0, *breaks, len(block.text)]
    lines = list(pairwise(bounds))
    blank = _blank_line_starts(breaks)
    titles = [
        (a, b)
        for k, (a, b) in enumerate(lines)
        if numbered_title_line(block.text[a:b])
        or (k + 1 < len(lines) and parent_title_line(block.text[a:b], block.text[b : lines[k + 1][1]]))
        or (k == 0 and breaks and _sibling_title(block.text[a:b], block.text[b:], extractor))
        or (k > 0 and a in blank and _bold_title_line(block.text, a, b, blank, extractor._strong_runs))
        or (k + 1 < len(lines) and latin_numbered_title(block.text[a:b], block.text[b : lines[k + 1][1]]))
    ]
    titles = _bare_title_lines(block.text, lines, titles, blank, extractor)
    titles = _colon_title_lines(block.text, lines, titles)
    titles = _list_title_lines(block.text, lines, titles)
    if breaks and titles and titles[0][0] == 0 and numbered_title_line(block.text[: titles[0][1]]):
        number = title_number(fold(block.text[: titles[0][1]]).strip())
        if number is not None:
            extractor.title_numbers.add(number)
    shown, extractor.entry_starts = _shown_breaks(block.text, breaks)
    cuts = [(a, a) for a, _ in titles] + [(b, b) for _, b in titles] + shown
    if not cuts and len(block.text) >= LONG_LINE:
        cuts = [m.span() for m in CUT.finditer(block.text)]
    if head is not None:  # the title on its own source line, then whatever cuts the text below it
        later = [] if breaks else [(at, at) for at in _later_source_titles(block, extractor, head)]
        cuts = sorted({(head, head), *later, *(cut for cut in cuts if cut[0] > head)})
    return cuts


_BARE_TITLE_MAX = 16  # characters of an unnumbered <br> title line at most
_BARE_TITLES_MIN = 2  # such lines in one paragraph before any is cut (or one, once the page had such a paragraph)
# what no bare title holds: punctuation, brackets, an address's or a link's marks, digits (a number, a date, a phone)
_NOT_IN_BARE_TITLE = frozenset("，,。：:；;！!？?、（）()《》〈〉「」『』“”\"'[]【】/|@.·-—～~0123456789")

# the last character of a sentence's first half, broken by a <br> before what it governs (「部分功能需要<br>您授权…」,
# 「我们将会<br>通知您」): a modal, an auxiliary or a verb of giving, never a title's last word
_VERB_ENDS = tuple("要会會将將能应應须須需得是有过過了着著让讓使令就也都还還再又被给給请請")
_ORGANISATION = ("公司", "集团", "集團", "工作室", "团队", "團隊", "事务所", "事務所")
_GOES_ON = frozenset("的地得了着著过過，,、。；;：:")


def _bare_title_lines(
    text: str, lines: list[tuple[int, int]], titles: list[tuple[int, int]], blank: frozenset[int], extractor: _TitleSource
) -> list[tuple[int, int]]:
    """The unnumbered title lines of a <br> paragraph: 「隱私權保護政策的適用範圍<br />隱私權保護政策內容，…。<br /><br />
    資料的蒐集與使用方式<br />為了…：<br />」 (eval/structure40c futurelearn-privacy-php, u40a4: a Taiwanese school's
    editor `<div>`, seven sections and no number, no bold).

    The plain-text reader's evidence for a bare title glued to its text: a short line (at most `_BARE_TITLE_MAX`
    characters, Chinese, no punctuation, bracket, digit, link or address mark), not opening like a sentence (我/您/如/
    請…) nor ending on a word still waiting for its object, set off by a blank line above it (two <br> in a row; or
    opening the paragraph), with its text directly below it (one <br>): a line at least twice as long that holds a
    comma or a full stop.  And siblings: two such lines in the paragraph, or one once an earlier paragraph of the page
    had two.  A sentence broken by a <br> (「我们会通过<br>短信通知您。」), an address's lines and a label over its value
    are not such lines.
    """
    taken = set(titles)
    found = []
    for k, (a, b) in enumerate(lines[:-1]):
        # (u60r) a paragraph's first line before the page is known to have such titles: counted (`opening_titles`)
        opening = k == 0 and a not in blank and not extractor.bare_titles
        if (a, b) in taken or not (a in blank or k == 0):
            continue
        c, d = lines[k + 1]
        if c in blank:
            continue  # a blank line below: no text glued to it
        line, below = fold(text[a:b]).strip(), fold(text[c:d]).strip()
        if not line or len(line) > _BARE_TITLE_MAX or not HAN_CHAR.search(line) or any(ch in _NOT_IN_BARE_TITLE for ch in line):
            continue
        if line.startswith(SENTENCE_OPENERS) or line.endswith(OPEN_ENDINGS) or line.endswith(_VERB_ENDS) or _GREETING.match(line):
            continue
        if below[:1] in _GOES_ON or line.endswith(_ORGANISATION) or _RECORD_FIELD.match(below):
            continue  # the sentence goes on below (「…的<br>信息」); a company over its address, a label over its fields
        if len(below) >= 2 * len(line) and any(mark in below for mark in "，,。"):
            extractor.opening_titles += opening
            if not opening:
                found.append((a, b))
    if len(found) < _BARE_TITLES_MIN and not (found and extractor.bare_titles):
        return titles
    extractor.bare_titles = True
    return sorted([*titles, *found])


def _colon_title_lines(text: str, lines: list[tuple[int, int]], titles: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The title lines of a <br> paragraph with each numbered line closed by a colon whose two neighbours are titles.

    「2.保留政策与数据存储<br>…<br>3.第三方SDK说明:<br>…<br>4.联系我们<br>…」 (a WPS web-page export,
    `eval/structure28` huatu-wpshtml): 「3.第三方SDK说明:」 is kept out by its colon (`numbered_title_line`), which
    also closes lead-ins (「2.前项但书之情形包括不限于：」).  Between title lines numbered one below and one above its
    own number, of its style, a line of title shape (`sibling_title_line`) is their sibling.
    """
    if len(titles) < 2:
        return titles
    numbers = {title_number(fold(text[a:b]).strip()) for a, b in titles}
    taken = set(titles)  # (a list searched for each colon line: 8,000 of them over their lists took seconds, review u35x)
    found = []
    for k, (a, b) in enumerate(lines[:-1]):
        line = fold(text[a:b]).strip()
        if not line.endswith(("：", ":")) or (a, b) in taken or (number := title_number(line)) is None:
            continue
        style, value = number
        if (style, value - 1) in numbers and (style, value + 1) in numbers and sibling_title_line(text[a:b], text[b : lines[k + 1][1]]):
            found.append((a, b))
    return sorted([*titles, *found]) if found else titles


_LIST_TITLE = 20  # a list's title: at most this many characters after its number


def _list_title_lines(text: str, lines: list[tuple[int, int]], titles: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The title lines of a <br> paragraph whose parts 「（一）…：」, 「（二）…：」 each head a list of their own.

    「（一）本网站的权利与义务：<br>1．按协议的服务内容…<br>…（二）、会员权利与义务：<br>1．定期享受…」 (an ASP.NET page,
    eval/structure35 lbteam-protocol-aspx): a colon keeps each of them out (`numbered_title_line`), as it keeps out a
    lead-in.  Lines numbered (一), (二) … from the first, each closed by a colon with a short title before it (no comma,
    no full stop), and each followed by a line numbered 1 in another style (the list under it) are titles: at least
    two of them, so one lead-in over its list (「（一）我们会收集以下信息：」 then 「1．…」) stays a line of its text.
    """
    found: list[tuple[int, int]] = []
    values: set[int] = set()
    taken = set(titles)
    for k, (a, b) in enumerate(lines[:-1]):
        line = fold(text[a:b]).strip()
        if not line.endswith(("：", ":")) or (a, b) in taken or (number := title_number(line)) is None:
            continue
        style, value = number
        if style not in (("cn-paren",), ("cn-formal-paren",)):
            continue
        body = line[:-1].strip()
        title = body[body.index(")") + 1 :].lstrip("、 ") if ")" in body else ""
        if not title or len(title) > _LIST_TITLE or any(mark in title for mark in "，,。；;：:") or not HAN_CHAR.search(title):
            continue
        following = title_number(fold(text[b : lines[k + 1][1]]).strip())
        if following is None or following[1] != 1 or following[0] == style:
            continue
        found.append((a, b))
        values.add(value)
    if len(found) < 2 or not {1, 2} <= values:
        return titles
    return sorted([*titles, *found])


def _bold_title_line(text: str, start: int, end: int, blank: frozenset[int], runs: list[tuple[int, int]]) -> bool:
    """A <br> line inside a paragraph that is bold throughout, after a blank line and above more text: an unnumbered title.

    「…开放程度。<br><br><br/><font size=2><b>用户权利</b></font><br/>在成功登录之后，…」 (a 2007 table-layout page,
    `eval/structure27` xiangtu-html): the page's five sections, each a bold line between breaks in one table cell, were
    read as one paragraph.  The line must follow two breaks in a row (a blank line: its start is in `blank`, from
    `_blank_line_starts`), be a short title (at most
    `MAX_TITLE_LINE` characters, Chinese, no comma, full stop or colon: 「在如下情况下，本站将不对…承担责任：」 announces
    a list) and be bold for nine tenths of its characters; the text below it is its paragraph.

    An English edition's title is Latin (`latin_titles.latin_bold_title`): 「<strong>One. How we collect and use your information</strong>
    <br/>」 after a blank line (u46a2, eval/structure45 shifu-disclaimer-jsx, left by u45a2).
    """
    line = text[start:end].strip(WHITESPACE)
    folded = fold(line)
    if not folded or start not in blank:
        return False
    if not (len(folded) <= MAX_TITLE_LINE and HAN_CHAR.search(folded)) and not latin_bold_title(folded):
        return False
    if folded.endswith(TITLE_LINE_END) or any(mark in folded for mark in "。，,：:；;"):
        return False
    if not text[end:].strip(WHITESPACE):
        return False
    # the runs are in text order and do not overlap: those that reach into the line start at the one ending after it
    k = bisect.bisect_right(runs, (start, start))
    k = k - 1 if k and runs[k - 1][1] > start else k
    bold = 0
    while k < len(runs) and runs[k][0] < end:
        bold += max(0, min(runs[k][1], end) - max(runs[k][0], start))
        k += 1
    return bold >= len(line.replace(" ", "")) * 0.9


def _bold_title_cuts(text: str, breaks: list[int], runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Cuts around a table cell's bold title lines (`_bold_title_line`); none when the cell has none."""
    if not runs or not breaks:
        return []
    blank = _blank_line_starts(breaks)
    bounds = [0, *breaks, len(text)]
    titles = [(a, b) for k, (a, b) in enumerate(pairwise(bounds)) if k > 0 and _bold_title_line(text, a, b, blank, runs)]
    return [cut for a, b in titles for cut in ((a, a), (b, b))]


def _blank_line_starts(breaks: list[int]) -> frozenset[int]:
    """Offsets where two or more <br> meet (a blank line above the text that starts there)."""
    return frozenset(a for a, b in pairwise(breaks) if a == b)


def _title_over_source_line(block: Block, extractor: _TitleSource) -> int | None:
    """Where a paragraph's first source line ends, when that line is a numbered title over the paragraph's text.

    「<view>⏎一、我们如何收集和使用您的信息⏎我们会出于本政策所述的以下目的…：⏎</view>」 (a uni-app page, blind round22):
    no <br>, but the author wrote the section's title on a line of its own above its first sentence, and the text
    joined the two (「…您的信息我们会出于…」).  Only the first line, only a bare numbered title
    (`numbered_title_line`: 「一、…」, 「（一）…」, 「1.2 …」, no comma or full stop; up to 40 characters with no clause
    mark and no colon at its end, `sibling_title_line`), and only when the next source line
    is at least one and a half times as long: a paragraph hard-wrapped in the source has lines of one width, so its
    first line is never much shorter than its second.  The title must be alone on its source line and the text below
    must open its own: an editor's or an exporter's wrapping (a Word page's 「<span …>5、如我们停止运营</span><span⏎
    style=…>」, text wrapped after markup at a fixed width) breaks lines inside tags or after markup.
    """
    first = block.pieces[0].line
    lines: dict[int, tuple[int, int]] = {}  # source line -> (start, end) offsets of its text in the block
    for piece in block.pieces:
        start, end = lines.get(piece.line, (piece.offset, piece.offset))
        lines[piece.line] = (start, piece.offset + piece.length)
    if len(lines) < 2 or first + 1 not in lines:
        return None
    end = lines[first][1]
    second_start, second_end = lines[first + 1]
    head, rest = block.text[:end], block.text[end:]
    if second_end - second_start < 1.5 * len(head.strip(WHITESPACE)):
        return None
    if not _alone_on_its_line(extractor, block) or not _starts_its_line(extractor, block, second_start):
        return None  # a line cut inside a tag or after markup: an export's wrapping, not the author's
    number = _entry_number(head)
    if (
        number is not None
        and number[0] not in extractor.title_styles
        and extractor.entry_numbers.get(number[0]) == (number[1] - 1, len(extractor.blocks) - 1)
    ):
        # 「<p>⏎3. 用户在⏎TLCT发布…</p>」 right after 「<p>2. 用户在 TLCT发表…</p>」: the next entry of a list, wrapped in the
        # source after its first words; not where a number of its style was a title over its text (review u29w:
        # 「1. 信息收集⏎…」, 「2. 信息使用⏎…」, a list 「1. 用于…」 「2. 用于…」, then the title 「3. 信息共享⏎…」)
        return None
    if numbered_title_line(head) or (sibling_title_line(head, rest) and not head.rstrip(WHITESPACE).endswith(("：", ":"))):
        if number is not None:
            extractor.title_styles.add(number[0])
        return end
    return None


def _later_source_titles(block: Block, extractor: _TitleSource, head: int) -> list[int]:
    """Where the later numbered title lines of a text node written as an outline, one line each, start and end.

    「<view>⏎一、我们如何收集…⏎个人信息是指…。⏎⏎（一）您须授权…的情形⏎我们的产品…。⏎⏎1、实现网上购物所必须的功能⏎（1）用户注册
    ⏎您首先需要…。</view>」 (u45a2, eval/structure45c stsale-privacy-vue): the first line was cut as its title
    (`_title_over_source_line`); the author wrote every level of the outline the same way, so each later line that is a
    numbered title (`numbered_title_line`), alone on its source line, after a line that ends a clause, a blank line or
    another title line, and over a line at least one and a half times as long or over another such title, is cut too
    (one reading of the whole node: all of its outline, not its first line only).  Called only when the first line was
    cut and the node has no <br>.  One walk over the node's lines, from the last.
    """
    spans: dict[int, tuple[int, int]] = {}  # source line -> (start, end) offsets of its text in the block
    ends: dict[int, tuple[Piece, Piece]] = {}  # source line -> its first and last piece
    for piece in block.pieces:
        start, end = spans.get(piece.line, (piece.offset, piece.offset))
        spans[piece.line] = (start, piece.offset + piece.length)
        ends[piece.line] = (ends.get(piece.line, (piece, piece))[0], piece)
    lines = sorted(spans)
    found: list[int] = []
    below_title = False
    for k in range(len(lines) - 2, 0, -1):  # (not the first line: that is `head`'s; not the last: a title is over text)
        start, end = spans[lines[k]]
        text = block.text[start:end].strip(WHITESPACE)
        above = block.text[spans[lines[k - 1]][0] : spans[lines[k - 1]][1]].rstrip(WHITESPACE)
        below_start, below_end = spans[lines[k + 1]]
        gap = lines[k] - lines[k - 1] > 1  # a blank source line above it
        below = block.text[below_start:below_end]
        title = (
            start > head
            and _outline_title_line(text, below)
            and (gap or fold(above).endswith(TITLE_LINE_END) or numbered_title_line(above.strip(WHITESPACE)))
            and (below_title or below_end - below_start >= 1.5 * len(text))
            and _fills_its_line(extractor, *ends[lines[k]])
        )
        below_title = bool(title)
        if title:
            found += (end, start)
    return found[::-1]


def _outline_title_line(text: str, below: str) -> bool:
    """A numbered line of an outline written one title a line: 「一、…」, 「1、…」 (`numbered_title_line`), a longer
    「（一）…的情形」 over text at least as long (`sibling_title_line`, not closed by a colon), 「（1）用户注册」 over its
    text (`title_line`)."""
    if numbered_title_line(text):
        return True
    if text.endswith(("：", ":")) or parse_number(fold(text)) is None:
        return False
    return sibling_title_line(text, below) or title_line(text, below)


def _fills_its_line(extractor: _TitleSource, first: Piece, last: Piece) -> bool:
    """Whether the pieces from `first` to `last` (on one source line) are all that line holds (blanks aside)."""
    source = _source_line(extractor, first.line)
    after = last.column - 1 + (last.width if last.width is not None else last.length)
    return not source[: first.column - 1].strip(WHITESPACE) and not source[after:].strip(WHITESPACE)


def _source_line(extractor: _TitleSource, line: int) -> str:
    """The fed source's line `line` (1-based), without its line break."""
    starts = extractor._line_starts or extractor._starts()
    if line > len(starts):
        return ""
    end = starts[line] - 1 if line < len(starts) else len(extractor.source)
    return extractor.source[starts[line - 1] : end]


def _alone_on_its_line(extractor: _TitleSource, block: Block) -> bool:
    """Whether the block's pieces on its first source line are all that line holds (blanks aside)."""
    first = block.pieces[0]
    return _fills_its_line(extractor, first, [p for p in block.pieces if p.line == first.line][-1])


def _starts_its_line(extractor: _TitleSource, block: Block, offset: int) -> bool:
    """Whether the block's text at `offset` opens its source line (blanks aside)."""
    piece = next((p for p in block.pieces if p.offset == offset), None)
    return piece is not None and not _source_line(extractor, piece.line)[: piece.column - 1].strip(WHITESPACE)


def _part_starts(text: str, parts: list[Block]) -> list[int]:
    """Where each part cut from a paragraph starts in the paragraph's text (the parts are in order, stripped)."""
    starts: list[int] = []
    at = 0
    for part in parts:
        at = text.find(part.text, at)
        starts.append(at)
        at += len(part.text)
    return starts


def _bold_parts(text: str, parts: list[Block], runs: list[tuple[int, int]]) -> list[Block]:
    """The parts cut from a paragraph, a part that is bold throughout emphasised, as a block of its own would be
    (「…personal data.<br><br><b><u>PERSONAL DATA</u></b>」, eval/precision20/paydollar-privacy-hk).  The bold runs are
    in text order and do not overlap: one walk over both lists."""
    out: list[Block] = []
    k = 0
    for part, start in zip(parts, _part_starts(text, parts), strict=True):
        end = start + len(part.text)
        while k < len(runs) and runs[k][1] <= start:
            k += 1
        bold, j = 0, k
        while j < len(runs) and runs[j][0] < end:
            bold += max(0, min(runs[j][1], end) - max(runs[j][0], start))
            j += 1
        out.append(part._replace(emphasised=True) if bold >= len(part.text.replace(" ", "")) * 0.9 else part)
    return out


def _entry_parts(text: str, parts: list[Block], starts: frozenset[int]) -> list[Block]:
    """The parts cut from a paragraph, those that open where `_shown_breaks` found a list entry made items."""
    opened = sorted(starts)
    out: list[Block] = []
    k = 0
    for part, start in zip(parts, _part_starts(text, parts), strict=True):
        while k + 1 < len(opened) and opened[k + 1] <= start:
            k += 1  # the last entry start at or before this part
        entry = bool(opened) and opened[k] <= start and not text[opened[k] : start].strip(WHITESPACE)
        out.append(part._replace(kind="item") if entry and not part.emphasised else part)
    return out


def _shown_breaks(text: str, breaks: list[int]) -> tuple[list[tuple[int, int]], frozenset[int]]:
    """The <br> breaks of a paragraph that a reader sees as the end of a paragraph, as cuts.

    A blank line made of two breaks (「…的信息。<br><br>2) 设备信息…」, a saved page's `nl2br` text with an empty line
    between its paragraphs): the paragraphs a reader sees.  A line that opens with a typed bullet (「：<br>• 确认您的身分；
    <br>• 向您提供服务；」) or with a number next to its neighbour's in the same style (「：<br>1. 辦理…；<br>2. 在閣下…」):
    a list entry of its own (`_flush` makes it an item).  A single break before any other line is left as it was: a
    line wrapped by hand inside a sentence and a line of its own look alike there.  Returns the cuts and the offsets
    where a list entry starts.
    """
    cuts: list[tuple[int, int]] = []
    entries: set[int] = set()
    bounds = [0, *breaks, len(text)]
    numbers = [_entry_number(text[a:b]) for a, b in pairwise(bounds)]
    # (u55f) a run of label lines with an empty field after its first: each a line (a Word page's SDK entry: 「SDK名：glide
    # <br>开发者名称：<br>…」), so the empty field is read as in text; an empty label opening the run is a heading over its
    # fields (「个人信息保护负责人：<br>姓名：…」, 「注：<br>例如：…」), and a run of filled fields is left joined as before
    labels = field_lines(text, bounds)
    for k in range(1, len(bounds) - 1):
        at = bounds[k]
        if not 0 < at < len(text):
            continue
        number = numbers[k]
        entry = _first_char(text, at, bounds[k + 1]) in _BULLET_GLYPHS or (
            number is not None
            and (numbers[k - 1] == (number[0], number[1] - 1) or (k + 1 < len(numbers) and numbers[k + 1] == (number[0], number[1] + 1)))
        )
        fields = labels[k - 1] is not None and labels[k] is not None and (labels[k - 1] or (k > 1 and labels[k - 2] is not None))
        if entry or at == bounds[k - 1] or fields:
            cuts.append((at, at))
        if entry:
            entries.add(at)
    if len(numbers) > 1 and numbers[0] is not None and numbers[1] == (numbers[0][0], numbers[0][1] + 1):
        entries.add(0)  # the first of the entries opens the paragraph
    return cuts, frozenset(entries)


def _first_char(text: str, start: int, end: int) -> str:
    """The first character of `text[start:end]` that is no blank, or ""."""
    for k in range(start, end):
        if text[k] not in WHITESPACE:
            return text[k]
    return ""


def _entry_number(line: str) -> tuple[tuple[str, ...], int] | None:
    """The style and value of the number that opens a <br> line (「2.\t在閣下…」 → (decimal style, 2)), or None.

    A number of several parts has its parents in its style: 「3.2」 follows 「3.1」, never 「4.1」.
    """
    line = line.lstrip(WHITESPACE)
    if not line or line[0] not in NUMBER_STARTS:
        return None
    number = parse_number(fold(line[:16]).strip())
    value = number_value(number) if number is not None else None
    if number is None or not value:
        return None
    return (*number.style, number.label.rstrip(".．、)）").rpartition(".")[0]), value


def _sibling_title(line: str, rest: str, extractor: _TitleSource) -> bool:
    """A <br>-split paragraph's first line that is a title by its siblings: 「2.刪除您的個人資訊：」 between 「1.存取…」 and 「3.…」.

    Its shape is a title's (`sibling_title_line`) though not a bare one's (too long, or a colon at its end), and a
    first line numbered one less or one more in the same style was cut off its paragraph as a title
    (`numbered_title_line`).  Those are known after a first reading of the page (`read_html`): this one notes that
    a second reading may find more.
    """
    if not sibling_title_line(line, rest):
        return False
    extractor.sibling_candidates = True
    number = title_number(fold(line).strip())
    if number is None:
        return False
    style, value = number
    return (style, value - 1) in extractor.known_numbers or (style, value + 1) in extractor.known_numbers


# A line set in the middle of the page (「<p style="text-align: center; …">最终用户许可协议</p>」, 「<p align="center">」,
# 「<div class="text-center">」): a document's name so written is its title (`_centred_name`)
_CENTRED_TAGS = frozenset({"p", "div", "center"})
_CENTRED_STYLE = lazy(r"(?<![\w-])text-align\s*:\s*center\b", re.IGNORECASE)
_CENTRED_CLASS = frozenset({"center", "centre", "text-center", "text-centre", "tc", "txt-center", "align-center", "centered"})


def _centred(attrs: list[tuple[str, str | None]]) -> bool:
    """Do a tag's attributes set its text in the middle: `align="center"`, `text-align: center`, a class 「center」?"""
    for name, value in attrs:
        if not value:
            continue
        if (name == "align" and value.strip().lower() == "center") or (name == "style" and _CENTRED_STYLE.search(value)):
            return True
        if name == "class" and any(word.lower() in _CENTRED_CLASS for word in value.split()):
            return True
    return False


# 「font-weight: bold」, 「font-weight:700」: an inline style that sets a line in bold
_BOLD_STYLE = lazy(r"(?<![\w-])font-weight\s*:\s*(?:bold(?:er)?|[6-9]00)\b", re.IGNORECASE)


def _bold_centred(attrs: list[tuple[str, str | None]]) -> bool:
    """A mini-program or Vue page's element styled bold and centred in its own `style` (「<view style="font-size: 16px;
    font-weight: bold; text-align: center">歌宸型号管理</view>」, eval/structure47c gechen-ysxy-wxml; u48a2), when it opens
    the page: a title line, as a title class makes one (the page's name over its text was a plain paragraph, so the
    page had no title).  Further down such a line is read as before (eval/structure35 yunhuiku-help-vue's centred
    document name keeps its level)."""
    return any(name == "style" and value and _BOLD_STYLE.search(value) and _CENTRED_STYLE.search(value) for name, value in attrs)


def _centred_name(text: str) -> bool:
    """A centred line that names a document (「最终用户许可协议」, 「《隐私政策》」): at most 30 characters, no sentence or
    clause mark, ending on what the document is (`patterns.DOCUMENT_NAME_END`).

    (Thirty-fifth session, u35a2; eval/structure35 yunhuiku-help-vue: 「<p style="text-align: center; font-weight: bold">
    最终用户许可协议</p>」 over its 第一条 … 第十二条 was a paragraph.)  A centred date, company name or sentence is read
    as before.
    """
    folded = " ".join(fold(text).split()).strip("《》")
    return 0 < len(folded) <= DL_TERM_MAX + 6 and DL_TERM_MARKS.search(folded) is None and DOCUMENT_NAME_END.search(folded) is not None


def _names_a_heading(text: str, blocks: list[Block]) -> bool:
    """Does `text` repeat (the folded words of) a heading among `blocks`: the page header's 「<h2>隐私政策</h2>」 above
    a centred 「隐私政策」 is the same document's name, no second document."""
    name = "".join(fold(text).split()).strip("《》")
    return any(b.kind == "heading" and "".join(fold(b.text).split()).strip("《》") == name for b in blocks)
