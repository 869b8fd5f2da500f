"""A page holding an unnamed document, then a second one under its name: the name is a peer of the first's sections.

A register view keeps its user agreement and its privacy policy in one file, one after the other (eval/structure36b
wukong-register-tsx): the agreement opens straight on 「第一条 服务内容与模式」 … 「第八条 其他」 with no name above it,
then comes 「"悟空伴读"《隐私政策》」 over 「引言」 and 「一、」 … 「八、」.  The stack nested the policy's name under
「第八条」 and the whole policy under it, three levels deep (levels 8 of 18 right).  `named_second_document` lifts such a
name to the level of the first heading, and its sections with it, when:

- the page's first heading is numbered (the first document has no name heading, so `levels.documents._second_documents`,
  which wants a named first document, does not apply);
- the name is unnumbered, names a document (`names_a_document`: 「隐私政策」, 「《…隐私政策》」) and stands deeper than
  the first heading;
- the numbered heading before it belongs to the first heading's run (the same numbering) and none of the numbered
  headings it holds does: a new document numbers its own sections.

A name whose run goes on below it (「第九条」 after it) is a heading of the first document and stays where it is, and so
does a name written as a bold line under numbered headings of a written rank (`## 2) 隱私政策模板` over a bold
「隱私政策」, eval/structure44 tangzhe-tw-md): the page itself puts the name inside that section.
"""

from __future__ import annotations

from policylens.structure.headings import heading_value, names_a_document
from policylens.structure.shapes import Heading


def named_second_document(found: dict[int, Heading], order: list[int], levels: list[int]) -> list[int]:
    """`levels` with a second document's name (see the module) lifted to the first heading's level, its sections with it."""
    if len(order) < 3 or found[order[0]].number is None:
        return levels
    first_key, base = found[order[0]].key, levels[0]
    for k in range(1, len(order)):
        heading = found[order[k]]
        own = levels[k]
        if heading.number is not None or own <= base or not names_a_document(heading.title):
            continue
        numbered_before = [found[order[m]] for m in range(k) if found[order[m]].number is not None]
        if not numbered_before or numbered_before[-1].key != first_key:
            continue
        if first_key[0] == "md" and heading.key[0] != "md":
            continue  # (u44a2) a bold 「**隱私政策**」 under 「## 2) 隱私政策模板」: the page's own ranks put it inside that section
        held = []
        for m in range(k + 1, len(order)):
            if levels[m] <= own:
                break
            held.append(m)
        numbered_held = [m for m in held if found[order[m]].number is not None]
        if not numbered_held or any(found[order[m]].key == first_key for m in numbered_held):
            continue
        shift = own - base
        levels = list(levels)
        levels[k] = base
        for m in held:
            levels[m] -= shift
        return levels
    return levels


_MIN_NAMED = 2  # documents under their bare names over their own numbering a page holds at least (`named_documents`)


def named_documents(found: dict[int, Heading], order: list[int], levels: list[int]) -> list[int]:
    """`levels` with each of a page's named documents (its name over its own numbering from 1) at the names' level.

    An app's About screen keeps its texts in Dart `\'\'\'` constants behind a menu (eval/structure45 linkdrop-about-dart,
    u45a2): a feature list, 「常见问题」, 「服务条款」 over 「一、」…「六、」, 「隐私政策」 over 「一、」…「五、」, 「联系我们」.  The
    several-documents convention (docs/headings.md) puts every document's sections from level 1, as a file whose first
    document's name is its title already reads them; the stack nested each 一、 run under its name.  Only when the page's
    first heading is no such name (a page opening on a name is `parts.documents_by_name`'s and `levels.documents._second_documents`'
    reading) and at least two unnumbered names (`names_a_document`) at one level are each directly over a heading
    numbered 1 (held by the name, or already beside it): each run a name holds moves up to the name's level.
    """
    if len(order) < 2 * _MIN_NAMED:
        return levels
    named = [
        k
        for k in range(len(order) - 1)
        if found[order[k]].number is None
        and names_a_document(found[order[k]].title)
        and found[order[k + 1]].number is not None
        and heading_value(found[order[k + 1]]) == 1
        and levels[k + 1] >= levels[k]
    ]
    if len(named) < _MIN_NAMED or len({levels[k] for k in named}) != 1:
        return levels
    if names_a_document(found[order[0]].title) and not _all_named_runs(named, levels):
        return levels
    new = list(levels)
    for k in named:
        own = levels[k]
        if levels[k + 1] == own:
            continue  # (its sections already at its level: a second document's, `levels.documents._second_documents`)
        shift = levels[k + 1] - own
        for m in range(k + 1, len(order)):
            if levels[m] <= own:
                break
            new[m] = levels[m] - shift
    return new


def _all_named_runs(named: list[int], levels: list[int]) -> bool:
    """(u48a) A page opening on a document's name: is it all documents, the first heading one of the names and every
    heading a name or inside a name's run?  「用户协议」 over 1.–4., 「隐私政策」 over 1.–6. under a top bar
    「用户协议与隐私政策」 (eval/structure48 molispark): the page's title names both, so the first name is a heading, and
    each document's sections take their levels from 1 (the several-documents convention).  A page whose first name
    holds headings before the next name that are no run of its own (「隐私政策」 over 「引言」 and 「一、」…) is left
    to `parts.documents_by_name` and `levels.documents._second_documents`, as before."""
    if named[0] != 0:
        return False
    own = levels[0]
    return all(levels[m] > own for k in range(len(named)) for m in range(named[k] + 1, named[k + 1] if k + 1 < len(named) else len(levels)))
