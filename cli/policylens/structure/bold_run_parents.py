"""A bold title with no text of its own, directly over a numbered run that its parent's scope closes: the run's parent.

A statement's sections are bold lines under an `<h2>` (「<b>提示条款</b>」 and its text, 「<b>定义</b>」 and its text), and
the third, 「<b>权利声明</b>」, opens straight on 「<b>一、权利归属</b>」, 「<b>二、责任限制</b>」, 「<b>三、知识产权保护</b>」, which run
until the next `<h2>` (「保密政策」).  Numbering is structure and a bold unnumbered line is not its parent
(`levels.assign_levels`: 「**概要**」 over 一、…), so the numbered titles stood beside 权利声明, one level too high
(eval/structure41 dev xingchen-register-vue, a known limit of the forty-first and forty-second sessions; fixed in the
forty-second, u42a2).

`nest_runs_under_bold_titles` moves the run one level down when:

- the bold, unnumbered title has no text of its own: the next block is the run's first title, numbered at the first
  value of its style (1, 一, A …), at the bold title's level;
- an earlier bold, unnumbered title at that level under the same parent has text of its own (the bold lines are the
  sections of this level, not a document's name above its outline);
- the run (the numbers of its style that follow in sequence at that level, and what is nested under them) ends at a
  heading of a higher rank (its parent's scope closes, as 「保密政策」 does): a run that goes to the end of the document,
  or is followed by another title at its level, is left as it was (the numbers may be the document's outline).

A second form (forty-eighth session, u48a3; eval/structure48c destruct-wordhtml, a Word "save as web page" export):
the bold lines are sections of their own, set apart from the body text, and one opens straight on a run of *plain*
numbered lines (「<b>敏感个人信息清单</b>」 over 「一、处理原则」 and 「二、…」 in the body's type), which runs until the next
bold unnumbered title at its level (「<b>应用权限申请与使用情况说明</b>」).  The numbered lines are set no more prominently than
the text, the bold title above them is: the run is its content, one level down (`blocks` given, and):

- the bold title is one emphasised block (or a Markdown line wrapped in 「**…**」, u49a2) with no text of its own, the run's first title numbered at the first value
  of its style at its level;
- no member of the run at that level is emphasised, and each is a numbered line (not a Markdown heading);
- the run ends at a bold, unnumbered, emphasised title at the bold title's level (a peer section closes it);
- neither bold title names a document (「用户协议」 over its 1., 2., then 「隐私政策」: documents' names and their sections
  are read by `named_second`, as before).

String tests only (no pattern).
"""

from __future__ import annotations

from policylens.model import Block
from policylens.structure.headings import heading_value, names_a_document
from policylens.structure.shapes import Heading, unemphasise

_BOLD = ("bold",)


def _run_end(found: dict[int, Heading], order: list[int], levels: list[int], k: int) -> int:
    """Past the run that heading `k` starts: its style's numbers in sequence at its level, and what is nested under them."""
    level, style = levels[k], found[order[k]].number
    expected = heading_value(found[order[k]])
    for m in range(k + 1, len(order)):
        if levels[m] > level:
            continue
        heading = found[order[m]]
        value = heading_value(heading)
        if levels[m] < level or heading.number is None or style is None or heading.number.style != style.style:
            return m
        if expected is None or value != expected + 1:
            return m
        expected = value
    return len(order)


def _peer_with_text(found: dict[int, Heading], order: list[int], levels: list[int], k: int) -> bool:
    """An earlier bold, unnumbered title at heading `k`'s level, under the same parent, with text of its own."""
    for m in range(k - 1, -1, -1):
        if levels[m] < levels[k]:
            return False
        heading = found[order[m]]
        if levels[m] == levels[k] and heading.key == _BOLD and heading.number is None and order[m] + 1 < order[m + 1]:
            return True
    return False


def _set_bold(block: Block) -> bool:
    """The whole block set bold: an emphasised HTML or Word block, or a Markdown line wrapped in 「**…**」 (u49a2: the
    second form in Markdown, 「**敏感个人信息清单**」 over plain 「一、处理原则」 lines)."""
    return block.emphasised or unemphasise(block.text) != block.text


def _emphasised_bold(blocks: list[Block], found: dict[int, Heading], i: int) -> bool:
    heading = found[i]
    return heading.key == _BOLD and heading.number is None and _set_bold(blocks[i]) and not names_a_document(heading.title)


def _plain_run_closed_by_bold_peer(blocks: list[Block], found: dict[int, Heading], order: list[int], out: list[int], k: int) -> bool:
    """The second form (see the module): the run below heading `k` is plain numbered lines a bold peer closes."""
    if not _emphasised_bold(blocks, found, order[k]):
        return False
    end = _run_end(found, order, out, k + 1)
    if end == len(order) or out[end] != out[k] or not _emphasised_bold(blocks, found, order[end]):
        return False
    members = [order[m] for m in range(k + 1, end) if out[m] == out[k]]
    return all(found[i].key[0] == "num" and not _set_bold(blocks[i]) for i in members)


def nest_runs_under_bold_titles(
    found: dict[int, Heading], order: list[int], levels: list[int], blocks: list[Block] | None = None
) -> list[int]:
    """`levels`, with each numbered run a bold title opens on (see the module) one level deeper."""
    out = list(levels)
    for k in range(len(order) - 1):
        heading, child = found[order[k]], found[order[k + 1]]
        if (
            heading.key != _BOLD
            or heading.number is not None
            or order[k + 1] != order[k] + 1
            or child.number is None
            or heading_value(child) != 1
            or out[k + 1] != out[k]
        ):
            continue
        end = _run_end(found, order, out, k + 1)
        closed = end < len(order) and out[end] < out[k] and _peer_with_text(found, order, out, k)
        if not closed and not (blocks is not None and _plain_run_closed_by_bold_peer(blocks, found, order, out, k)):
            continue
        for m in range(k + 1, end):
            out[m] += 1
    return out
