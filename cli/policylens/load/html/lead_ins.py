"""An <h*> that holds a whole opening sentence: a lead-in, no heading and no title.

「<h5>本購物城重視消費者的隱私權益，希望您能安心的使用…，敬請詳閱及充分瞭解下列內容：</h5>」 above the page's <h6>
sections (eval/structure36b aming-privacy-html) is the policy's opening sentence, set in a heading element for its
look: a long line with a clause inside it, closed by a colon that introduces what follows.  Read as a heading it was
a level-1 section over the real sections (pushed a level down), or the document's title.  Only a heading that opens
the page's headings above deeper ones is read so; a short title closed by a colon (「一、我們收集的資料：」), a long
title without a clause mark, or a sentence in a heading under a higher section stays as the rest of the reading has it.
"""

from __future__ import annotations

from policylens.lazyre import lazy
from policylens.model import Block
from policylens.normalise import WHITESPACE

# a clause mark inside the line (a comma or a full stop between its words), and the colon that closes it
_CLAUSE_INSIDE = lazy(r"[，,。；;][^\s]")
_LEAD_IN_END = ("：", ":")
_LEAD_IN_MIN = 30  # characters of text, spaces not counted: a title is rarely longer


def lead_in_heading(text: str) -> bool:
    """Is a heading's `text` an opening sentence: at least `_LEAD_IN_MIN` characters, a clause mark inside, a colon
    at its end?"""
    line = text.strip(WHITESPACE)
    return line.endswith(_LEAD_IN_END) and len("".join(line.split())) >= _LEAD_IN_MIN and _CLAUSE_INSIDE.search(line[:-1]) is not None


def demote_lead_ins(blocks: list[Block]) -> None:
    """Read a heading block that is a lead-in sentence (`lead_in_heading`) as a paragraph, in place, when it opens the
    page's headings: no heading of its rank or above before it, and the next heading a rank below it (「<h5>」 over
    「<h6>」 sections).  A sentence in an <h3> under an <h2> section (eval/structure35 hudun-privacy-php: <h3>s used
    for body text, read as such by the structure's own evidence) is left alone."""
    top: int | None = None  # the highest rank (lowest level) of the headings before
    headings = [k for k, block in enumerate(blocks) if block.kind == "heading" and block.level]
    for n, k in enumerate(headings):
        block = blocks[k]
        level = block.level or 0
        following = blocks[headings[n + 1]].level if n + 1 < len(headings) else None
        if (top is None or top > level) and following is not None and following > level and lead_in_heading(block.text):
            blocks[k] = block._replace(kind="paragraph", level=None, emphasised=False)
            continue
        top = level if top is None else min(top, level)
