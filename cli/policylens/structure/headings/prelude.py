"""The name of a statement that opens the text before its numbered sections: 「法律声明」 under the title 「《…隐私政策》」.

(Forty-seventh session, u47a2; eval/structure46c park-privacy-wxml L5.)  A mini-program page sets its title, then
「法律声明」 alone on its line, then the statement's label lines (「提示条款 :」, 「定义 :」, 「权利声明 :」) and an
introduction, and only then 「一、适用范围」…「七、…」.  The first line under a title is usually a subtitle, a date or
an opening sentence, so it is no heading by its own evidence (`find_headings`); but a line naming a document of its
own (it ends as a document's name: 声明, 条款, 须知, 协议…; `names_a_document`) that is not the title's own name, over
a line closed by a colon and text, with numbered sections further down, is the heading of that opening part, a
sibling of the numbered sections.  A subtitle repeating the title's words (「隐私政策」 under 「《某某隐私政策》」), a line
over a sentence, or a document with no numbered sections keeps the former reading.
"""

from __future__ import annotations

from policylens.model import Block
from policylens.normalise import WHITESPACE, fold
from policylens.patterns import CLAUSE_MARKS
from policylens.structure.headings.title import names_a_document
from policylens.structure.memo import parse_number
from policylens.structure.shapes import Heading, unemphasise

_LABEL_MAX = 12  # a label line's characters at most (「权利声明 :」)
_NAME_MAX = 12  # the statement's name: 「法律声明」, 「免责声明」, 「用户须知」


def prelude_title(blocks: list[Block], found: dict[int, Heading], first: int, title_idx: int | None) -> None:
    """Add the first block after the title to `found` when it names the statement that opens the text (module doc)."""
    block = blocks[first]
    text = unemphasise(block.text).strip(WHITESPACE)
    if block.kind != "paragraph" or len(block.pieces) != 1 or len(text) > _NAME_MAX or parse_number(text) is not None:
        return
    if any(mark in text for mark in CLAUSE_MARKS + "，,") or not names_a_document(text):
        return  # 「欢迎使用 Vela 平台，请仔细阅读本协议条款」: a subtitle written as a sentence
    if title_idx is not None:
        own = "".join(fold(unemphasise(blocks[title_idx].text)).split())
        if "".join(fold(text).split()) in own:
            return  # 「隐私政策」 under 「《某某隐私政策》」: the title's words again
    if first + 2 >= len(blocks) or not _label_line(blocks[first + 1]):
        return
    if any(h.number is not None for i, h in found.items() if i > first + 1):
        found[first] = Heading(first, text, None, ("plain", "leaf"))


def _label_line(block: Block) -> bool:
    """「提示条款 : 」, 「定义：」: a short label closed by a colon, with nothing after it."""
    text = "".join(fold(block.text).split())
    return block.kind == "paragraph" and 2 <= len(text) <= _LABEL_MAX and text.endswith((":", "：")) and parse_number(text) is None
