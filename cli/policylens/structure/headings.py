"""Which blocks are headings: the title, explicit, numbered, bold and plain headings, bilingual pairs.

`find_title` picks the document title; `find_headings` every other block that becomes a
heading (keyed by block index) and the second lines of bilingual heading pairs.  What a
single line looks like is in `structure.shapes`; nesting is in `structure.levels`.
"""

from __future__ import annotations

import re
from array import array

from policylens.language_names import is_switcher_line
from policylens.lazyre import lazy
from policylens.load.lines import BULLET, split_block, title_over_fields
from policylens.model import Block, Piece
from policylens.normalise import WHITESPACE, fold
from policylens.numbering import CN_DIGITS, Number, number_value
from policylens.patterns import (
    CLAUSE_MARKS,
    CONTACT_CHANNELS,
    CONTACT_LABEL_CHANNELS,
    CONTACT_PERSON,
    DATE_CUE,
    EMAIL,
    HAN,
    HAN_CHAR,
    RIGHTS_RESERVED,
    SENTENCE_ENDS,
    STATEMENT_ENDS,
    URL_START,
    slot_only,
    unwritten_body,
)
from policylens.structure.language import detect_language
from policylens.structure.memo import UNKNOWN, Table, parse_number
from policylens.structure.shapes import (
    MAX_NUMBERED,
    OPEN_WORDS,
    POLICY_WORD,
    TOC_TITLES,
    Heading,
    han_pairs,
    heading_like,
    is_label_or_org,
    is_plain_heading,
    numbered_heading,
    opening_title,
    reads_as_sentence,
    unbracketed,
    unemphasise,
)

_TOC_NUMBERED_STYLES = {("num", "cn"), ("num", "di", "章"), ("num", "di", "条")}
# How the styles _item_heading accepts (cn, cn-paren, di) can start.
_ITEM_HEADING_STARTS = frozenset(CN_DIGITS + "第(（*_")


_ATX_LINE = lazy(r"(#{1,6})[ \t]+(?=[^#\s])")
_HASHTAG = lazy(r"#[^#\s]+#")


def promote_atx_lines(blocks: list[Block], fmt: str) -> list[Block]:
    """Markdown headings typed into a plain-text file (`# 标题`, `## 引言`) are headings at their depth.

    A `.txt` that holds a Markdown document shows its `#` lines to the reader as the
    outline.  At least two lines must open with one to six `#` and a space (one `#` line
    alone may be a hashtag or a comment; 「#双十一# 活动说明」 is never one), and each must read
    as a title (no URL, no sentence: a Fluent file's `### Translation file for page: https://…`
    comment is not one); the line becomes an explicit heading with the `#` marks cut off, so
    it nests by its depth.  (u30b) A `#` line with its text on the next line and no blank line
    between (「## Cookie」 / 「「Volunteer 志工服務系統」會設定…」) was read into one paragraph with it: the
    heading was lost, and a version of the same policy saved as `.md` paired as an added section.
    Such a line is cut off its paragraph first, when it reads as a heading there (`_glued_heading`):
    its next line is prose (or the file already has a `#` line of its own and it ends the
    paragraph), and no line beside it is code (u30fc: 「# 关闭统计」 / 「analytics=false」 in a
    configuration sample is a comment, not two sections).
    """
    if fmt != "text" or not any("#" in b.text for b in blocks):
        return blocks
    text_at = _lines_by_number(blocks)
    alone = len(_atx_marked(blocks, text_at))
    glued = {
        i: cuts
        for i, b in enumerate(blocks)
        if b.kind == "paragraph" and len(b.pieces) > 1 and "#" in b.text and (cuts := _atx_pieces(b, alone > 0, text_at))
    }
    if glued and alone + sum(map(len, glued.values())) >= 2:
        blocks = [part for i, b in enumerate(blocks) for part in (_cut_atx(b, glued[i]) if i in glued else [b])]
    marked = _atx_marked(blocks, text_at)
    if len(marked) < 2:
        return blocks
    out = list(blocks)
    for i, m in marked.items():
        block, cut = blocks[i], m.end()
        text = _without_closing_hashes(block.text[cut:])
        piece = Piece(0, len(text), block.pieces[0].line, block.pieces[0].column + cut)
        out[i] = Block("heading", text, block.line, block.column + cut, block.end_line, (piece,), len(m.group(1)), block.emphasised)
    return out


def _atx_line(text: str) -> re.Match[str] | None:
    """`text` (one line) is a Markdown heading line: `#` marks, a space, a title (no hashtag, no URL, no sentence)."""
    if len(text) > 120 or not text.startswith("#") or _HASHTAG.match(text):
        return None  # (most lines: no `#` first)
    m = _ATX_LINE.match(text)
    return m if m and heading_like(text[m.end() :], limit=80) else None


def _lines_by_number(blocks: list[Block]) -> dict[int, str]:
    """The text of each line of the paragraphs, by line number (a plain-text file's piece is one line)."""
    return {p.line: b.text[p.offset : p.offset + p.length] for b in blocks if b.kind == "paragraph" for p in b.pieces}


def _beside_code(line: int, text_at: dict[int, str]) -> bool:
    """The line just before or after line number `line` is code: a `#` line there is a comment, not a heading."""
    return _code_line(text_at.get(line - 1, "")) or _code_line(text_at.get(line + 1, ""))


def _atx_marked(blocks: list[Block], text_at: dict[int, str]) -> dict[int, re.Match[str]]:
    """The one-line paragraphs that are Markdown heading lines, by block index (none beside a line of code)."""
    return {
        i: m
        for i, b in enumerate(blocks)
        if b.kind == "paragraph" and len(b.pieces) == 1 and (m := _atx_line(b.text)) and not _beside_code(b.pieces[0].line, text_at)
    }


def _atx_pieces(block: Block, alone: bool, text_at: dict[int, str]) -> list[int]:
    """The lines of a paragraph of several lines that are Markdown heading lines there (their piece indices).

    `alone`: the file has a one-line `#` paragraph.  A `#` line is one when no line beside it
    is code and the line after it is prose or such a heading line; the paragraph's last line
    only when the file has a `#` line of its own.
    """
    lines = [block.text[p.offset : p.offset + p.length] for p in block.pieces]
    if not any(_atx_line(line) for line in lines):
        return []  # (most paragraphs: a `#` in the text, no heading line)
    found: list[int] = []
    for k in range(len(lines) - 1, -1, -1):  # from the last: a heading line's next may be one
        if not _atx_line(lines[k]) or _beside_code(block.pieces[k].line, text_at):
            continue
        last = k == len(lines) - 1
        if alone if last else k + 1 in found or _prose_line(lines[k + 1]):
            found.append(k)
    return sorted(found)


# A line of code or configuration: `analytics=false`, `crash: false`, `"debug": true`, `init();`, `}`, `$ npm i`, `<meta>`.
_ASSIGNMENT = lazy(r"(?<![\w.\-\"'])[\"']?[A-Za-z_][A-Za-z0-9_.\-]*[\"']?[ \t]*(?:=|:[ \t]*\S+$)")
_CODE_ENDS = (";", "{", "}")
_CODE_STARTS = ("{", "}", "<", "//", "/*", "$ ")


def _code_line(line: str) -> bool:
    """`line` is code or configuration, not text: a `#` line beside it is a comment."""
    s = line.strip()
    return bool(s) and (s.endswith(_CODE_ENDS) or s.startswith(_CODE_STARTS) or _ASSIGNMENT.match(s) is not None)


def _prose_line(line: str) -> bool:
    """`line` is text a heading may stand over: Chinese, or three words or more, and no code."""
    return not _code_line(line) and (HAN_CHAR.search(line) is not None or len(line.split()) >= 3)


def _cut_atx(block: Block, lines: list[int]) -> list[Block]:
    """`block` cut before and after each of its heading `lines` (a heading line becomes a paragraph of its own)."""
    pieces = block.pieces
    cuts = {k for line in lines for k in (line, line + 1) if 0 < k < len(pieces)}
    spans = [(pieces[k - 1].offset + pieces[k - 1].length, pieces[k].offset) for k in sorted(cuts)]
    return split_block(block, spans)


def _without_closing_hashes(text: str) -> str:
    """`标题 ##` → `标题`: a closing sequence of `#` after a space is not text (`C#` keeps its `#`)."""
    body = text.rstrip(" \t")
    bare = body.rstrip("#")
    return bare.rstrip(" \t") if bare != body and bare[-1:] in (" ", "\t") else body


def find_title(blocks: list[Block], fmt: str, page_title: str | None = None) -> int | None:
    """Index of the block that is the document title, if any (`page_title`: an HTML page's <title>)."""
    explicit = [i for i, b in enumerate(blocks) if b.kind == "heading" and not slot_only(b.text)]
    if explicit and fmt == "html":
        visible = _visible_title(blocks, explicit[0])
        if visible is not None:
            # 「<div class="title">隱私權政策</div><h2>隱私權政策</h2>」: the first <h*> repeats the
            # visible title, so it is the title (not a parent of every section that follows).
            if _same_title(blocks[visible].text, blocks[explicit[0]].text) or _names_the_page(blocks, explicit):
                return explicit[0]
            return visible
    if explicit:
        top = min(blocks[i].level or 1 for i in explicit)
        at_top = [i for i in explicit if (blocks[i].level or 1) == top]
        first = explicit[0]
        unique_top = len(at_top) == 1 and at_top[0] == first
        short_lead = all(len(blocks[j].text) < 200 for j in range(first))
        numbered = parse_number(blocks[first].text) is not None  # 「## 一、总则」 is a section, not the title
        if fmt == "html" and len(at_top) == 2 and _title_repeated(blocks, explicit, at_top):
            return at_top[1]  # a hero banner's 「<h1>某某隐私条款</h1>」, then the article's own 「<h1>某某隐私条款</h1>」
        if fmt == "html" and unique_top and len(explicit) > 2 and _brand_above(blocks, explicit):
            return explicit[1]  # 「<h1>云杉笔记</h1>」 (the site's brand) above 「<h2>云杉笔记隐私政策</h2>」 and <h3> sections
        if fmt == "html" and page_title and unique_top and not numbered and _titles_the_page(blocks[first].text, page_title):
            return first  # 「<title>隱私與裝置資料|Birdland</title>」 over 「<h1>隱私與裝置資料</h1>」, after a long menu
        if first < 4 and not numbered and (unique_top or POLICY_WORD.search(blocks[first].text)) and short_lead:
            return first
        if fmt == "html" and not numbered and unique_top and POLICY_WORD.search(blocks[first].text) and _page_chrome(blocks[:first]):
            return first  # the page's one <h1>-level heading, naming the policy, under a site's menu
        if fmt == "html" and len(at_top) == 2 and _site_name_above(blocks, explicit, at_top):
            return at_top[1]  # 「<h1>某某科技</h1>」 (the site's name) above 「<h1>隐私政策</h1>」
        if fmt == "docx" and numbered and first > 0 and _plain_title_line(blocks[0]):
            return 0  # 「《隐私政策》」 set large and centred in Normal style above 「一、…」 in Heading 2
        return None
    if not blocks:
        return None
    at = _after_chrome(blocks) if fmt == "html" else 0
    if at + 1 < len(blocks) and is_switcher_line(blocks[at].text):
        at += 1  # 「English | 简体中文 | 繁體中文」 above the title is navigation, not the title
    lead = blocks[at]
    lead_text = unemphasise(lead.text)
    title_like = (
        lead.kind == "paragraph"
        and len(lead.pieces) == 1
        and not slot_only(lead_text)
        and heading_like(colon_title(lead_text) or lead_text, limit=40)
    )
    cue = fmt == "text" or POLICY_WORD.search(lead.text) or lead.emphasised
    if _DATE_FIELD.match(fold(lead_text).strip()):
        return None  # 「生效日期：2026.06.22」 on the first line of an untitled policy is its date, not its title
    if _OPENING_SECTION.fullmatch(unbracketed(unemphasise(lead.text).strip(" \t\u3000：:"))):
        return None  # 「引言」 (「【引言】」) on the first line opens the first section of an untitled policy
    if fmt == "html" and title_like and _first_bold_sibling(blocks, at):
        return None  # 「<b>使用说明</b>」 over its text, then 「<b>用户权利</b>」…: the first section of an untitled page
    return at if title_like and cue and parse_number(lead.text) is None else None


_BOLD_SIBLINGS_MIN = 2


def _first_bold_sibling(blocks: list[Block], at: int) -> bool:
    """An untitled page's first block is the first of its bold section titles, not the page's title.

    「<b>使用说明</b><br/>本站的隐私设置…<br><br><b>用户权利</b><br/>…」 (a 2007 table-layout page, `eval/structure27`
    xiangtu-html): the lead names no policy, the text under it is a paragraph, and two or more later blocks have its form
    (a bold, unnumbered short line naming no policy over a paragraph).  A bold brand line has no text under it; a
    title without the policy's name over numbered sections (「<b>用户须知</b>」 over 「<b>一、…</b>」) keeps its title.
    """

    def bold_title(k: int) -> bool:
        block = blocks[k]
        text = unemphasise(block.text).strip()
        return (
            block.kind == "paragraph"
            and block.emphasised
            and k + 1 < len(blocks)
            and blocks[k + 1].kind == "paragraph"
            and not blocks[k + 1].emphasised
            and POLICY_WORD.search(text) is None
            and parse_number(text) is None
            and heading_like(text, limit=30)
        )

    if not bold_title(at):
        return False
    return sum(1 for k in range(at + 1, len(blocks)) if bold_title(k)) >= _BOLD_SIBLINGS_MIN


# 「生效日期：2026.06.22」, 「更新日期：2024年…」: the line of a policy's date (a field, never its title)
_DATE_FIELD = lazy(rf"(?:{DATE_CUE})[^:]{{0,6}}:[ \t]*\d")


def _plain_title_line(block: Block) -> bool:
    """A DOCX's first paragraph that names the policy in a short line of its own: its title, though not in a heading style."""
    text = unemphasise(block.text).strip()
    return (
        block.kind == "paragraph"
        and len(text) <= 30
        and POLICY_WORD.search(text) is not None
        and heading_like(text, limit=30)
        and parse_number(text) is None
        and not _DATE_FIELD.match(fold(text))
    )


# Words of a line that announces what follows (「本政策包括以下内容：」), never a title closed by a colon.
_ANNOUNCES = lazy(r"包括|包含|如下|以下|下列|內容|内容|有關|有关|關於|关于|請|请|您|見|见|各")


def colon_title(text: str) -> str | None:
    """「隐私政策：」, 「隱私權政策:」: a title naming the policy closed by a colon, without the colon (None otherwise).

    Written like the section titles below it (「信息收集：」); a line announcing what follows
    (「本政策包括以下内容：」, 「关于隐私政策：」) is no title.
    """
    folded = fold(text).strip()
    if not folded.endswith(":"):
        return None
    bare = text.strip()[:-1].rstrip()
    if not bare or len(bare) > 20 or not POLICY_WORD.search(bare) or _ANNOUNCES.search(bare) or bare.endswith(_NO_TITLE_END):
        return None
    return bare


_NO_TITLE_END = tuple(":：，,、;；")


# The name of a policy's opening section: on the first line of a file without a title it is
# that section's heading, not the document's title.
# (twenty-fourth session, `eval/blind/pairs24` activity-policy-wxml) in a pair of brackets too: 「【引言】」 (`unbracketed`)
_OPENING_SECTION = lazy(r"引言|前言|序言|導言|导言|概述|總則|总则|簡介|简介|介紹|介绍|Introduction|Overview|Preface|Foreword")


def _after_chrome(blocks: list[Block]) -> int:
    """HTML with no <h*>: the first block that is not a bare control label (「返回」, 「首页」) above a title naming the policy.

    An app page puts a back button and the bar's title above the text: 「返回」 / 「隐私政策」.
    Up to three such labels are skipped, and only when an emphasised line naming the policy follows.
    """
    for k in range(min(len(blocks) - 1, 3)):
        block = blocks[k]
        if block.emphasised or POLICY_WORD.search(block.text) or not _page_chrome([block]) or len(block.text.strip()) > 8:
            break
        nxt = blocks[k + 1]
        if nxt.emphasised and POLICY_WORD.search(nxt.text):
            return k + 1
    return 0


_CHROME_MAX = 60  # characters: a menu entry, a breadcrumb, a button; no sentence of the policy is this short and alone


def _page_chrome(lead: list[Block]) -> bool:
    """The blocks above a page's first heading are site chrome (menu entries, breadcrumbs, buttons).

    HTML pages saved whole put their navigation above the policy: many short lines and no
    sentence.  The first <h*> under them, when it is the page's only heading at its rank and
    names the policy, is the title the reader sees, however many menu lines precede it.
    """
    return all(len(b.text) <= _CHROME_MAX and not b.text.rstrip().endswith(("。", "．", ".", "；", ";")) for b in lead)


def _same_title(a: str, b: str) -> bool:
    """Two lines that read as the same title (emphasis, width and spacing aside)."""
    return "".join(fold(unemphasise(a)).split()) == "".join(fold(unemphasise(b)).split())


def _title_repeated(blocks: list[Block], explicit: list[int], at_top: list[int]) -> bool:
    """HTML: the only two top-rank <h*> are the same unnumbered title naming the policy, one right after the other (at most
    two short lines between: a banner's date or tagline; not paragraphs of the text, review rv17).

    A page's banner shows the policy's name as an <h1> and the article repeats it as its own <h1> above the <h2>
    sections: both are the title (the second is taken, the first, at the title's rank above it, is the banner), so the
    <h2> sections are the first level.  Two sections of the same name with other headings between them are not this.
    """
    first, second = at_top
    between = [i for i in explicit if first < i < second]
    text = blocks[first].text
    lines_between = blocks[first + 1 : second]  # a banner's date or tagline, never the policy's text (rv17)
    return (
        not between
        and len(lines_between) <= 2
        and all(len(b.text.strip()) <= 40 for b in lines_between)
        and _same_title(text, blocks[second].text)
        and parse_number(text) is None
        and POLICY_WORD.search(text) is not None
        and any(i > second for i in explicit)
    )


def _site_name_above(blocks: list[Block], explicit: list[int], at_top: list[int]) -> bool:
    """HTML: the first of two top-rank <h*> is the site's name, the second the policy's title.

    「<header><h1><a href="/">某某科技</a></h1><nav>…</nav></header><main><h1>隐私政策</h1><h2>…」: the
    first does not name the policy, is short, and only menu lines stand between the two; the second
    names the policy, is unnumbered, and every other <h*> is deeper.
    """
    site, title = at_top
    return site == explicit[0] and _site_then_title(blocks, site, title) and len(explicit) > 2


def _site_then_title(blocks: list[Block], site: int, title: int) -> bool:
    """A short <h*> not naming the policy (the site's name), menu lines, then an unnumbered <h*> naming it.

    A header bar that shows the title shortened (「<h1 class="logo">用户协议条款</h1>」 above 「<h2>歪歪游戏用户协议条款</h2>」,
    `eval/structure30` yygame-html) names the policy, but only as a part of the title below it: it is the site's bar too.
    """
    return (
        len(blocks[site].text.strip()) <= 20
        and (not POLICY_WORD.search(blocks[site].text) or _shortened(blocks[site].text, blocks[title].text))
        and parse_number(blocks[site].text) is None
        and POLICY_WORD.search(blocks[title].text) is not None
        and parse_number(blocks[title].text) is None
        and heading_like(unemphasise(blocks[title].text), limit=40)
        and _page_chrome(blocks[site + 1 : title])
    )


def _shortened(short: str, title: str) -> bool:
    """`short` is a proper part of `title` (「用户协议条款」 of 「歪歪游戏用户协议条款」), emphasis, width and spacing aside."""
    a, b = ("".join(fold(unemphasise(t)).split()) for t in (short, title))
    return bool(a) and len(a) < len(b) and a in b


def _brand_above(blocks: list[Block], explicit: list[int]) -> bool:
    """HTML: the page's one top-rank <h*> is the site's brand, the next <h*> the policy's title, a rank below.

    「<div class="top"><h1>云杉笔记</h1></div><h2>云杉笔记隐私政策</h2><h3>1. …</h3>」: the <h1> does not
    name the policy and is short; the <h2> names it, is unnumbered, and every later one is deeper
    (or at its rank and numbered, when the <h2> ends on the policy's name: 「<h2>隐私政策</h2><h2>1. …」);
    only menu lines stand between the two.  Read as the title, the <h1> put every section one level
    too deep, or made the policy's title a section.
    """
    site, title = explicit[0], explicit[1]
    rank = blocks[title].level or 1
    return (
        _site_then_title(blocks, site, title)
        and (
            all((blocks[i].level or 1) > rank for i in explicit[2:])
            # 「<h2>隐私政策</h2>」 above numbered <h2> sections: a title at the sections' rank, ending on the policy's name
            or (
                _ENDS_AS_TITLE.search(fold(unemphasise(blocks[title].text)).strip()) is not None
                and all((blocks[i].level or 1) > rank or parse_number(blocks[i].text) is not None for i in explicit[2:])
            )
        )
    )


# A title ends with what the document is (「某某用户隐私政策」, 「隱私權聲明」); 「隐私政策概要」 is a section about it.
_ENDS_AS_TITLE = lazy(r"(?:政策|聲明|声明|條款|条款|指引|協議|协议|須知|须知|policy|notice|statement)$", re.IGNORECASE)
_DOCUMENT_NAME_MAX = 30


def names_a_document(title: str) -> bool:
    """A short unnumbered line ending on what a document is: 「用户服务协议」, 「隐私政策」, 「《应用用户协议》」."""
    folded = fold(unemphasise(title)).strip().strip("《》")
    return len(folded) <= _DOCUMENT_NAME_MAX and parse_number(folded) is None and _ENDS_AS_TITLE.search(folded) is not None


def _names_the_page(blocks: list[Block], explicit: list[int]) -> bool:
    """The first <h*> names the policy and is the only heading of its rank, every other one deeper.

    「<p class="title">李浩哲的隐私政策</p>」 (the site's page header) above 「<h1>隐私政策</h1>」 and
    <h2> sections: the <h1> is the document's title, not a section holding all the others.
    A numbered first heading (「<h3>一、总则</h3>」) or one with peers at its rank is a section.
    """
    first = blocks[explicit[0]]
    rank = first.level or 1
    return (
        len(explicit) > 1
        and parse_number(first.text) is None
        and POLICY_WORD.search(first.text) is not None
        and heading_like(unemphasise(first.text), limit=40)
        and all((blocks[i].level or 1) > rank for i in explicit[1:])
    )


def _titles_the_page(heading: str, page_title: str) -> bool:
    """HTML: the page's one top-rank <h*> is its document title by what the <title> says.

    Either the <title> is the <h*> with the site's name added (「隱私與裝置資料|Birdland」 over
    「<h1>隱私與裝置資料</h1>」: the <h*> is the title however much menu stands above it), or the
    <title> is the site's name alone (「云杉科技」) and the <h*> ends on what the document is
    (「<h1>用户隐私政策</h1>」).  An <h*> equal to a <title> that names no policy is the site's
    brand (「<title>云杉科技</title>」, 「<h1>云杉科技</h1>」), so is the part of a <title> naming the
    policy that leaves the policy out (「隐私政策 - 云杉笔记」 over 「<h1>云杉笔记</h1>」), and
    「<h1>隐私政策概要</h1>」 under a site's name is a section about the policy: none is taken.
    """
    text = unemphasise(heading)
    if not heading_like(text, limit=40):
        return False
    shown, page = "".join(fold(text).split()), "".join(fold(page_title).split())
    if not shown:
        return False
    if shown in page and (POLICY_WORD.search(shown) or (shown != page and not POLICY_WORD.search(page))):
        return True  # the part that names the policy (「隐私政策 - 云杉笔记」 over 「<h1>云杉笔记</h1>」: the brand)
    return POLICY_WORD.search(page) is None and _ENDS_AS_TITLE.search(shown) is not None


def _visible_title(blocks: list[Block], first_heading: int) -> int | None:
    """HTML: a bold or class="title" line above the first <h*> is the title the reader sees."""
    for j in range(min(first_heading, 3)):
        block = blocks[j]
        text = unemphasise(block.text)
        if block.emphasised and block.kind == "paragraph" and heading_like(text, limit=40) and parse_number(text) is None:
            return j
        if len(block.text) >= 200:
            return None
    return None


def _item_heading(block: Block) -> Heading | None:
    """A list item whose content is a Chinese-numbered heading: `*   一、我們收集的資料`."""
    m = BULLET.match(fold(block.text))
    if not m or any(ch.isdigit() for ch in m.group(0)) or block.text[m.end() :].lstrip()[:1] not in _ITEM_HEADING_STARTS:
        return None
    inner = Block("paragraph", block.text[m.end() :], block.line, block.column, block.end_line, block.pieces)
    found = numbered_heading(inner)
    if found and found.key in _TOC_NUMBERED_STYLES | {("num", "cn-paren")}:
        return found
    return None


_MD_KEYS: dict[int, tuple[str, str]] = {}


def _md_key(depth: int) -> tuple[str, str]:
    """("md", "2"): one tuple per depth, shared by every heading of that depth (issue #12: a tuple per heading was ~4 MB per 62,500)."""
    key = _MD_KEYS.get(depth)
    if key is None:
        key = _MD_KEYS[depth] = ("md", str(depth))
    return key


def find_headings(blocks: list[Block], title_idx: int | None, fmt: str) -> tuple[dict[int, Heading], dict[int, int]]:
    """Every block that will become a heading, keyed by block index, and the bilingual partners.

    The second mapping sends the second line of a bilingual heading pair to the first.
    """
    explicit = sum(1 for i, b in enumerate(blocks) if b.kind == "heading" and i != title_idx)
    plain_allowed = fmt == "text" or explicit == 0
    first_body = next((i for i in range(len(blocks)) if i != title_idx), None)
    if first_body is not None and opening_title(unemphasise(blocks[first_body].text)):
        first_body = None  # 「引言」 (「【引言】」, 「【首部及导言】」) opening the text is its first section
    bare_edition = _bare_edition(blocks, title_idx) if fmt == "markdown" and not plain_allowed else None
    glued = _glued_numbers(blocks) if fmt == "docx" else {}
    short = ShortItems(blocks)
    title_language: dict[int, str | None] = {}  # the title's language, once asked (`_plain_edition_title`)
    found: dict[int, Heading] = {}
    for i, block in enumerate(blocks):
        if i == title_idx or (title_idx is not None and i < title_idx and block.kind != "heading"):
            continue  # the title and the page chrome above it (a back button, a menu line) are not sections
        if slot_only(block.text):
            continue  # 「## {{ section.title }}」: filled at run time, it names nothing here
        if fmt == "html" and title_idx is not None and i < title_idx and (block.level or 1) <= (blocks[title_idx].level or 1):
            continue  # an <h*> at the title's rank above it: the site's name (「<h1>某某科技</h1>」), not a section
        if i == bare_edition:
            plain_allowed = True  # the edition's titles are bare lines: read them like plain text
            found[i] = Heading(i, block.text.strip(), None, ("edition",))
            continue
        if block.kind == "heading":  # explicit: a heading whatever its text
            key = ("edition",) if _edition_title(blocks, title_idx, block) else _md_key(block.level or 1)
            found[i] = Heading(i, block.text, parse_number(block.text), key)
            continue
        if block.kind in ("code", "table"):
            continue
        heading = numbered_heading(block, glued=glued.get(i))
        if heading is not None and _joined_list(block, heading):
            continue
        if block.kind == "item" and heading is None:
            heading = _item_heading(block)
            if heading is None:
                continue
        if heading is not None:
            if fmt not in ("text", "markdown") or not _next_list_item(blocks, i, heading):
                found[i] = Heading(i, heading.title, heading.number, heading.key)
            continue
        text = unemphasise(block.text)
        is_bold = block.emphasised or text != block.text
        if (
            is_bold
            and len(block.pieces) == 1
            and heading_like(text, limit=30)
            and i != first_body
            and i + 1 < len(blocks)  # a bold line that ends the document titles nothing (a note's last line, a toggle's)
            and not is_label_or_org(text)
            and not _value_of_contact_label(blocks, i)
            and not _name_over_its_address(blocks, i)
        ):
            found[i] = Heading(i, text.strip(), None, ("bold",))
            continue
        if (
            plain_allowed
            and i != first_body
            and i + 1 < len(blocks)
            and blocks[i + 1].kind not in ("table", "code")
            and not (
                i - 1 in found
                and found[i - 1].key != ("edition",)  # 「Privacy Policy」 / 「Scope of application」: the edition's first section
                and block.line == blocks[i - 1].end_line + 1
                and not _translates(blocks[i - 1], block)
                and not _sub_title_below(blocks, found, i)
            )
            and is_plain_heading(block)
            and not _value_of_label(blocks, i)
            and not announced_item(blocks, i, short)
        ):
            key = ("edition",) if _plain_edition_title(blocks, title_idx, block, title_language) else ("plain", "leaf")
            found[i] = Heading(i, text.strip(), None, key)
    _colon_siblings(blocks, found)
    _answers_under_questions(blocks, found)
    if fmt == "text":
        _bare_colon_titles(blocks, found, title_idx)
    _long_siblings(blocks, found)
    _parents_of_first_children(blocks, found)
    _drop_title_again(blocks, found, title_idx)
    if first_body is not None and first_body not in found:
        _first_block_like_the_rest(blocks, found, first_body, plain_allowed)
    if first_body is not None and first_body not in found and plain_allowed:
        _first_title_over_fields(blocks, found, first_body)
    _roman_letters(found)
    _drop_page_lines(blocks, found)
    partners = _pair_bilingual(blocks, found)
    _demote_lists(blocks, found)
    _entry_among_sentences(blocks, found)
    _lettered_sentences(blocks, found)
    _marked_titles(blocks, found)
    _mark_parents(blocks, found)
    return found, partners


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


def _drop_title_again(blocks: list[Block], found: dict[int, Heading], title_idx: int | None) -> None:
    """A line right under the title that repeats it (with the operator's name) is no section holding all the others.

    「<h2>隱私權政策</h2>」 then a read-only box whose first line is 「晴空旅宿隱私權政策」 above 「一、…」:
    the second line is the policy's title again; as a section it put every section one level deep.
    Only an unnumbered line naming the policy, the first heading after the title, ending with the
    title's words, with later headings under it, and not an explicit <h*>.
    """
    if title_idx is None:
        return
    first = min((i for i in found if i > title_idx), default=None)
    if first is None or blocks[first].kind == "heading" or found[first].number is not None:
        return
    title = "".join(fold(unemphasise(blocks[title_idx].text)).split())
    text = "".join(fold(found[first].title).split())
    if title and POLICY_WORD.search(text) and text != title and text.endswith(title) and len(text) <= 40 and len(found) > 2:
        del found[first]


def _first_block_like_the_rest(blocks: list[Block], found: dict[int, Heading], first: int, plain_allowed: bool) -> None:
    """The first block after the title is a heading when it has the shape of the other headings.

    The first line is usually a subtitle, a date or the opening sentence, so it is not a
    heading on its own evidence; but 「信息收集」 directly above its paragraph, followed
    later by 「Cookie的使用」 and 「信息安全」 written the same way, is the first section.
    The shape: bold or bare, and directly above its paragraph (no blank line) or not.  A
    bare line with a blank line below it is left alone: it may be a subtitle (「智米科技」).
    """
    block = blocks[first]
    if first + 1 >= len(blocks) or blocks[first + 1].kind != "paragraph":
        return
    text = unemphasise(block.text)
    bold = block.emphasised or text != block.text
    key: tuple[str, ...]
    if bold:
        ok, key = len(block.pieces) == 1 and heading_like(text, limit=30) and not is_label_or_org(text), ("bold",)
    else:
        ok, key = plain_allowed and is_plain_heading(block), ("plain", "leaf")

    def attached(i: int) -> bool:  # the text starts on the next line (or on the title's own line, glued)
        return i + 1 < len(blocks) and blocks[i + 1].line in (blocks[i].end_line, blocks[i].end_line + 1)

    alike = [i for i, h in found.items() if h.key[0] == key[0] and h.number is None and attached(i) == attached(first)]
    bilingual = _bilingual_title(text) and any(_bilingual_title(found[i].title) for i in alike)
    if not (bold or bilingual or attached(first) or _words_of_the_outline(text, [found[i].title for i in alike], blocks, first)):
        return  # a bare line standing alone under the title may be a subtitle (「智米科技」): precision first
    # one later heading is enough when the first is glued to its text like it and every heading
    # of the document has that shape (a short policy of two sections: 「信息收集」 / text, 「信息使用」 / text)
    uniform = attached(first) and len(alike) == len(found) == 1
    # 「<b>用户服务协议</b>」 then, after its numbered sections, 「<b>隐私政策</b>」: a page of two documents, each opening with its
    # name (round29b, one TSX modal); the first name is the first document's heading, as the second is the second's
    documents = bold and names_a_document(text) and any(names_a_document(found[i].title) for i in alike)
    if ok and len(alike) >= (1 if bilingual or uniform or documents else 2):
        found[first] = Heading(first, text.strip(), None, key)


# What a section over fields is called (「联系方式」, 「第三方SDK列表」, 「基本信息」), unlike a product's or a brand's name
_FIELDS_SECTION_WORD = lazy(
    r"联系|聯絡|聯繫|信息|資訊|資料|数据|數據|列表|清单|清單|目录|目錄|说明|說明|方式|权限|權限|SDK|第三方|主体|主體|运营者|營運者|概况|概況"
)
# ... and the fields of the document's own header, under its title or subtitle (「更新日期：…」, 「版本：V1.0」)
_HEADER_FIELD = lazy(r"^[^:：]{0,6}(?:日期|时间|時間|版本|更新|生效|发布|發布)")


def _first_title_over_fields(blocks: list[Block], found: dict[int, Heading], first: int) -> None:
    """The first block after the title, a bare section title directly over label: value lines: 「联系方式」 / 「电话：…」 / 「邮箱：…」.

    The first line is left alone on its own evidence (a subtitle, a product's name); over a run
    of fields it is a section when it names one (`_FIELDS_SECTION_WORD`) and the fields are not
    the document's dates and version.
    """
    block = blocks[first]
    if first + 2 >= len(blocks) or not is_plain_heading(block) or not _FIELDS_SECTION_WORD.search(block.text):
        return
    below, next_below = blocks[first + 1], blocks[first + 2]
    if below.line != block.end_line + 1 or next_below.line != below.end_line + 1 or _HEADER_FIELD.match(fold(below.text)):
        return
    if title_over_fields(block.text.strip(), below.text.split("\n")[0].strip(), next_below.text.split("\n")[0].strip()):
        found[first] = Heading(first, block.text.strip(), None, ("plain", "leaf"))


_BILINGUAL_TITLE = lazy(rf"[{HAN}]{{2,12}}[ \u3000]+(?:[A-Z][A-Za-z'’-]*)(?:[ ](?:[A-Za-z][A-Za-z'’-]*)){{0,5}}")


def _bilingual_title(text: str) -> bool:
    """「信息收集 Information Collection」: a short Chinese title and its English translation in Title Case on one line."""
    m = _BILINGUAL_TITLE.fullmatch(fold(text).strip())
    if m is None:
        return False
    words = text.split()[1:]
    return all(w[:1].isupper() or w.lower() in OPEN_WORDS or len(w) <= 3 for w in words)


def _words_of_the_outline(text: str, titles: list[str], blocks: list[Block], first: int) -> bool:
    """A spaced bare first line shares a word with a later title written like it: 「信息收集」 before 「信息使用」.

    「隐私政策」 / 「信息收集」 / text / 「信息使用」 / text, every title with a blank line below it: the
    first line is the first section, not a subtitle, because it speaks the outline's words.  A
    subtitle (「智米科技」) shares none; a line naming the policy, or sharing a word with the lines
    above it (the title), stays a subtitle.
    """
    if POLICY_WORD.search(text):
        return False
    own = set(han_pairs(fold(text)))
    above = {pair for block in blocks[:first] for pair in han_pairs(fold(block.text))}
    return bool(own) and not own & above and sum(1 for t in titles if own & set(han_pairs(fold(t)))) >= 1


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
        elif heading_value(heading) is not None and (i + 1 >= len(blocks) or blocks[i + 1].kind == "paragraph"):
            if announces and heading.number is not None and heading.number.style[0] == "decimal":
                continue  # 「1.2.2 这些功能包括：」 over 「1.2.2.1 用户注册」 without its 1.2 above: a lead-in, kept out of the levels
            if announces:
                below = found.get(i + 1)
                announcing[i] = below is not None and below.key != heading.key and heading_value(below) == 1
            candidates[i] = Heading(i, unemphasise(block.text).strip(), heading.number, heading.key)
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
        if value is not None and ((heading.key, value - 1, parents[i]) in sequence or (heading.key, value + 1, parents[i]) in sequence):
            kept[i] = heading
    found.update(_without_sentence_runs(blocks, found, kept))


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


def _joined_list(block: Block, heading: Heading) -> bool:
    """「a) 姓名」 / 「b) 电话」 kept in one block by the reader: a list whose lines carry the same numbering style.

    The second piece after nothing but emphasis marks opens no second line: 「**」「（一）个人敏感信息说明」「**」, a Word page's
    runs of a title whose Markdown bold marks were pasted as text (a font run each), is one title (twenty-ninth session,
    eval/blind/round29 laoyao-word-html: 22 titles missed)."""
    if len(block.pieces) < 2 or heading.number is None:
        return False
    second = block.pieces[1]
    if not block.text[: second.offset].strip(" \t\u3000*_"):
        return False
    number = parse_number(block.text[second.offset : second.offset + second.length])
    return number is not None and number.style == heading.number.style


def _next_list_item(blocks: list[Block], i: int, heading: Heading) -> bool:
    """「9. 我们会集成高德地图 Android」 right after 「8. 法律法规规定的其他情形。」: the next item of a list of sentences.

    Only in a tight list of a text or Markdown file (no blank line around the line), where the
    line below is the rest of the item wrapped (「地图 SDK，用于实现…」); a numbered title set off
    by blank lines after a numbered paragraph (「（五）…。」, then 「（六）安全事件处置」) is a heading.
    In HTML and DOCX every block is on a line of its own, so there is no such evidence.
    """
    if i == 0 or i + 1 >= len(blocks) or heading.number is None or blocks[i - 1].kind not in ("paragraph", "item"):
        return False
    if blocks[i - 1].end_line + 1 != blocks[i].line or blocks[i].end_line + 1 != blocks[i + 1].line:
        return False
    above = parse_number(blocks[i - 1].text)
    if above is None or above.style != heading.number.style:
        return False
    value, above_value = heading_value(heading), heading_value(Heading(i - 1, blocks[i - 1].text, above, heading.key))
    ends = fold(blocks[i - 1].text).rstrip().endswith(("。", ".", "；", ";"))
    return ends and value is not None and above_value == value - 1


# Lines of a page that are never a section's title, however short and alone (unless the markup makes them headings):
# a version line (「版本 v1.0 · 生效日期 2026年4月15日」, 「版本：V1.2」), a link row (「查看《服务条款》 →」), a copyright line
# (「© 2025 某某APP 版权所有」, "Plus One © 2021")
# (a bare 「V1.2」 only alone or before a date or separator: 「V2.0 更新说明」 is a section about that version, review rv13a)
_VERSION_LINE = lazy(
    r"\A(?:(?:当前|當前)?版本[号號]?|(?i:version|ver\.?))[ \t]*(?:[:：][ \t]*)?[Vv]?\d"
    r"|\A[Vv]\d+(?:\.\d+)+[ \t]*(?:\Z|[·|｜/,，(（]|\d{4}[-/.年])"
)
_LINK_ROW = lazy(r"\A(?:查看|点击|點擊|前往|阅读|閱讀|详见|詳見)[ \t]*[《「『]")
_ARROWS = ("→", "›", "»", "➜", "➔", "⟶")
# (© or "Copyright 2021" anywhere, 版权所有 / all rights reserved only at the end: 「Copyright」 and 「版权所有与知识产权」 alone
# are titles of a section about copyright, review rv13a)
_COPYRIGHT = lazy(
    r"©|\((?i:c)\)[ \t]*\d|(?i:copyright)[ \t]*(?:©[ \t]*)?\d{4}"
    rf"|(?:{RIGHTS_RESERVED})[ \t]*+(?:[。．.！!][ \t]*+)?\Z"
)
# the last lines of a contact block: a field line above, then a value (a phone number, an address's tail) or a sentence
# that opens with its subject (「客服邮箱：service@example.com」 / 「我们会尽快处理您的反馈」); 「政策更新」 is a title
_FIELD_LINE = lazy(rf"(?:{CONTACT_CHANNELS}|(?i:e-?mail|phone|tel|fax|address))[ \t]*[:：][ \t]*\S")
# a contact field's bare name over its value (「**电话**」 / 「400-888-9999」 in a contact card)
_FIELD_NAME = lazy(
    rf"(?:客服|联系|聯絡|联络|聯繫|服务|服務|官方)?(?:{CONTACT_CHANNELS}|电子邮件|電子郵件|手机|手機|网址|網址|"
    r"(?i:e-?mail|phone|tel|fax|address|website))[ \t]*:?"
)
_VALUE_LINE = lazy(rf"\A(?:[^ \t@]+@[^ \t]+|(?:{URL_START})\S+|\+?[\d \t()-]{{7,}})\Z")
# the tail of a contact block is a sentence: 「我们会尽快处理您的反馈」 (we + a verb of what follows), or any line of these
# subjects that ends as a sentence does; not 「您的权利」 or 「如您对本政策有疑问」, titles right after a field line (rv13a)
_CONTACT_SUBJECT = lazy(r"我们|我們|您|你|请|請|如|若")
_WE_WILL = lazy(r"(?:我们|我們)(?:将|將|会|會|可|承诺|承諾|收到|在收到)")
_TAIL_ENDS = STATEMENT_ENDS  # (not _SENTENCE_ENDS below: a question is no tail)
_QUESTION = lazy(r"如何|怎样|怎樣|什么|什麼|哪些")
_PHONE = lazy(r"\d(?:[ \t-]?\d){6}")


def _drop_page_lines(blocks: list[Block], found: dict[int, Heading]) -> None:
    """Version lines, link rows, copyright lines, the tail of a contact block and an unwritten body (暂无内容) are no headings
    (unless explicit)."""
    for i in [i for i, h in found.items() if h.number is None and blocks[i].kind != "heading"]:
        if _page_line(blocks, i):
            del found[i]


def _page_line(blocks: list[Block], i: int) -> bool:
    """Is block `i` a line of the page around the policy's text rather than a title (see `_drop_page_lines`)?"""
    text = fold(unemphasise(blocks[i].text)).strip()
    if _VERSION_LINE.match(text) or _LINK_ROW.match(text) or text.endswith(_ARROWS) or _COPYRIGHT.search(text):
        return True
    if unwritten_body(text) is not None:
        return True  # 「暂无内容」 under a title: a body never written, not a section of its own (twenty-seventh session)
    if _FIELD_NAME.fullmatch(text) and i + 1 < len(blocks) and _VALUE_LINE.fullmatch(fold(blocks[i + 1].text).strip()):
        return True  # 「电话」 over 「400-888-9999」
    if i == 0:
        return False
    tail = (
        # (the sentence tests only after the subject's: most titles open with none, twenty-fifth session)
        (_CONTACT_SUBJECT.match(text) and (_WE_WILL.match(text) or text.endswith(_TAIL_ENDS)) and not _QUESTION.search(text))
        or _PHONE.search(text)  # 「我们会尽快处理您的反馈」, 「客服电话 400 888 9999」
        or (_ADDRESS_PART.search(text[-1:]) and any(ch.isdigit() for ch in text))  # 「嘉华国际中心9楼909室」
    )
    # ... under a field line: the line above (often a long paragraph) is read only for a line that reads as a tail
    return bool(tail) and _FIELD_LINE.search(fold(blocks[i - 1].text)) is not None


def _has_colon(text: str) -> bool:
    """Does `text` hold a colon, 「:」 or 「：」?  Only these two fold to 「:」 (`normalise.fold`): a text without either never
    ends with a colon once folded, so the tests that fold a line to look at its end skip it (twenty-fifth session)."""
    return ":" in text or "：" in text


def _value_of_label(blocks: list[Block], i: int) -> bool:
    """「第三方SDK名称：」 then 「Unity3D SDK」: the line after a short label closed by a colon is its value.

    A table flattened into lines (label, value, label, value) reads as a list of short
    lines; a value is never a section, however heading-shaped (「统计设备信息」).
    """
    if i == 0 or blocks[i - 1].kind != "paragraph" or len(blocks[i - 1].pieces) != 1:
        return False
    if not _has_colon(blocks[i - 1].text):
        return False
    label = fold(unemphasise(blocks[i - 1].text)).rstrip()
    # 「我們提供數種刪除方式，請依版本選擇：」 is a sentence announcing what follows, not a label
    return label.endswith(":") and "," not in label and heading_like(label[:-1], limit=20)


# A field whose value is a person or a way to reach one (「个人信息保护负责人：」, 「联系人：」, "Email:"); not 邮件
# (「关于营销邮件：」 is a topic whose next line may be a sub-title, 「**退订方式**」)
_CONTACT_LABEL = lazy(
    rf"(?:{CONTACT_PERSON}|专员|專員|官员|官員|{CONTACT_LABEL_CHANNELS}|"
    r"(?i:\bDPO|\bname|\bcontact(?: person)?|\be-?mail|\bphone|\baddress))$"
)


# what a contact field's value looks like: a person's name (「张三」, 「歐陽小明」, "Jane Doe"), or an address with a number;
# a title has a title's words (「本政策如何更新」, 「联系我们」, 「其他」)
_PERSON_NAME = lazy(r"[\u4e00-\u9fff·]{2,5}|[A-Z][a-z]+(?:[ -][A-Z][a-z.]+){1,2}")
_TITLE_WORD = lazy(
    r"我们|我們|政策|信息|資訊|资讯|资料|資料|数据|數據|权利|權利|权益|權益|说明|說明|条款|條款|附则|附則|其他|其它|更新|联系|聯絡|聯繫|"
    r"定义|定義|范围|範圍|安全|保护|保護|儿童|兒童|未成年|如何|变更|變更|适用|適用|生效|共享|存储|儲存|使用|收集|蒐集|管理|声明|聲明|协议|協議"
)
_ADDRESS_PART = lazy(r"[省市区區县縣路街道号號楼樓室]")


def _value_of_contact_label(blocks: list[Block], i: int) -> bool:
    """「个人信息保护负责人：」 then 「**张三**」: a bold line under a contact field's bare label is its value, not a title.

    Only a contact field's label (a person, e-mail, phone, address): a lead-in such as
    「我们收集以下信息：」 may well be followed by bold sub-titles.
    """
    if i == 0 or blocks[i - 1].kind != "paragraph" or len(blocks[i - 1].pieces) != 1:
        return False
    label = fold(unemphasise(blocks[i - 1].text)).strip()
    if not label.endswith(":") or len(label) > 16 or not _CONTACT_LABEL.search(unemphasise(label[:-1]).strip()):
        return False  # `fold` makes ： a colon
    # the bold line must read as a value: a blank field in a draft (「联系电话：」) may stand right above the next title
    value = unemphasise(blocks[i].text).strip()
    if _PERSON_NAME.fullmatch(value):
        return _TITLE_WORD.search(value) is None
    return _ADDRESS_PART.search(value) is not None and any(ch.isdigit() for ch in value)


# A contact value in an address block: an e-mail address or a web address
_CONTACT_VALUE = lazy(rf"{EMAIL}|{URL_START}", re.IGNORECASE)
_ADDRESS_BLOCK_MAX = 200  # an address block is a few short lines; a section's first paragraph may well give an e-mail


def _name_over_its_address(blocks: list[Block], i: int) -> bool:
    """「数据控制者为：」 then 「<strong>ShyBen Apps</strong><br />奥地利<br />电子邮箱：…」: the bold first line of an address
    block that a lead-in announces is the name it gives, not a title (twenty-seventh session, `eval/pairs27` pikori-address:
    the controller's name changed and was shown as a section renamed).

    The lead-in ends with a colon, the bold line is no section over fields (「联系方式」 stays a title) and carries no number,
    and the block right below it (the rest of the same <p>, on the next line) is short and gives an e-mail or web address.
    """
    if i == 0 or i + 1 >= len(blocks) or blocks[i - 1].kind != "paragraph" or blocks[i + 1].kind != "paragraph":
        return False
    if not fold(unemphasise(blocks[i - 1].text)).rstrip(WHITESPACE).endswith(":"):  # `fold` makes ： a colon
        return False
    name = unemphasise(blocks[i].text).strip()
    if _FIELDS_SECTION_WORD.search(name) or parse_number(name) is not None:
        return False
    below = blocks[i + 1]
    if below.line not in (blocks[i].end_line, blocks[i].end_line + 1) or len(below.text.strip()) > _ADDRESS_BLOCK_MAX:
        return False
    return _CONTACT_VALUE.search(below.text) is not None


def _sub_title_below(blocks: list[Block], found: dict[int, Heading], i: int) -> bool:
    """「資料收集」 / 「帳戶資料」 / text: the line under a bare title is its first sub-title, not its text.

    The line directly below a title is usually its text; it is a sub-title when the title
    above is a short bare line, the line itself is a short bare line, and a sentence at least
    twice as long follows it on the next line.
    """
    above, block = blocks[i - 1], blocks[i]
    if found[i - 1].number is not None or found[i - 1].key[0] != "plain" or len(above.pieces) != 1 or len(block.pieces) != 1:
        return False
    if i + 1 >= len(blocks) or blocks[i + 1].kind != "paragraph" or blocks[i + 1].line != block.end_line + 1:
        return False
    first = blocks[i + 1].pieces[0]
    below = fold(blocks[i + 1].text[first.offset : first.offset + first.length]).rstrip()
    title = fold(block.text).strip()
    return len(fold(above.text).strip()) <= 16 and len(title) <= 16 and below.endswith(_SENTENCE_ENDS) and len(below) >= 2 * len(title)


def announced_item(blocks: list[Block], i: int, short: ShortItems | None = None) -> bool:
    """「依功能需求，本服務可能會處理：」 / 「指令內容」 / 「按鈕、選單或表單互動資料」: the first item of the list announced above.

    A lead-in closed by a colon announces what follows; when the line after the short line is
    one more short line (no sentence end, no comma) rather than a sentence, the two are items of
    the announced list, not a sub-title and its text.  A sub-title after a lead-in (「請依版本選擇：」
    / 「行動 App 內刪除」 / 「在設定頁面點選刪除帳戶，…。」) is followed by its sentence and stays.
    """
    if i == 0 or i + 1 >= len(blocks) or not blocks[i + 1].pieces:
        return False
    short = short or ShortItems(blocks)
    if _fills_its_section(blocks, i, short):
        return True
    if blocks[i - 1].kind != "paragraph" or not blocks[i - 1].pieces:
        return False
    if _later_item(blocks, i, short):
        return True
    if not fold(blocks[i - 1].text[blocks[i - 1].pieces[-1].offset :]).rstrip().endswith(":"):
        return False  # the line above announces no list (most lines: the next line is not read)
    first = blocks[i + 1].pieces[0]
    below = fold(blocks[i + 1].text[first.offset : first.offset + first.length]).strip()
    return bool(below) and not below.endswith(_ITEM_ENDS) and "," not in below and ";" not in below


_RUN_REACH = 30  # how far `_later_item` and `_fills_its_section` look for the short lines around one


class ShortItems:
    """`_short_item` of each block, worked out once: `_later_item` walks up to 30 lines back from every line of a run.

    A page of 20,000 short lines asked it 32 times a line (a quarter of `check`'s time on such a page).  Where each run
    of short lines starts and ends is worked out once as well (`before`, `after`; u32h: walking up to 30 lines back and
    30 ahead for every line of a run was 95 calls a line, a third of the structure of 50,000 such lines).  Bytes and
    machine integers, not dictionaries: a 1 MB page of short lines has 60,000 blocks.
    """

    def __init__(self, blocks: list[Block]) -> None:
        self._blocks = blocks
        self._known = bytearray(len(blocks))  # 0 unknown, 1 not short, 2 short
        self._stop_above = array("i", [-2]) * len(blocks)  # the last block at or above k that is not short (-1: none; -2 unknown)
        self._stop_below = array("i", [-1]) * len(blocks)  # the first block at or below k that is not short (len: none; -1 unknown)

    def __call__(self, k: int) -> bool:
        known = self._known[k]
        if not known:
            known = self._known[k] = 2 if _short_item(self._blocks[k]) else 1
        return known == 2

    def before(self, i: int) -> int:
        """How many short blocks stand right before block `i`, at most `_RUN_REACH`."""
        if i == 0:
            return 0
        stops, k, walked = self._stop_above, i - 1, []
        while k >= 0 and stops[k] == -2 and self(k):
            walked.append(k)
            k -= 1
        stop = k if k < 0 or stops[k] == -2 else stops[k]  # (a block that is not short is its own stop)
        for w in walked:
            stops[w] = stop
        if k >= 0:
            stops[k] = stop
        return min(_RUN_REACH, i - 1 - stop)

    def after(self, i: int) -> int:
        """How many short blocks stand right after block `i`, at most `_RUN_REACH`."""
        size = len(self._blocks)
        stops, k, walked = self._stop_below, i + 1, []
        while k < size and stops[k] == -1 and self(k):
            walked.append(k)
            k += 1
        stop = k if k >= size or stops[k] == -1 else stops[k]
        for w in walked:
            stops[w] = stop
        if k < size:
            stops[k] = stop
        return min(_RUN_REACH, stop - i - 1)


def _short_item(block: Block) -> bool:
    """A line that reads as a list item: one short line, no sentence end, comma or colon, no number."""
    if block.kind != "paragraph" or len(block.pieces) != 1:
        return False  # (before folding the text: a multi-line block is often long)
    text = fold(block.text).strip()
    # (thirtieth session, round30b) an English item says in up to 60 letters what a Chinese one says in 40
    # (「Providing the service and performing the agreement」 beside 「提供服务及履行合同」)
    return (
        0 < len(text) <= (60 if text.isascii() else 40)
        and not text.endswith(_ITEM_ENDS)
        and "," not in text
        and ";" not in text
        and parse_number(block.text) is None
    )


def _later_item(blocks: list[Block], i: int, short: ShortItems) -> bool:
    """「您可能拥有以下权利：」 / 「访问您的个人信息」 / 「更正…」 / 「删除…」: the second and later items of the announced list.

    Short lines that follow one another right after a lead-in closed by a colon are its items up to the last (which
    the text's next sentence follows), however many there are: each is as short as the others and none ends a
    sentence.  One sentence between the lead-in and the line breaks the run (a sub-title after its text stays).
    """
    if not short(i):
        return False
    k = i - 1 - short.before(i)  # (the first line above that is not short, at most 30 lines up)
    if k == i - 1 or k < 0 or blocks[k].kind != "paragraph" or not blocks[k].pieces:
        return False  # no item above: the first item is `announced_item`'s own case
    lead = blocks[k].text[blocks[k].pieces[-1].offset :]
    if not fold(lead).rstrip().endswith(":"):
        return False
    if i + 1 < len(blocks) and short(i + 1):
        return True  # another item follows
    # the last item: the sentence after it goes back to the list (「如果您想行使这些权利…」); a sub-title's own text does
    # not (「附则」 then 「本政策自…生效」 after a list of contact lines stays a heading)
    return i + 1 < len(blocks) and _BACK_TO_LIST.search(blocks[i + 1].text[:40]) is not None


def _fills_its_section(blocks: list[Block], i: int, short: ShortItems) -> bool:
    """「2. 收集及使用目的」 / 「会员注册及管理」 / 「提供服务及履行合同」 / … / 「3. 保有期限」: short lines that fill a numbered section.

    (thirtieth session, round30b) Two or more short lines in a row (`_short_item`: no sentence end, comma, colon or
    number) that run from the section's numbered title, or from a lead-in closed by a colon under it, to the next
    title of the same numbering (or the end of the text) are the section's list: no line of the run has text of its own,
    as a sub-title would.  The items of a Korean consent form translated line by line, each a paragraph (「会员注册及管理」,
    「Sign-up and account management」).  A short line followed by its sentence ends the run (a sub-title stays), and
    a run that stops at a title of another numbering (a sub-section's 「（一）」) proves nothing.
    """
    if not short(i):
        return False
    k = i - 1 - short.before(i)  # (the first line above that is not short, at most 30 lines up)
    j = i + 1 + short.after(i)
    if j - k - 1 < 2 or k < 0 or blocks[k].kind not in ("paragraph", "item") or not blocks[k].pieces:
        return False  # (a numbered title line is read as a list item: 「2. 收集及使用目的」)
    title = parse_number(blocks[k].text)
    if title is None and fold(blocks[k].text[blocks[k].pieces[-1].offset :]).rstrip().endswith(":"):
        above = next((parse_number(b.text) for b in reversed(blocks[max(0, k - 3) : k]) if parse_number(b.text)), None)
        title = above  # the lead-in's section title, at most three lines up
    if title is None:
        return False
    if j == len(blocks):
        return True  # the list runs to the end of the text
    after = parse_number(blocks[j].text)
    return after is not None and after.style == title.style


_BACK_TO_LIST = lazy(r"这些|這些|上述|以上|上列|前述|前列|\b(?:these|those|the above|any of the above)\b", re.I)


_SENTENCE_ENDS = SENTENCE_ENDS
_ITEM_ENDS = (*_SENTENCE_ENDS, ":")


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
    for i, block in enumerate(blocks):
        if i in found or block.kind not in ("paragraph", "item") or len(block.pieces) != 1:
            continue
        if i + 1 >= len(blocks) or blocks[i + 1].kind != "paragraph" or i + 1 in found:
            continue
        number = parse_number(block.text)
        if number is None:
            continue
        rest = fold(block.text[number.rest :]).strip()
        if rest.count(",") > 1 or not heading_like(rest, limit=2 * MAX_NUMBERED) or is_label_or_org(rest):
            continue
        heading = Heading(i, block.text.strip(), number, ("num", *number.style))
        value = heading_value(heading)
        if value is not None and (heading.key, value - 1) in taken and (heading.key, value + 1) in taken:
            found[i] = heading


def _parents_of_first_children(blocks: list[Block], found: dict[int, Heading]) -> None:
    """A decimal-numbered line closed by a full stop directly above its first sub-title (or its own list) is its title.

    「2.2因您使用“aPlayer”软件及相关服务获取的信息。」 over 「2.2.1日志信息」 (a heading): the full stop made it read as a
    clause like 「2.1.1您理解并同意，…」, but only a section has a 2.2.1 (thirtieth session, u30t: eval/structure30
    aplayer-html).  One sentence, with no comma, colon or other clause mark before its end, and the line below it is
    taken as the heading numbered as its first child.
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
        if not body or len(rest) > 2 * MAX_NUMBERED or any(mark in body for mark in CLAUSE_MARKS + ",，"):
            continue
        found[i] = Heading(i, block.text.strip(), number, ("num", *number.style))


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


def _edition_title(blocks: list[Block], title_idx: int | None, block: Block) -> bool:
    """The title of a second-language edition (「# 私隱政策」 after 「# Privacy Policy」): not a parent of what follows.

    An explicit heading at the title's depth, naming a policy, in another language than the title.
    """
    if title_idx is None or blocks[title_idx].kind != "heading" or block.level != blocks[title_idx].level:
        return False
    if not POLICY_WORD.search(block.text) or parse_number(block.text) is not None:
        return False
    return detect_language(block.text) != detect_language(blocks[title_idx].text)


def _bare_edition(blocks: list[Block], title_idx: int | None) -> int | None:
    """Markdown: a bare line starting an edition in another language whose titles are bare lines too.

    「# 隐私政策」 and `##` sections, then 「Privacy Policy」 / 「Information we collect」 / text …
    without any `#`: the English edition's title names a policy in another language than the
    document's title, stands alone on its line after the explicit sections, and no explicit
    heading follows it.  From there on, bare lines are judged as in plain text.
    """
    if title_idx is None or blocks[title_idx].kind != "heading":
        return None
    title_lang = detect_language(blocks[title_idx].text)
    last_heading = max((i for i, b in enumerate(blocks) if b.kind == "heading"), default=-1)
    if last_heading <= title_idx:
        return None
    for i in range(last_heading + 1, len(blocks) - 1):
        block = blocks[i]
        if (
            block.kind == "paragraph"
            and len(block.pieces) == 1
            and POLICY_WORD.search(block.text)
            and len(fold(block.text).strip()) <= 20
            and (lang := detect_language(block.text)) is not None
            and lang != title_lang
            and heading_like(block.text, limit=30)
        ):
            return i
    return None


def _plain_edition_title(blocks: list[Block], title_idx: int | None, block: Block, title_language: dict[int, str | None]) -> bool:
    """Plain text: 「隐私政策」 after an English edition titled 「Privacy Policy」 starts the Chinese edition.

    A bare line naming a policy in another language than the plain-text title of the file.  `title_language` keeps the
    title's language for the document's next lines (a policy names itself in many of its titles; twenty-fifth session).
    """
    if title_idx is None or blocks[title_idx].kind == "heading" or not POLICY_WORD.search(block.text):
        return False
    lang = detect_language(block.text)
    if lang is None:
        return False
    if title_idx not in title_language:
        title_language[title_idx] = detect_language(blocks[title_idx].text)
    return lang != title_language[title_idx] and len(fold(block.text).strip()) <= 20


def _translates(above: Block, block: Block) -> bool:
    """An English line directly above a Chinese one (or the reverse): a heading and its translation, not its body."""
    return {detect_language(above.text), detect_language(block.text)} == {"en", "zh"}


_LATIN_NAME_WORD = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*[A-Za-z0-9+]")
# Latin words a Chinese heading keeps from its English line's vocabulary, not names (「关于 App」 / "About Us")
_COMMON_LATIN = frozenset(
    {"app", "apps", "sdk", "sdks", "id", "ios", "android", "web", "url", "ai", "ip", "api", "apis", "faq", "cookie", "cookies"}
    | {"email", "e-mail", "wifi", "wi-fi", "gps", "pc", "mac", "vip", "pro", "plus", "ok", "us", "eu", "uk", "usa"}
)


def _names_apart(first: str, second: str) -> bool:
    """Two heading lines that name different things in Latin letters: the Chinese line keeps a name the English line
    lacks, and they share no Latin word (「### Apple Vision」 straight above 「### 腾讯 Bugly 崩溃收集服务」: an empty
    heading of its own, not the next heading's translation; eval/editions27 zoracam, u28c)."""

    def latin(text: str) -> set[str]:
        return {w.lower() for w in _LATIN_NAME_WORD.findall(text)}

    def stems(words: set[str]) -> set[str]:
        return {w.removesuffix("s") for w in words}  # "SDKs" is "SDK"

    chinese, english = (first, second) if detect_language(first) == "zh" else (second, first)
    kept = {w for w in latin(chinese) if w not in _COMMON_LATIN and w.removesuffix("s") not in _COMMON_LATIN}
    return bool(kept) and not (stems(latin(chinese)) & stems(latin(english)))


def _pair_bilingual(blocks: list[Block], found: dict[int, Heading]) -> dict[int, int]:
    """An English heading line directly followed by its Chinese line (or the reverse) is one heading.

    Both lines are headings of the same kind (the same markup depth, the same numbering
    style and number, or both unmarked), one Latin-only and one Chinese.  The second is
    taken out of `found` and returned as partner → first.
    """
    partners: dict[int, int] = {}
    langs: dict[int, str | None] = {}  # a title's language, asked once: a line is compared with the lines on both sides

    def lang(k: int) -> str | None:
        if k not in langs:
            langs[k] = detect_language(found[k].title)
        return langs[k]

    for i in sorted(found):
        j = i + 1
        if j not in found or i in partners or not _same_kind(blocks[i], found[i], blocks[j], found[j]):
            continue
        if {lang(i), lang(j)} == {"en", "zh"} and not _names_apart(found[i].title, found[j].title):
            partners[j] = i
    for j in partners:
        del found[j]
    return partners


def _same_kind(a: Block, ha: Heading, b: Block, hb: Heading) -> bool:
    """Two headings written the same way: same depth, same number, or both unmarked.

    Also an explicit heading and a bold line directly below it that carries the same
    number (`## 2.1 Personal Information` above `**2.1 個人資料**`): the author marked
    the second language with bold instead of a second `##`.
    """
    if (ha.key[0] == "md") != (hb.key[0] == "md"):
        other, other_block = (hb, b) if ha.key[0] == "md" else (ha, a)
        bold = other_block.emphasised or unemphasise(other_block.text) != other_block.text
        same_number = (ha.number is None) == (hb.number is None) and heading_value(ha) == heading_value(hb)
        if ha.number is not None and hb.number is not None:
            same_number = same_number and ha.number.style == hb.number.style
        return bold and len(other_block.pieces) == 1 and other.key[0] in ("num", "bold") and same_number
    if ha.key[0] == "md" or hb.key[0] == "md":
        return ha.key == hb.key and (ha.number is None) == (hb.number is None) and heading_value(ha) == heading_value(hb)
    if ha.number is not None or hb.number is not None:
        return ha.key == hb.key and heading_value(ha) == heading_value(hb)
    return ha.key[0] == hb.key[0] and len(a.pieces) == len(b.pieces) == 1


def _demote_lists(blocks: list[Block], found: dict[int, Heading]) -> None:
    """Runs of same-style numbered lines with no body between them are lists or a TOC."""
    order = sorted(found)
    toc_start: int | None = None
    for i in order:
        if _TOC_HINT.search(found[i].title) and fold(found[i].title).strip(" :：").lower() in TOC_TITLES:
            toc_start = i
            break
    else:  # a 「目录」 line that is not a heading itself (the first line under the title) still opens a TOC
        toc_start = next(
            (
                i
                for i, b in enumerate(blocks)
                if len(b.pieces) == 1 and len(b.text) <= 40 and b.kind == "paragraph" and _is_toc_title(b.text)
            ),
            None,
        )  # the length test of `_is_toc_title` first: no call for most blocks (issue #11)
    if toc_start is not None:
        j = toc_start + 1
        seen_toc: set[str] = set()
        last: dict[tuple[str, ...], int] = {}  # style → the last value listed
        while j in found and found[j].key[0] not in ("md",):
            t = _without_leader(fold(found[j].title).replace(" ", ""))
            value = heading_value(found[j])
            number = found[j].number
            if t in seen_toc or (number is not None and value is not None and value <= last.get(number.style, 0)):
                break  # the content starts: a title listed again, or a number starting over (「一、」 after 「三、」)
            seen_toc.add(t)
            if number is not None and value is not None:
                last[number.style] = value
            del found[j]
            j += 1
    prev_title = None
    for i in sorted(found):
        h = found[i]
        t = fold(h.title).replace(" ", "")
        if h.key[0] == "num" and t == prev_title:
            del found[i]  # the same heading written twice in a row (an anchor copy)
            continue
        prev_title = t
    for run in _same_style_runs(found):
        # A table of contents repeats its entries as real headings right after it:
        # the first repeated title starts the content (「一、…」 … 「十一、…」, 「一、…」).
        while len(run) >= 2:
            seen: set[str] = set()
            split = len(run)
            prev_val = None
            for k, i in enumerate(run):
                title = fold(found[i].title).replace(" ", "")
                val = heading_value(found[i])
                if title in seen or (k and val is not None and prev_val is not None and val <= prev_val):
                    split = k
                    break
                seen.add(title)
                prev_val = val
            for i in run[:split]:
                del found[i]
            run = run[split:]


def _entry_among_sentences(blocks: list[Block], found: dict[int, Heading]) -> None:
    """A short numbered line right after its sibling written as a sentence is that list's entry, no title.

    「3) 软件信息 例如，软件的版本号。」 / 「4) IP地址」 / 「5) 服务日志信息 例如，…。」 (eval/dev13/kuaiqi-assets-html, a
    `<div>` whose entries are set apart by `<br><br>`): the entry has a title's shape, but its neighbours numbered 3)
    and 5) in the same style are not titles, so it is no section either.  Both neighbours directly around it settle it
    (a title over a body of its own has no sibling right after it); a list entry (an item) after an entry numbered one
    less is the list's last entry (「12、为了保障…」 / 「13、获取用户的存储权限…」, eval/dev8/gonghuiyuan-html), unless
    content of its own follows (`_over_its_own`).
    """
    for i in sorted(found):
        heading = found[i]
        if heading.key[0] != "num" or heading.number is None or not 0 < i < len(blocks):
            continue
        value = heading_value(heading)
        if value is None or i - 1 in found:
            continue
        before = _sibling_number(blocks[i - 1], heading.number, value - 1)
        after = i + 1 < len(blocks) and i + 1 not in found and _sibling_number(blocks[i + 1], heading.number, value + 1)
        kind = blocks[i].kind
        # a text's entries may be read some as items, some as paragraphs (「1）…」 right under 「2. …」 is a paragraph, 「2）…」 an
        # item: round30b fango-location-tw), so an entry and a paragraph are the same kind of neighbour
        if before and (
            (after and (len(kinds := {blocks[k].kind for k in (i - 1, i, i + 1)}) == 1 or kinds == _ENTRY_KINDS))
            or (kind == "item" and blocks[i - 1].kind == "item" and not _over_its_own(blocks, i, heading.number))
            or _last_of_sentences(blocks, found, i, heading.number, value)
        ):
            del found[i]
        elif (
            value == 1
            and after
            and {kind, blocks[i + 1].kind} <= _ENTRY_KINDS
            and (_announces(blocks[i - 1].text) or _numbered_clause(blocks[i - 1], heading.number))
        ):
            # the first entry of a list its lead-in announces, its next sibling written as a sentence: 「…无需征得您的授权同意:」
            # / 「(1) 与国家安全、国防安全有关的」 / 「(2) 与公共安全…有关的;」 (eval/dev23g/dev/jingkou-vue/yinsi.vue); or of a
            # numbered clause written as a sentence (「3. 用戶可要求公司查閱或告知下列各項資料，…。」 / 「1）本人的位置資訊…」 /
            # 「2）依據…的理由及內容」, round30b fango-location-tw): the clause is body text, its entries are no sub-titles
            del found[i]


_ENTRY_KINDS = frozenset({"paragraph", "item"})


def _numbered_clause(block: Block, number: Number) -> bool:
    """A paragraph or list entry numbered in another style than `number`, written as a sentence (「3. 用戶可要求…。」)."""
    text = fold(unemphasise(block.text)).rstrip(WHITESPACE)
    other = parse_number(text)
    return block.kind in _ENTRY_KINDS and other is not None and other.style != number.style and text.endswith(SENTENCE_ENDS)


def _last_of_sentences(blocks: list[Block], found: dict[int, Heading], i: int, number: Number, value: int) -> bool:
    """Is the numbered paragraph `blocks[i]` the last entry of an announced list of sentences?

    「…这些功能包括：」 / 「（1）基于摄像头（相机）的应用功能：您可以…。」 / 「（2）基于相册…的应用功能：我们无需该功能，…。」 /
    「（3）ROOT信息」, then the paragraph after the list (`eval/structure28/dev/twrp-html`): the last entry has a title's
    shape, but every sibling above it, from （1） right after the lead-in that announces the list, is a paragraph
    written as a sentence, so it closes their list.  Only a parenthesised number (「（3）」, 「(3)」, 「3)」), a list's
    numbering: a section number (「6.4 信息安全事件处理」 after 「6.2 …。」「6.3 …。」, 「4、征得授权同意的例外」,
    「7. 设备权限调用」 after six purposes) goes on over a body of its own, as does an entry over content of its own
    (`_over_its_own`).
    """
    if number.style not in _LIST_STYLES or value < 3 or i < value or blocks[i].kind != "paragraph" or _over_its_own(blocks, i, number):
        return False
    entries = blocks[i - value + 1 : i]
    return (
        _announces(blocks[i - value].text)
        and not any(k in found for k in range(i - value + 1, i))
        and all(
            block.kind == "paragraph" and _sibling_number(block, number, k) and fold(block.text).rstrip(WHITESPACE).endswith(SENTENCE_ENDS)
            for k, block in enumerate(entries, 1)
        )
    )


_LIST_STYLES = (("arabic-paren",), ("arabic-half-paren",))


def _announces(text: str) -> bool:
    """Does a block end by announcing what follows (「以下情形中…无需征得您的授权同意：」)?"""
    return text.rstrip(WHITESPACE).endswith(("：", ":"))


def _over_its_own(blocks: list[Block], i: int, number: Number) -> bool:
    """Does the numbered line `blocks[i]` stand over content of its own: a table, or a list that starts in another
    style (「4.2. 用户承诺：」 over 「4.2.1. …」, 「9、服务优化：」 over 「（1）…」, 「5.Cookie的使用」 over 「a)…」; not the
    next section, 「二、…」)?"""
    if i + 1 >= len(blocks):
        return False
    below = blocks[i + 1]
    other = parse_number(fold(below.text).strip())
    return below.kind == "table" or (other is not None and other.style != number.style and number_value(other) in (1, None))


def _sibling_number(block: Block, number: Number, value: int) -> bool:
    """Does `block` open with a number of `number`'s style whose value is `value`?"""
    other = parse_number(fold(block.text).strip())
    return other is not None and other.style == number.style and number_value(other) == value


_ROMAN = {"I": 1, "V": 5, "X": 10}


def roman_value(label: str) -> int | None:
    """「XIV.」 → 14: the value of a Roman numeral label (I–XV), or None."""
    letters = fold(label).strip().rstrip(".、").strip()
    if not letters or any(ch not in _ROMAN for ch in letters):
        return None
    values = [_ROMAN[ch] for ch in letters]
    return sum(-v if k + 1 < len(values) and v < values[k + 1] else v for k, v in enumerate(values))


def _without_leader(title: str) -> str:
    """「一、信息收集........1」 → 「一、信息收集」: a TOC entry without its page number and dot leaders."""
    base = title.rstrip("0123456789")
    bare = base.rstrip(".·…_-")
    return bare if len(base) - len(bare) >= 2 else base


# A character every TOC title has once folded and lower-cased (目 of 目录/目錄/目次, n of "contents"): 目 and the Kangxi
# radical ⽬ fold to 目, only n, N, ｎ and Ｎ give n (`tests/test_structure_speed25.py` checks every code point).  A line
# without one is no TOC title: most lines are not folded to find out (twenty-fifth session).
_TOC_HINT = lazy("[目⽬nNｎＮ]")


def _is_toc_title(text: str) -> bool:
    """「目录」, 「目錄」, 「Table of Contents」 (bold or not, with or without a colon)."""
    return len(text) <= 40 and _TOC_HINT.search(text) is not None and fold(unemphasise(text)).strip(" :：").lower() in TOC_TITLES


_VALUES = Table()  # a heading's Number → its value (`structure.memo`): the levels and sibling checks ask again and again


def heading_value(h: Heading) -> int | None:
    """The heading's number as an integer (the last Arabic, Chinese or Roman numeral of its label), or None."""
    number = h.number
    if number is None:
        return None
    found = _VALUES.answers.get(number, UNKNOWN)
    if found is UNKNOWN:
        found = _VALUES.keep(number, number.label, roman_value(number.label) if number.style == ("roman",) else number_value(number))
    return found  # type: ignore[no-any-return]


_LETTERED = frozenset({("num", "latin-paren"), ("num", "latin-half-paren"), ("num", "latin-lower")})


def _lettered_sentences(blocks: list[Block], found: dict[int, Heading]) -> None:
    """A run of lettered lines (a)(b)(c) of which one is a sentence is a list, not sub-headings.

    「(a)我们采用端到端加密技术」 / 「(b)我们严格遵照法律法规，保护您的通信秘密，…」 with a paragraph between
    them: items of an enumeration, each one sentence.  The run is the lettered candidates of one
    style that follow each other among the headings; one sentence in it demotes all of them (the
    noun items next to it, 「(d)IP地址」, are items of the same list).  Lettered titles that are all
    noun phrases (「(a) 收集的信息」) stay headings.
    """
    runs: list[list[int]] = []
    previous: tuple[str, ...] | None = None
    for i in sorted(found):
        key = found[i].key
        if key in _LETTERED:
            if key == previous:
                runs[-1].append(i)
            else:
                runs.append([i])
        previous = key
    for run in runs:
        if any(reads_as_sentence(_number_rest(found[k])) for k in run):
            for k in run:
                del found[k]
    # 「（c）软件信息：如，软件的版本号。」 / 「（d）IP地址」 / 「（e）服务日志信息。例如，…」: a lettered
    # line whose letter's neighbour is the line next to it, a sentence that is no heading, is an
    # item of that list too.
    for i in [k for k in found if found[k].key in _LETTERED]:
        letter = _letter(found[i].title)
        if letter is None:
            continue
        for j, step in ((i - 1, -1), (i + 1, 1)):
            if 0 <= j < len(blocks) and j not in found and _letter(blocks[j].text) == letter + step:
                rest = _LETTER.sub("", fold(blocks[j].text).strip(), count=1)
                if reads_as_sentence(rest) or rest.endswith(("。", ".", "；", ";")):
                    del found[i]
                    break


_LETTER = lazy(r"^\s*[(（]([a-zA-Z])[)）]\s*")


def _letter(text: str) -> int | None:
    """The letter of a lettered line as a number ((a) → 0), or None."""
    m = _LETTER.match(fold(text))
    return ord(m.group(1).lower()) - ord("a") if m else None


def _number_rest(heading: Heading) -> str:
    """The title of a numbered heading without its number."""
    return heading.title[heading.number.rest :] if heading.number is not None else heading.title


def _same_style_runs(found: dict[int, Heading]) -> list[list[int]]:
    """Maximal runs of adjacent blocks that are numbered candidates of the same style."""
    runs: list[list[int]] = []
    for i in sorted(found):
        if found[i].key[0] != "num":
            continue
        if runs and runs[-1][-1] == i - 1 and found[i - 1].key == found[i].key:
            runs[-1].append(i)
        else:
            runs.append([i])
    return [run for run in runs if len(run) >= 2]


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


def partner_title(block: Block) -> str:
    """The title text of the second line of a bilingual pair."""
    heading = numbered_heading(block)
    return heading.title if heading else unemphasise(block.text).strip()
