"""A page of two documents, each opening with its name (in book-title brackets, or bare over sections numbered from 1
again): the second name is a peer of the first, with its sections (`_second_documents`); a part's name set a rank
deeper than the sections around it, over their numbering begun again (`part_over_restarted_run`)."""

from __future__ import annotations

from policylens.normalise import fold
from policylens.structure.headings import heading_value, names_a_document
from policylens.structure.shapes import POLICY_WORD, Heading


def _names_document(title: str) -> bool:
    """「《应用用户协议》」, 「《应用用户隐私政策」: a short line naming a document in book-title brackets."""
    folded = fold(title).strip()
    return folded.startswith("《") and len(folded) <= 30 and POLICY_WORD.search(folded) is not None


def _second_documents(found: dict[int, Heading], order: list[int], levels: list[int]) -> list[int]:
    """A page of two documents, each opening with its name in book-title brackets: the second is a peer of the first.

    「用户协议及隐私政策」 over 「《应用用户协议》」 (一、…七、) and then 「《应用用户隐私政策》」 (第一章…): the second name,
    unnumbered, came after the agreement's last section and was nested under it, with its chapters (thirtieth session,
    u30t: eval/structure30 ysxy-agreement-html, a Word page).  Only when the first heading names a document that way;
    the headings after the second name, down to one shallower than it stood, move with it, as its sections.
    """
    if not order or not (_names_document(found[order[0]].title) or _opens_numbered_run(found, order, 0)):
        return levels
    bracketed = _names_document(found[order[0]].title)
    base = levels[0]
    levels = list(levels)
    for k in range(1, len(order)):
        heading = found[order[k]]
        if heading.number is not None or levels[k] <= base:
            continue
        if not (_names_document(heading.title) if bracketed else _opens_numbered_run(found, order, k)):
            continue
        own = levels[k]
        levels[k] = base
        for m in range(k + 1, len(order)):
            if levels[m] < own:
                break
            levels[m] = levels[m] - own + base + 1
    return levels


def _opens_numbered_run(found: dict[int, Heading], order: list[int], k: int) -> bool:
    """The `k`-th heading names a document without brackets (「用户服务协议」, 「隐私政策」) and the heading after it is numbered 1.

    A page of two documents each opening with its bare name, their sections numbered from 1 again under the second
    (round29b: an agreement and a policy in one TSX modal): the numbering starting over says a new document starts.
    """
    if k + 1 >= len(order) or found[order[k]].number is not None or not names_a_document(found[order[k]].title):
        return False
    return found[order[k + 1]].number is not None and heading_value(found[order[k + 1]]) == 1


def part_over_restarted_run(found: dict[int, Heading], order: list[int], levels: list[int]) -> list[int]:
    """`levels` with a part's name, set deeper than the run it interrupts, at the run's level and the restarted run under it.

    「<h1>壹、個人資料之安全</h1>」 … 「<h1>三、資料安全</h1>」, then 「<h2>【 資訊安全聲明 】</h2>」 over 「<h1>壹、個人資料查詢或更正
    的方式</h1>」 and 「<h1>貳、…</h1>」 (eval/structure47 tableforone-reservation-html): by markup the name was a sub-section
    of 三、 and the second 壹、 a peer of the first; a reader sees a second part, named, its numbering started over.  Read
    so when the unnumbered heading names a document (in 【】 or [] brackets or bare: 「資訊安全聲明」), the heading after it
    is numbered 1 and stands shallower than it, and the numbered heading before it, at that same level, is numbered 2 or
    more (a run the name interrupts).  The restarted run, down to the next such name, moves one level under the name.
    """
    new = list(levels)
    k = 1
    while k + 1 < len(order):
        if not _part_name(found, order, levels, k):
            k += 1
            continue
        run = levels[k + 1]
        new[k] = run
        m = k + 1
        while m < len(order) and levels[m] >= run and not _part_name(found, order, levels, m):
            new[m] = levels[m] + 1
            m += 1
        k = m
    return new


def _part_name(found: dict[int, Heading], order: list[int], levels: list[int], k: int) -> bool:
    """The `k`-th heading is a part's name over a restarted run (see `part_over_restarted_run`)."""
    heading, after = found[order[k]], found[order[k + 1]] if k + 1 < len(order) else None
    if k == 0 or after is None or heading.number is not None or after.number is None or heading_value(after) != 1:
        return False
    if levels[k + 1] >= levels[k] or not names_a_document(fold(heading.title).strip().strip("【】[] ")):
        return False
    before = next((m for m in range(k - 1, -1, -1) if found[order[m]].number is not None), None)
    return before is not None and levels[before] == levels[k + 1] and (heading_value(found[order[before]]) or 0) >= 2
