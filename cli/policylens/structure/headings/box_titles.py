"""A dialog's title directly over the `<h1>` its document opens with: the two name one document, at one rank.

A registration page shows its agreement and its policy in two dialogs, each titled by an `<h2>` (「服务协议」,
「隐私政策」) and each holding a Word-pasted document that opens on its own `<h1>` (「注册协议」, 「法律声明及保密政策」)
over `<h2>` parts and bold or `<h3>` sections (eval/structure41 xingchen-register-vue).  Ranked by their tags, the
second dialog's `<h2>` fell under the first dialog's `<h1>` (level 2, not 1), and every section inside it one level too
deep (levels 15 of 19; a known limit of the forty-first session, fixed in the forty-second, u42a).

`rank_box_titles`: an explicit heading directly followed (the next block, nothing between) by an explicit heading of a
higher rank takes that rank, when both name a document (`POLICY_WORD`: 政策, 协议, 声明 …).  A site's name over the
policy's `<h1>` names no document and keeps its rank; so does a section title over a higher-ranked one.
"""

from __future__ import annotations

from policylens.model import Block
from policylens.structure.shapes import POLICY_WORD, Heading


def rank_box_titles(blocks: list[Block], found: dict[int, Heading]) -> None:
    """Give a box title the rank of the document title right under it (see the module); `found` is updated in place."""
    for i in sorted(found):
        inner = i + 1
        if (
            inner not in found
            or blocks[i].kind != "heading"
            or blocks[inner].kind != "heading"
            or (blocks[inner].level or 1) >= (blocks[i].level or 1)
            or found[i].key[0] != "md"
            or found[inner].key[0] != "md"
            or found[i].number is not None
            or not POLICY_WORD.search(blocks[i].text)
            or not POLICY_WORD.search(blocks[inner].text)
        ):
            continue
        found[i] = found[i]._replace(key=found[inner].key)
