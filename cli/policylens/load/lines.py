"""Group source lines into blocks: shared by the plain-text and Markdown readers.

A run of non-blank lines becomes one block, except that a new block starts at a
list marker, at a numbered line, and after a line that ends a CJK sentence (Chinese
policies put one paragraph per line; a line ending mid-sentence is a hard wrap).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from policylens.lazyre import lazy
from policylens.load.md_wrap import in_band, is_wrap, wrap_width
from policylens.model import Block, BlockKind, Piece
from policylens.normalise import WHITESPACE, fold, joiner, strip_span
from policylens.numbering import number_value, parse_number
from policylens.patterns import CLAUSE_MARKS, HAN, HAN_CHAR, INVISIBLE_BMP, OPEN_ENDINGS, chinese_number

# Word's symbol-font bullets pasted as text: Wingdings ● ➢ ✓ • ▪ ■ ❑ ❖ arrive as l Ø ü Ÿ § n q v,
# followed by a space and the (non-ASCII) item text: 「l 我们会收集…」.
BULLET = lazy(
    r"^(?:[lØüŸ§nqv][ \t\u3000](?=[^\x00-\x7f])|[-*+](?=[ \t\u3000])|[•·・●○◆◇▪▫■□►▶➢✓✔]|\d{1,3}[.)、](?!\d)|[（(]\d{1,3}[)）]|\d{1,3}）)[ \t\u3000]*"
)
_SENTENCE_END = tuple(CLAUSE_MARKS) + ("。」", "。”", "！」", "？」")
_HAN_OR_LETTER = lazy(f"[A-Za-z{HAN}]")
# (u46a) also a sub-section number glued to its Chinese title, 「3.1.1共享原则」, 「5.2停止运营向您告知」: text extracted from a
# PDF (eval/structure46 yaoji) writes its outline so, hard-wrapped, and each such line was run into the line above it
# (a title and its sibling one paragraph); not a quantity (「1.5倍」, 「3.5元」, 「2.0版本」)
_GLUED_SUBSECTION = rf"\d{{1,2}}(?:\.\d{{1,2}}){{1,2}}(?=[{HAN}])(?![倍元个個件次年月日天周週小时時分秒岁歲米万萬亿億版号號])"
_NUMBERED_START = lazy(
    r"^(?:[一二三四五六七八九十百零〇]+[、.．]|[（(][ \t\u3000]*[一二三四五六七八九十]+[ \t\u3000]*[)）]|第[一二三四五六七八九十百零〇\d]+[章節节條条款部分]|\d+(?:\.\d+)+\s)"
)
_GLUED_TITLE = lazy(rf"^{_GLUED_SUBSECTION}")
# a clause mark in a line: a numbered line holding one is a sentence, not an outline's title
_CLAUSE_MARK = lazy(r"[，,；;：:。]")

# What a line may hold and still be blank: spacing, and characters that show nothing (a line of only a zero-width
# space was blank; one of only a left-to-right mark, or of Fluent's two isolates, was a paragraph of nothing, or the
# start of the next paragraph's text: twenty-sixth round).
_BLANK = "\u3000\u00a0" + INVISIBLE_BMP


# 「SDK名称：友盟统计」, 「电话：010-…」: a short label closed by a colon (a field of a contact block or a flattened table)
_FIELD = lazy(r"^[^，,。；;\s]{1,8}[：:]")
# what a field's line never follows as its title: an organisation's name (「某某科技有限公司」, 「清华大学信息化技术中心」
# over its address), a date, a sentence announcing them (「您可以通过以下方式联系我们」, 「如有疑问请联系我们的个人信息
# 保护专员」) or stating a measure (「SDK 大小约为 56 KB」)
_NOT_FIELDS_TITLE = lazy(
    r"(?:公司|集团|集團|工作室|团队|團隊|事务所|事務所|中心|大学|大學|学院|學院|学校|學校|医院|醫院|银行|銀行|研究院|研究所|分部|分公司"
    r"|办公室|辦公室|委员会|委員會|基金会|基金會|协会|協會|部门|部門|处|處|局|署|厅|廳)$"
    r"|^\d{4}|以下|如下|下列|下述|可以|通过|通過|约为|約為|要求|[请請]|如有|如需|若有|若需|[您你]"
    r"|\d\s*(?:[KMG]B|%|[个個项項天元年月日])"
)


# A line that is only a short bracketed label: 「【前言】」, 「【特别提示】」 (no punctuation inside).
_BRACKET_LABEL = lazy(rf"【[{HAN}A-Za-z0-9 ]{{1,12}}】")


LineTuple = tuple[int, int, str]  # (number, column, text), a Line or a plain tuple


class Line(NamedTuple):
    """A source line's content (container markers removed) and where that content starts."""

    number: int
    column: int  # 1-based column of text[0] in the original line
    text: str


# Every BULLET match starts with one of these (before or after width folding) or a \d digit.
_BULLET_FIRST = frozenset("lØüŸ§nqvｌｎｑｖ-*+•·・●○◆◇▪▫■□►▶➢✓✔(（－＊＋")


def is_list_item(text: str) -> bool:
    """True when the (folded) text starts with a bullet or a list number."""
    first = text[:1]
    return (first in _BULLET_FIRST or first.isdecimal()) and bool(BULLET.match(fold(text)))


def starts_new_block(prev: str, text: str, *, closes_bracket: bool = False) -> bool:
    """Decide whether `text` starts a new block after the line `prev` (both stripped).  A line after a clause's end
    starts one, unless it closes a bracket or quote the lines before it left open (`closes_bracket`, `closes_open`):
    「…删除自己的记录（默认硬删；」 then 「开启删除保护的库为软删）。」 is one sentence wrapped, and two blocks were two
    brackets without their partners (eval/blind/round36 ma3-md, a Markdown list item wrapped by its author)."""
    folded = fold(text)
    if _GLUED_TITLE.match(folded) and _mid_sentence(prev) and any(mark in folded for mark in "，,。"):
        return False  # (u46h2) 「…向您展示您周围约」 over 「2.5公里范围内的门店，…」: a quantity the sentence runs on to
    if is_list_item(text) or _NUMBERED_START.match(folded) or folded.startswith("|"):
        return True
    if _GLUED_TITLE.match(folded) and _outline_goes_on(fold(prev), folded):
        return True  # 「3.1.1共享原则」 under 「3.1共享」 (not 「5.0以上的系统」 wrapped from its sentence)
    if folded.startswith("【") and _BRACKET_LABEL.fullmatch(folded) and _FIELD.match(fold(prev)):
        return True  # 「【前言】」 under 「生效日期：…」: a label of its own, not the end of the field's value
    if _FIELD.match(folded) and _FIELD.match(fold(prev)):
        return True
    return prev.endswith(_SENTENCE_END) and not closes_bracket


def _mid_sentence(prev: str) -> bool:
    """(u46h2) Is `prev` a sentence cut by the wrap: a comma in it and no clause's end at its end?  A glued sub-section
    number (「3.1共享原则」, u46a) starts a block after a sentence's end or a title's line (no comma); after a sentence
    wrapped mid-clause, 「2.5公里」, 「1.5公斤」, 「10.1国庆」 are the sentence's quantity, and the paragraph was cut in two;
    after a numbered line (eval/structure46 yaoji, eval/blind/round13 anzhi) the number is its sibling's.  Asked only of
    a glued line that is a sentence itself (a comma or a full stop in it): 「1.3搜索功能」 under 「…此外，在您使用」
    (eval/precision22 pingan-health, text cut from a page) is a title."""
    if not ("，" in prev or "," in prev) or prev.endswith(_SENTENCE_END):
        return False
    # (a numbered line above, 「5.1您可以在设置页面…，点击即可查看」 over 「5.2停止运营向您告知」: its sibling, a block)
    folded = fold(prev)
    return not (is_list_item(prev) or _NUMBERED_START.match(folded) or _GLUED_TITLE.match(folded))


# The brackets and quotes a wrapped sentence leaves open at a line's end: an opener, and the closers that end it.
_WRAPPED_PAIRS = (("（(", "）)"), ("「", "」"), ("『", "』"), ("“", "”"))


# Any closer of `_WRAPPED_PAIRS`, one class: `_closes` is False for a line without one, so the run's balance waits.
_ANY_CLOSER = lazy("[" + "".join(closers for _, closers in _WRAPPED_PAIRS) + "]")  # (no class metacharacter among them)


def open_counts(text: str) -> list[int]:
    """Per pair of `_WRAPPED_PAIRS`, how many more of its openers than closers `text` holds (a run's balance is the sum
    over its lines: `group_lines` keeps it as lines join the run, so a long run costs no rescan per line)."""
    return [sum(text.count(c) for c in openers) - sum(text.count(c) for c in closers) for openers, closers in _WRAPPED_PAIRS]


def _closes(balance: Sequence[int], text: str) -> bool:
    """Whether `text` holds a closer of a pair that `balance` (`open_counts` of the lines before) leaves open."""
    return any(left > 0 and any(c in text for c in closers) for left, (_, closers) in zip(balance, _WRAPPED_PAIRS, strict=True))


def closes_open(run: Sequence[LineTuple], text: str) -> bool:
    """Whether `text` closes a bracket or quote that the lines of `run` opened and did not close."""
    return _closes(open_counts("".join(line[2] for line in run)), text)


def _outline_goes_on(prev: str, text: str) -> bool:
    """May `text`, a line opening with a sub-section number glued to its title (`_GLUED_SUBSECTION`), start a block
    under the line `prev` (both folded)?  (u46r) Only where an outline goes on: `prev` ends a sentence (before any
    emphasis, 「…。**」), is a rule (「=====」), a numbered title with no clause mark (「3.1共享」, 「**3.我们如何共享、转让
    个人信息**」), or opens with the number just before (「5.1…」 above 「5.2停止运营向您告知」).  Under any other line the
    number may be a quantity a hard wrap put first, 「5.0以上的系统版本」, 「3.5美元」, 「10.1英寸」: the line goes on the
    sentence above it (six such lines split one wrapped paragraph in six)."""
    bare = prev.strip("*_ \t")
    if not bare or bare.endswith(_SENTENCE_END) or not bare.strip("=-~#"):
        return True
    numbered = is_list_item(bare) or _NUMBERED_START.match(bare) or _GLUED_TITLE.match(bare)
    if numbered and _CLAUSE_MARK.search(bare) is None:
        return True
    here, before = _SUB_NUMBER.match(text), _SUB_NUMBER.match(bare)
    if here is None or before is None:
        return False
    *head, last = here.group().split(".")
    *head_before, last_before = before.group().split(".")
    return head == head_before and int(last) == int(last_before) + 1


# the sub-section number a line opens with (「5.1」, 「3.1.2」)
_SUB_NUMBER = lazy(r"\d{1,2}(?:\.\d{1,2}){1,2}")


TITLE_LINE_END = tuple("。．.；;：:，,、！!？?…—」』）)") + ("...",)
# A line ending in one of these is a clause waiting for its object (「…您可發送電子郵件至」).
MAX_TITLE_LINE = 30
# a short qualifier in brackets closing a title line (「（自行選擇）」, 「（可选）」; round30b chengjing-tw-txt): not a sentence's end
_QUALIFIER = lazy(r"\([^()。，,;；:：]{1,8}\)$")
MAX_NUMBERED_TITLE_LINE = 20
# 「第一條」, 「第3条」, 「第二章」: an article or chapter number.
_ARTICLE = r"第[一二三四五六七八九十百\d]+[章節节條条]"
# A section number of one to three parts (1. / 1.1 / 1.1.1 / 一、 / 第一條), or a part letter before a Chinese title
# (「A.隐私政策」, 「B、免责声明」: a page of two documents); deeper numbers are list items.  A Chinese number or an
# article may be followed by a space, as Word writes it (「一、 特别提示」, 「第一章 如何收集您的个人信息」: thirtieth
# session, u30t, eval/structure30 ysxy-agreement-html, a Word page's <br> lines).  A decimal number may be glued to a
# Latin word that runs into the Chinese title (「7.api使用」 beside 「6. 信息安全」, eval/structure40c ruotian-privacy-txt,
# u40a4): two letters at least, so neither 「1.5倍」 nor 「2.x版本」 is a title's number.
_NUMBERED_TITLE = lazy(
    rf"^(?:\d{{1,2}}(?:\.\d{{1,2}}){{0,2}}(?:\.?[ \t]+|\.(?=[{HAN}]|[A-Za-z]{{2,20}}[{HAN}]))|\d{{1,2}}、|(?:[一二三四五六七八九十]{{1,3}}[、.]|{_ARTICLE})[ \t\u3000]*"
    rf"|[A-Z][.、][ \t]*(?=[{HAN}]))(?=\S)"
)
# 「第1条（隐私信息）」: an article number whose whole title is in brackets (the style of a Japanese 利用規約), folded.
_BRACKETED_ARTICLE = lazy(rf"^{_ARTICLE}[ \t]*[(]([^()]+)[)]$")
MAX_TITLE_LINE_LATIN = 50
# (1) / （1） then a title: a sub-heading only when the line below is clearly its text.
_PAREN_TITLE = lazy(rf"^[(]\d{{1,2}}[)][ \t]*(?=[{HAN}])")
# 「五、」, 「五、 」, 「第五条 」, 「第二章」: the number of a top-level section, then its title
_TOP_SECTION = lazy(rf"^(?:[一二三四五六七八九十]{{1,3}}[、.]|{_ARTICLE})[ \t\u3000]*(?=[{HAN}])")
SENTENCE_OPENERS = ("我", "您", "你", "如", "若", "当", "當", "请", "請", "在", "对", "對", "为", "為")
_CN_PAREN = lazy(r"^[(][ \t\u3000]*[一二三四五六七八九十]{1,3}[ \t\u3000]*[)]\s*(?=\S)")


def title_line(title: str, text: str) -> bool:
    """A short title line directly above its paragraph (no blank line between): 「關於我們」 then the text.

    The title is short, ends with no punctuation and holds no sentence; the line below is
    clearly longer (a hard-wrapped paragraph has lines of the wrap width) or ends a sentence.
    """
    folded = fold(title)
    qualifier = _QUALIFIER.search(folded)  # 「Google 書籤、收藏與天眼設定同步（自行選擇）」: a title closed by its qualifier
    before = folded[: qualifier.start()].rstrip() if qualifier else ""
    # (not a sentence with its qualifier: 「我們會保存你的閱讀紀錄（僅限本機）」)
    bare = before if before and HAN_CHAR.search(before) and not before.startswith(SENTENCE_OPENERS) else folded
    if bare.endswith(TITLE_LINE_END) or "。" in folded or "，" in folded or "<" in folded:
        return False
    if folded.isascii() and HAN_CHAR.search(text) and len(text) <= MAX_TITLE_LINE and not text.endswith(TITLE_LINE_END):
        return bool(folded[:1].isalnum())  # 「Information We Collect」 above its Chinese line 「我們收集的資料」
    if folded.isascii():
        words = folded.split()
        if not (len(folded) <= MAX_TITLE_LINE_LATIN and 0 < len(words) <= 8 and text[:1].isupper()):
            return False
        if _NUMBERED_TITLE.match(folded):
            return words[1][:1].isupper() if len(words) > 1 else False  # 「1. Scope of application」
        return words[0][:1].isupper() and len(text) >= 1.5 * len(folded)
    if len(folded) > MAX_TITLE_LINE or folded.endswith(OPEN_ENDINGS) or not _HAN_OR_LETTER.search(folded):
        return False
    # (u46a) a sub-section number glued to its title counts as one here: 「5.2停止运营向您告知」 above 「如我们停止运营，…」
    # in text extracted from a PDF (eval/structure46 yaoji)
    glued = _GLUED_TITLE.match(folded) is not None and _CLAUSE_MARK.search(folded) is None  # (u46r) not 「12.0及以上，…」
    if (glued or _NUMBERED_TITLE.match(folded)) and len(folded) <= MAX_NUMBERED_TITLE_LINE:
        return True  # 「1.1.3 法律依据」 above 「履行合同所必需」: the number is the cue
    if len(folded) > MAX_NUMBERED_TITLE_LINE and (glued or _TOP_SECTION.match(folded)):
        # 「五、 第三方产品或服务如何获得您的个人信息」 (21 characters) above a PDF's hard-wrapped paragraph: a top-level
        # section number and a line clearly shorter than the wrap width below it (a numbered sentence's first
        # line is as wide as the lines that follow it); so is 「1.4依法豁免征得同意收集和使用的个人信息」 (u46a)
        return len(text) >= 1.25 * len(folded)
    paren = _PAREN_TITLE.match(folded)
    if paren:  # 「（1）账号信息」 above its text; not 「（2）我们会收集设备信息」 wrapped before 「以保障安全。」
        title = folded[paren.end() :]
        if len(folded) > MAX_NUMBERED_TITLE_LINE or title.startswith(SENTENCE_OPENERS):
            return False
        return len(text) >= 2 * len(folded) or (len(text) > len(folded) and text.endswith(_SENTENCE_END))
    if is_list_item(folded):
        return False
    return len(text) >= 2 * len(folded) or (len(text) > len(folded) and text.endswith(_SENTENCE_END))


def title_over_fields(title: str, first: str, second: str) -> bool:
    """A bare title line directly above a run of label: value lines: 「第三方SDK列表」 / 「SDK名称：友盟统计」 / 「使用目的：…」.

    The fields are short lines, so `title_line` (the line below clearly longer) does not see it.
    Two fields are needed (one 「電話：…」 under a line may be the sentence's end), each with its value
    on its line; the title is short Chinese with no punctuation, not a company's name or a date.
    """
    folded = fold(title)
    if len(folded) > MAX_NUMBERED_TITLE_LINE or folded.endswith(TITLE_LINE_END) or folded.endswith(OPEN_ENDINGS):
        return False
    if any(ch in folded for ch in "。，,:：<") or not HAN_CHAR.search(folded) or is_list_item(folded) or _NOT_FIELDS_TITLE.search(folded):
        return False
    return all((m := _FIELD.match(line)) is not None and line[m.end() :].strip() != "" for line in (fold(first), fold(second)))


def numbered_title_line(text: str) -> bool:
    """A line that is only a section number and a short title: 「一、前言」, 「2.1 資料的蒐集」, 「第三條 聯絡」.

    Used where lines are cut out of a run of text (an HTML paragraph broken with <br>):
    only the number makes the line a heading there, so sentences (「1. 我們會…。」) never are.
    """
    folded = fold(text).strip()
    if (bracketed := _BRACKETED_ARTICLE.match(folded)) is not None:
        folded = bracketed[1].strip()  # the title inside the brackets is judged as a title (its closing bracket is no sentence end)
        if not folded or len(folded) > MAX_NUMBERED_TITLE_LINE or folded.endswith(TITLE_LINE_END):
            return False
        return not any(mark in folded for mark in "。，,;；:：<") and bool(HAN_CHAR.search(folded))
    if not folded or len(folded) > MAX_NUMBERED_TITLE_LINE or folded.endswith(TITLE_LINE_END):
        return False
    if "。" in folded or "，" in folded or "<" in folded or not (_NUMBERED_TITLE.match(folded) or _CN_PAREN.match(folded)):
        return False
    return bool(HAN_CHAR.search(folded))


def title_number(text: str) -> tuple[tuple[str, ...], int] | None:
    """The style and value of the number a line opens with: 「（二）…」 → (("cn-paren",), 2); None if not numbered."""
    number = parse_number(text)
    value = number_value(number) if number is not None else None
    return (number.style, value) if number is not None and value else None


def lone_number(text: str) -> bool:
    """Is `text` a numbering label and nothing else (「2.1」, 「一、」, 「（三）」, 「第五条」)?  `parse_number` reads no bare
    number as a label (a heading needs its title), so the label is tried before a title word."""
    label = text.strip(WHITESPACE)
    number = parse_number(f"{label} 标题") if label else None
    return number is not None and number.rest >= len(label)


_SIBLING_TITLE_END = ("：", ":")
# a line ending on a verb's object to come: 「…提供予」 / 「與我們合作的支付機構…」 is one sentence broken by a <br>
_OPEN_LINE_END = (*OPEN_ENDINGS, "予", "到")


def sibling_title_line(text: str, following: str) -> bool:
    """A numbered first line that is a title only when its sibling's line is one (`numbered_title_line`): the caller checks that.

    A <br>-split paragraph's first line too long for `numbered_title_line`, or closed by a colon: 「（一）為向您提供“某某”
    產品…的情形」, 「2.刪除您的個人資訊：」 between 「1.存取…」 and 「3.更正…」.  Its shape: a section number (not a list
    number of four parts), at most 40 characters with no full stop, no sentence end but a final colon, no open ending; its
    paragraph (`following`) a text at least as long, or a sentence.
    """
    folded = fold(text).strip()
    if not folded or len(folded) > MAX_PARENT_TITLE_LINE or "。" in folded or "<" in folded or not HAN_CHAR.search(folded):
        return False
    if not (_NUMBERED_TITLE.match(folded) or _CN_PAREN.match(folded)):
        return False
    body = folded[:-1] if folded.endswith(_SIBLING_TITLE_END) else folded
    if body.endswith(TITLE_LINE_END) or body.endswith(_OPEN_LINE_END) or any(mark in body for mark in CLAUSE_MARKS):
        return False
    after = fold(following).strip()
    return len(after) >= len(folded) or after.endswith(_SENTENCE_END)


# 「三、」, 「三. 」: a top-level Chinese section number, a space allowed after it
_CN_SECTION = lazy(rf"^([一二三四五六七八九十]{{1,3}})[、.][ \t]*(?=[{HAN}])")
MAX_PARENT_TITLE_LINE = 40


def parent_title_line(text: str, following: str) -> bool:
    """A Chinese section number and its title whose next line opens its first sub-section: 「三、 信息共享」 above 「3.1 …」.

    The next line's number vouches for the title where its own shape does not (a space after 「三、」, a title of
    more than 20 characters, 「三. 」): it must be the section's own first child (3.1 under 三), and the line must
    still read as a title (no comma or full stop, no open ending).
    """
    folded = fold(text).strip()
    m = _CN_SECTION.match(folded)
    if m is None or len(folded) > MAX_PARENT_TITLE_LINE or folded.endswith(TITLE_LINE_END) or "。" in folded or "，" in folded:
        return False
    child = f"{chinese_number(m.group(1))}.1"
    after = fold(following).strip()
    return after.startswith(child) and not after[len(child) : len(child) + 1].isdigit()


def split_block(block: Block, cuts: Sequence[tuple[int, int]]) -> list[Block]:
    """Cut a block into several at the spans `cuts` (start, end offsets in its text; the spans are dropped).

    Every part keeps the true line and column of its characters; whitespace at the cuts is
    stripped.  A piece of text is one run of source characters, so an offset inside it maps
    to its column one to one.
    """
    bounds = [0]
    for start, end in sorted(cuts):
        if start >= bounds[-1]:
            bounds += [start, end]
    bounds.append(len(block.text))
    parts: list[Block] = []
    ends = [p.offset + p.length for p in block.pieces]  # increasing: pieces are in text order
    for a, b in zip(bounds[::2], bounds[1::2], strict=True):
        lead, trail = strip_span(block.text[a:b])
        a, b = a + lead, a + trail
        if a >= b:
            continue
        pieces = slice_pieces(block.pieces, a, b, ends=ends)
        if pieces:
            parts.append(Block(block.kind, block.text[a:b], pieces[0].line, pieces[0].column, pieces[-1].line, pieces))
    return parts


def slice_pieces(pieces: Sequence[Piece], a: int, b: int, *, ends: list[int] | None = None) -> tuple[Piece, ...]:
    """The pieces of `text[a:b]` for a text made of `pieces`, with offsets from `a` (each keeps its true column)."""
    if ends is None:
        ends = [p.offset + p.length for p in pieces]  # increasing: pieces are in text order
    out = []
    for k in range(bisect_right(ends, a), len(pieces)):  # from the first piece that ends after a
        p = pieces[k]
        if p.offset >= b:
            break
        start = max(a, p.offset)
        stop = min(b, p.offset + p.length)
        # a decoded run (`&lt;`) keeps its source width when the part keeps its whole text
        width = p.width if p.width is not None and start == p.offset and stop == p.offset + p.length else None
        out.append(Piece(start - a, stop - start, p.line, p.column + start - p.offset, width))
    return tuple(out)


def shifted_pieces(pieces: Iterable[Piece], by: int) -> tuple[Piece, ...]:
    """`pieces` with their offsets moved on by `by`: a part's pieces where the part stands `by` characters into a text
    joined of parts (`slice_pieces` cuts a part's pieces out of a text)."""
    return tuple(p._replace(offset=p.offset + by) for p in pieces)


_new_tuple = tuple.__new__

# Block texts up to this length are shared between equal blocks of one `group_lines` call.
SHARED_TEXT = 32


def make_block(
    lines: Sequence[LineTuple],
    kind: BlockKind,
    *,
    level: int | None = None,
    emphasised: bool = False,
    shared: dict[str, str] | None = None,
) -> Block | None:
    """Join stripped lines into one Block with a piece per line; None if all blank.

    `shared`: equal short texts (up to SHARED_TEXT characters) become one string object,
    so a file of one short line repeated keeps one copy of it (issue #12: 62,500 copies
    of `請填寫XXX。` were 5.5 MB, held until the end of a check).
    """
    if len(lines) == 1:  # most blocks are one line
        number, column, line = lines[0]
        start, end = strip_span(line)
        if start == end:
            return None
        # tuple.__new__ on all the fields: what Piece(…) and Block(…) do, without their Python-level __new__
        piece = _new_tuple(Piece, (0, end - start, number, column + start, None))
        text = line[start:end]
        if shared is not None and end - start <= SHARED_TEXT:
            text = shared.setdefault(text, text)
        return _new_tuple(Block, (kind, text, number, column + start, number, (piece,), level, emphasised))
    # Parts in a list, joined once: `text += part` measured quadratic here (12.8 s for a
    # paragraph of 120,000 lines), the same class as the HTML reader's text runs.
    parts: list[str] = []
    length = 0
    pieces: list[Piece] = []
    for number, column, line in lines:
        start, end = strip_span(line)
        if start == end:
            continue
        part = line[start:end]
        if parts:
            glue = joiner(parts[-1], part)
            if glue:
                parts.append(glue)
                length += len(glue)
        pieces.append(Piece(length, len(part), number, column + start))
        parts.append(part)
        length += len(part)
    if not pieces:
        return None
    text = "".join(parts)
    if shared is not None and length <= SHARED_TEXT:
        text = shared.setdefault(text, text)
    return Block(kind, text, pieces[0].line, pieces[0].column, pieces[-1].line, tuple(pieces), level, emphasised)


def group_lines(
    lines: Iterable[LineTuple],
    *,
    split_sentences: bool = True,
    split_titles: bool = False,
    markdown: bool = False,
    band: tuple[int, int] | None = None,
) -> list[Block]:
    """Group non-blank lines into paragraph and list-item blocks (blank lines separate).

    `lines` are `Line`s or plain (number, column, text) tuples, which the plain-text
    reader builds for speed.  With `split_titles`, a short title line directly above
    its paragraph is a block of its own (plain text; in Markdown the two lines render
    as one paragraph).  `markdown`: the lines of one Markdown paragraph (`_colon_wrapped`); `band`: the widths at which
    its file is hard-wrapped (`md_wrap.file_band`).
    """
    blocks: list[Block] = []
    if markdown:  # (a paragraph its author hard-wrapped: a line ending a sentence there is a wrap, `load.md_wrap`)
        lines = list(lines)
        wrap_at = wrap_width([line[2] for line in lines])
    else:
        wrap_at = None
    shared: dict[str, str] = {}  # equal short block texts: one string (see `make_block`)
    run: list[LineTuple] = []
    balance = [0] * len(_WRAPPED_PAIRS)  # `open_counts` of the run's lines, summed: those before `uncounted`
    # the run's lines not yet in `balance` (a title line `title_over_fields` takes off the run stays counted, as it was):
    # the balance is only read under a line ending a clause, so most lines (one-line paragraphs) are never counted
    # (session 38: `open_counts` of every line was 6% of checking the benchmark's 200 files)
    uncounted: list[str] = []
    first = prev = ""  # run[0] and run[-1] text, stripped
    prev_row = False  # run[-1] is a row of a tab-separated table
    for line in lines:
        stripped = line[2].strip()
        if not stripped or not stripped.strip(_BLANK):
            if run:
                _flush(run, first, blocks, shared)
                run = []
            prev_row = False
            continue
        row = "\t" in line[2] and tab_row(line[2])
        if split_titles and split_sentences and len(run) == 2 and title_over_fields(first, prev, stripped):
            _flush(run[:1], first, blocks, shared)  # the title; its first field goes on, the next starts a block
            run = run[1:]
            first = prev
        if run and split_sentences and not (row and prev_row):
            closes = prev.endswith(_SENTENCE_END)
            if closes and _ANY_CLOSER.search(stripped) is None:
                closes = False  # a line with no closer closes nothing the run left open, whatever its balance (u48t)
            elif closes:
                # the brackets the run leaves open, kept as it grows (review u36x: summed over the whole run at each
                # line, a run of 20,000 lines each closing one of 20,000 「（」 took 8 s): each line is counted once
                for raw in uncounted:
                    balance = [b + d for b, d in zip(balance, open_counts(raw), strict=True)]
                uncounted = []
                closes = _closes(balance, stripped)
            closes = closes or is_wrap(prev, wrap_at) or (band is not None and in_band(prev, stripped, band))
            if (starts_new_block(prev, stripped, closes_bracket=closes) and not (markdown and _colon_wrapped(first, prev, stripped))) or (
                split_titles and len(run) == 1 and title_line(prev, stripped)
            ):
                _flush(run, first, blocks, shared)
                run = []
        elif run and split_sentences:  # two rows of a tab-separated table
            _flush(run, first, blocks, shared)
            run = []
        if not run:
            first = stripped
            balance = [0] * len(_WRAPPED_PAIRS)
            uncounted = []
        run.append(line)
        uncounted.append(line[2])
        prev = stripped
        prev_row = row
    if run:
        _flush(run, first, blocks, shared)
    return blocks


# (u49x2) a sentence's length before a lead-in's colon, and a wrapped line's: 「- **API 密钥：** 您的 API 密钥仅使用以下方式存储在
# 您的设备上：」 ⏎ 「浏览器的同步存储 (`browser.storage.sync`)。这意味着您的」 (eval/structure49c aitranslator-md)
_COLON_SENTENCE_MIN = 20
_WRAPPED_LINE_MIN = 10


def _colon_wrapped(first: str, prev: str, line: str) -> bool:
    """Does `line` go on the Markdown list item `first` after its line `prev` ending in a colon?  It does when `prev` is a
    sentence (not a short label, 「**说明：**」) and `line` is hard-wrapped prose that runs on to the next line (it ends no
    clause) and opens no item of its own: the item's paragraph, which a Markdown viewer shows as one, was cut in two."""
    return (
        is_list_item(first)
        and prev.endswith(("：", ":"))
        and len(prev) >= _COLON_SENTENCE_MIN
        and len(line) >= _WRAPPED_LINE_MIN
        and not line.endswith(_SENTENCE_END)
        and not is_list_item(line)
        and _NUMBERED_START.match(fold(line)) is None
    )


def tab_row(raw: str) -> bool:
    """Whether a line is a row of a tab-separated table (text pasted from a Word or Excel table):
    cells between tabs (「网络\t连接网络\t是」), or a first cell and empty ones (「……\t\t\t」).

    Two rows in a row are two blocks: joined as the lines of a paragraph, one row's last cell and
    the next row's first ran together (「用户可否关闭权限网络」).  A tab that indents a line, or one
    trailing tab, makes no row.
    """
    body = raw.lstrip().rstrip(" \r\n\u3000")
    tabs = body.count("\t")
    return tabs >= 2 or (tabs == 1 and not body.endswith("\t"))


def _flush(run: list[LineTuple], first: str, blocks: list[Block], shared: dict[str, str]) -> None:
    kind: BlockKind = "item" if is_list_item(first) else "paragraph"
    block = make_block(run, kind, shared=shared)
    if block:
        blocks.append(block)


def map_pieces(pieces: Sequence[Piece], kept: Sequence[int]) -> tuple[Piece, ...]:
    """The pieces of a text made of the characters `kept` (their offsets, increasing) of a text made of `pieces`.

    A run of consecutive offsets inside one piece is one piece; a character outside every
    piece (a joiner between lines) has none.
    """
    if not kept:
        return ()
    first, n = kept[0], len(kept)
    if kept[-1] - first == n - 1:  # one slice: markup only around it, or none
        return slice_pieces(pieces, first, first + n)
    offsets = [p.offset for p in pieces]
    out: list[Piece] = []
    i = 0
    while i < n:
        src = kept[i]
        p = pieces[max(bisect_right(offsets, src) - 1, 0)]
        stop = p.offset + p.length
        j = i + 1
        while j < n and kept[j] == src + (j - i) and kept[j] < stop:
            j += 1
        if p.offset <= src < stop:
            whole = src == p.offset and src + (j - i) == stop
            out.append(Piece(i, j - i, p.line, p.column + src - p.offset, p.width if whole else None))
        i = j
    return tuple(out)
