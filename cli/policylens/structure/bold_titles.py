"""Markdown section titles written as a bold run that opens a paragraph: 「**三、API 密钥存在哪里:**」.

Some Markdown authors write no `#` below the edition headings: each section opens with its numbered title in bold,
closed by a colon or a short answer, alone on its line over its text or its list, or with its text run in after the
bold part on the same line (eval/structure41 lingoslate-privacy-md, held out: 13 of its 16 headings missed)::

    **一、我们收集什么:什么都不收集。**
    灵幕实时翻译(以下称"本扩展")不收集…
    **二、你的数据去哪里(只在你主动开启相应功能时):**
    - **默认本地翻译**:…
    **五、数据出售与共享:** 不出售、不共享任何用户数据。…

Markdown keeps the `**` in the paragraph's text and joins a title line with the line below it, so no line-shape rule
saw a title there: a bold line closed by a colon is, on its own, a lead-in before a list (「**1. 使用登录功能时：**」),
and a bold label run into its sentence (「**个人信息**：指…」) is text.  The document's own evidence decides, a run of
them, never one line:

* the bold part opens a paragraph (not a list item), starts with a section number and holds a short title
  (`heading_like`, no lead-in word such as 以下/包括, no open ending), closed by nothing, by a colon, or by a colon and
  a short answer (「我们收集什么:什么都不收集。」, 「What we collect: Nothing.」); a run-in text after it follows a colon
  (inside or right after the bold part) and is a sentence or twice as long as the title;
* the numbers run 1, 2, 3 … in one style (a decimal's parent number the same), at least three of them, from 1, with
  no explicit heading between them;
* they stand at section distance: each has its own text (glued below, run in, or the blocks before the next one),
  none is bunched right on top of the next;
* at least two of them stand alone on their line, and at least one of those over a paragraph: a run of bold lead-ins
  each over its list (「**1. 使用登录功能时：**」 / items / 「**2. 使用支付功能时：**」 / items) stays text, and so does a
  run of bold labels each run into its sentence (a numbered list written as paragraphs, annotated ambiguous in the
  earlier sets).

`split_bold_titles` cuts each title of such a run off its text (the title keeps its `**`, which `unemphasise` reads;
a colon right after the bold part goes with neither) and says which blocks are titles; `find_headings` takes them as
numbered headings.  Only for Markdown (and Markdown read as plain text): the `**` is Markdown's.
"""

from __future__ import annotations

from typing import NamedTuple

from policylens.lazyre import lazy
from policylens.load.lines import split_block
from policylens.model import Block
from policylens.normalise import fold
from policylens.numbering import Number, number_value
from policylens.patterns import OPEN_ENDINGS, SENTENCE_ENDS
from policylens.structure.memo import parse_number
from policylens.structure.shapes import MAX_NUMBERED, Heading, heading_like, is_label_or_org

_MARKERS = ("**", "__")
_ANNOUNCING = lazy("包括|包含|如下|以下|下列")
_LEAD_WORDS = ("如果", "若您", "如您", "当您", "當您", "请", "請", "为了", "為了", "在您")
_ANSWER_MAX = 12  # characters of a short answer after the title's colon: 「什么都不收集。」, 「Nothing.」
_MIN_RUN = 3


class _Opening(NamedTuple):
    """A numbered bold run opening a line of a paragraph: where it is, where its run-in text starts, its number."""

    line: int  # which line (piece) of its block it opens
    start: int  # offset of its opening `**` in the block's text
    end: int  # offset just past the closing `**`
    body: int  # offset of the run-in text on the same line, or -1 when the bold part ends its line
    cut: int  # offset where the text after the title starts (past a colon right after the bold part)
    number: Number
    group: tuple[str, ...]  # the style and, for a decimal, its parent number: 「1.2」 runs with 「1.1」, not with 「2.1」


def _label_shape(rest: str) -> bool:
    """The bold part after its number reads as a title: 「API 密钥存在哪里:」, 「我们收集什么:什么都不收集。」."""
    folded = fold(rest).strip()
    colon = folded.find(":")
    label, answer = (folded[:colon].strip(), folded[colon + 1 :].strip()) if colon >= 0 else (folded, "")
    if answer and (len(answer) > _ANSWER_MAX or not answer.endswith(SENTENCE_ENDS) or ":" in answer):
        return False
    if not label or _ANNOUNCING.search(label) or label.startswith(_LEAD_WORDS) or label.endswith(OPEN_ENDINGS):
        return False
    return heading_like(label, limit=MAX_NUMBERED) and not is_label_or_org(label)


def _openings(block: Block) -> list[_Opening]:
    """The numbered bold titles opening lines of `block`, a paragraph: its first line, or a later line under a sentence's
    end (Markdown joins 「…不上传。」 / 「**二、你的数据去哪里:**」 into one paragraph when no blank line is between)."""
    found: list[_Opening] = []
    text = block.text
    for k, piece in enumerate(block.pieces):
        start, line_end = piece.offset, piece.offset + piece.length
        if text[start : start + 2] not in _MARKERS:
            continue
        if k and not fold(text[block.pieces[k - 1].offset : start]).rstrip().endswith(SENTENCE_ENDS):
            continue  # a bold part inside a sentence wrapped over lines
        opening = _opening(text, start, line_end)
        if opening is not None:
            found.append(opening._replace(line=k))
    return found


def _opening(text: str, start: int, line_end: int) -> _Opening | None:
    """The numbered bold title opening the line `text[start:line_end]`, or None."""
    marker = text[start : start + 2]
    close = text.find(marker, start + 2, line_end)
    inner = text[start + 2 : close] if close > start + 2 else ""
    if not inner or inner != inner.strip() or "*" in inner or "_" in inner[:1] + inner[-1:]:
        return None
    number = parse_number(inner)
    if number is None or number_value(number) is None or not _label_shape(inner[number.rest :]):
        return None
    end = close + 2
    after = text[end:line_end]
    colon_after = fold(after[:1]) == ":"
    run_in = after[1:] if colon_after else after
    body = end + (len(after) - len(run_in.lstrip())) if run_in.strip() else -1
    if body >= 0:
        words = run_in.strip()
        titled = fold(inner).rstrip().endswith(":") or colon_after
        if not titled or fold(words[:1]) in ",.;:、" or not (words.endswith(SENTENCE_ENDS) or len(words) >= 2 * len(inner)):
            return None  # 「**1. 请注意**，我们会…」: a bold part of a sentence, not a title over its text
    label = number.label.rstrip(".、．)） ")
    group = number.style + ((label.rsplit(".", 1)[0],) if number.style[0] == "decimal" and "." in label else ())
    return _Opening(0, start, end, body, end + 1 if colon_after else end, number, group)


def bold_title_runs(blocks: list[Block]) -> dict[int, list[_Opening]]:
    """The titles of the runs of numbered bold titles (see the module docstring), by block."""
    openings = {i: o for i, b in enumerate(blocks) if b.kind == "paragraph" and ("**" in b.text or "__" in b.text) and (o := _openings(b))}
    if sum(map(len, openings.values())) < _MIN_RUN:
        return {}
    runs: list[list[tuple[int, _Opening]]] = []
    open_runs: dict[tuple[str, ...], list[tuple[int, _Opening]]] = {}
    for i, block in enumerate(blocks):
        if block.kind == "heading":
            open_runs.clear()  # an explicit heading between two bold titles: they are not one run
            continue
        for opening in openings.get(i, ()):
            value = number_value(opening.number)
            run = open_runs.get(opening.group)
            if run is not None and number_value(run[-1][1].number) == (value or 0) - 1:
                run.append((i, opening))
            elif value == 1:
                open_runs[opening.group] = [(i, opening)]
                runs.append(open_runs[opening.group])
            else:
                open_runs.pop(opening.group, None)
    kept: dict[int, list[_Opening]] = {}
    for run in runs:
        if len(run) >= _MIN_RUN and _spread(blocks, openings, run):
            for i, opening in run:
                kept.setdefault(i, []).append(opening)
    return kept


def _spread(blocks: list[Block], openings: dict[int, list[_Opening]], run: list[tuple[int, _Opening]]) -> bool:
    """Every title of the run has its own text, two stand alone on their line, one of them over a paragraph."""
    alone = over_paragraph = 0
    for i, opening in run:
        if opening.body >= 0:
            continue  # its text runs in on the same line
        block = blocks[i]
        if opening.line + 1 < len(block.pieces):  # its text on the next line of the same paragraph
            if any(o.line == opening.line + 1 for o in openings[i]):
                return False  # the next title right below it
            alone, over_paragraph = alone + 1, over_paragraph + 1
            continue
        below = blocks[i + 1] if i + 1 < len(blocks) else None
        if below is None or below.kind not in ("paragraph", "item") or any(o.line == 0 for o in openings.get(i + 1, ())):
            return False  # a title with no text of its own: the next title, an explicit heading or the end below it
        alone += 1
        over_paragraph += below.kind == "paragraph"
    return alone >= 2 and over_paragraph >= 1


def split_bold_titles(blocks: list[Block], fmt: str) -> tuple[list[Block], dict[int, Heading]]:
    """`blocks` with each title of a run of numbered bold titles cut off its text, and those titles as headings by index."""
    if fmt not in ("markdown", "text"):
        return blocks, {}
    runs = bold_title_runs(blocks)
    if not runs:
        return blocks, {}
    out: list[Block] = []
    titles: dict[int, Heading] = {}
    for i, block in enumerate(blocks):
        found = runs.get(i)
        if found is None:
            out.append(block)
            continue
        cuts = [span for o in found for span in ((o.start, o.start), (o.end, o.cut))]
        starts = {o.start: o for o in found}
        offset = 0  # where each part starts in the block's text
        for part in split_block(block, cuts):
            offset = block.text.find(part.text, offset)
            opening = starts.get(offset)
            if opening is not None:
                title = block.text[opening.start + 2 : opening.end - 2].strip()
                titles[len(out)] = Heading(len(out), title, opening.number, ("num", *opening.number.style))
            out.append(part)
            offset += len(part.text)
    return out, titles
