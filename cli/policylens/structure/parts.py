"""A page of three or more documents, each under its bare name in the style of the sections (thirty-sixth session, u36a).

eval/structure34 uz-agreement-html, a WPS export: the title 「优装美家用户协议」, then three bold parts 「免责条款」,
「用户协议」 (over unbold 「1、协议生效条件」 … 「11、法律」) and 「隐私政策」 (over bold 「用户信息的获取」 …).  The part names
are bold like the sections under 隐私政策, so only their words tell a part from a section: the parts were mixed with
the sections (15 of 19 levels wrong), and `levels.documents._second_documents` reads two documents named in book-title brackets
or a second name opening a numbered run, with the parts deeper than the first.

A page is read so (`documents_by_name`) only when its first heading and at least two later ones name a document
(`names_a_document`: unnumbered, ending in 协议, 政策, 条款, 声明 …), all of the first one's style, and one of the later
names is directly over a heading numbered 1 (a new document's numbering).  Each name is then at the top level and the
headings up to the next name one level below it, except, under a name whose sections are titled in the names' own
style, its numbered headings (「1、合作伙伴：」 under 「用户信息的共享、披露与转让」), one level deeper again.  A policy whose first heading names it and whose later sections are named 「Cookie政策」 or
「免责声明」 has no second name over a fresh 1, and is read as before (the rule tried in the thirty-fifth session, with
any later name, moved twenty such documents).
"""

from __future__ import annotations

from policylens.structure.headings import heading_value, names_a_document
from policylens.structure.shapes import Heading

_MIN_PARTS = 3


def documents_by_name(found: dict[int, Heading], order: list[int], levels: list[int]) -> list[int]:
    """`levels`, with a page of documents each under its bare name nested by name (see above)."""
    if not order:
        return levels
    style = found[order[0]].key
    parts = [
        k
        for k in range(len(order))
        if found[order[k]].key == style and found[order[k]].number is None and names_a_document(found[order[k]].title)
    ]
    if len(parts) < _MIN_PARTS or parts[0] != 0:
        return levels
    if not any(
        k + 1 < len(order) and found[order[k + 1]].number is not None and heading_value(found[order[k + 1]]) == 1 for k in parts[1:]
    ):
        return levels
    base = min(levels)
    new = list(levels)
    for n, k in enumerate(parts):
        end = parts[n + 1] if n + 1 < len(parts) else len(order)
        new[k] = base
        segment = range(k + 1, end)
        titled = any(found[order[m]].key == style for m in segment)  # sections titled like the names
        for m in segment:
            new[m] = base + 2 if titled and found[order[m]].number is not None else base + 1
    return new
