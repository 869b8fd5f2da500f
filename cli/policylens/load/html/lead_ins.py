"""An <h*> that holds a whole opening sentence: a lead-in, no heading and no title.

「<h5>本購物城重視消費者的隱私權益，希望您能安心的使用…，敬請詳閱及充分瞭解下列內容：</h5>」 above the page's <h6>
sections (eval/structure36b aming-privacy-html) is the policy's opening sentence, set in a heading element for its
look: a long line with a clause inside it, closed by a colon that introduces what follows.  Read as a heading it was
a level-1 section over the real sections (pushed a level down), or the document's title.  A short title closed by a
colon (「一、我們收集的資料：」) or a long title without a clause mark stays a heading.
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
    """Read each heading block that is a lead-in sentence (`lead_in_heading`) as a paragraph, in place."""
    for k, block in enumerate(blocks):
        if block.kind == "heading" and lead_in_heading(block.text):
            blocks[k] = block._replace(kind="paragraph", level=None, emphasised=False)
