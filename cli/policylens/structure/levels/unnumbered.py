"""An unnumbered plain heading among numbered ones takes the level of the numbered heading after it
(`align_unnumbered`); then the corrections made once the numbers are placed: counts that switch style, runs under bare
titles, bold and opening peers, marked-up sub-titles, second documents, questions and bold titles over runs."""

from __future__ import annotations

from bisect import bisect_left
from itertools import accumulate

from policylens.model import Block
from policylens.structure.bold_run_parents import nest_runs_under_bold_titles
from policylens.structure.headings import heading_value
from policylens.structure.levels.bare_runs import _nest_runs_under_bare_titles
from policylens.structure.levels.counts import _continue_counts
from policylens.structure.levels.documents import _second_documents, part_over_restarted_run
from policylens.structure.levels.sub_titles import _marked_up_titles_between_numbers
from policylens.structure.levels.top_titles import _bold_peers_after_runs, _opening_section_peers
from policylens.structure.memo import parse_number
from policylens.structure.named_second import named_documents, named_second_document
from policylens.structure.parts import documents_by_name
from policylens.structure.question_parents import nest_under_questions
from policylens.structure.shapes import Heading


def align_unnumbered(blocks: list[Block], found: dict[int, Heading], order: list[int], levels: list[int]) -> list[int]:
    """An unnumbered plain heading among numbered ones takes the level of the numbered heading after it.

    In plain text every heading looks the same; only numbers tell depth.  A bare line
    before the next number of a sequence is read as a sibling of that number: between
    `2.` and `3.` (「Cookie的使用」) a top-level section, between （一） and （二） a
    sub-section, between `2.1` and `3.` a top-level section again.  A bare line after
    the last numbered heading (「附则」, 「联系我们」), or before the top-level sequence
    starting over (the next edition's 「1.」), is a top-level section.  An unnumbered
    parent moves with the unnumbered headings below it.  A bare line directly under a
    numbered heading that has no text of its own is its sub-heading, and so are the bare
    lines of its kind after it before the next number (its siblings), and one before the
    first number of a new sequence (`1.1` after it) may introduce it: all stay nested.
    """
    levels = _continue_counts(found, order, levels)
    seen: set[tuple[tuple[str, ...], int]] = set()  # (style, value) of the numbered headings so far
    moved: set[int] = set()  # children already moved with their unnumbered parent
    # position of a numbered heading → (key, level) of the bare sub-heading kept directly under it
    under: dict[int, tuple[tuple[str, ...], int]] = {}
    # Positions of the numbered headings, and the lowest level among the first t of them: the
    # loop below moves unnumbered headings only, so both hold throughout (one pass, no rescans).
    numbered = [m for m in range(len(order)) if found[order[m]].number is not None]
    lowest = list(accumulate((levels[m] for m in numbered), min))
    for k, i in enumerate(order):
        heading = found[i]
        if heading.number is not None:
            value = heading_value(heading)
            if value is not None:
                seen.add((heading.number.style, value))
            continue
        if heading.key[0] != "plain" or not seen or k in moved or parse_number(heading.title) is not None:
            continue  # (a line that starts with a number but was not taken as numbered keeps its place)
        t = bisect_left(numbered, k)  # numbered[:t] come before k
        prev = numbered[t - 1]
        if prev == k - 1 and not any(j not in found for j in range(order[prev] + 1, order[k])):
            under[prev] = (heading.key, levels[k])
            continue  # directly under a numbered heading without text of its own: its sub-heading
        if under.get(prev) == (heading.key, levels[k]) and all(found[order[m]].key == heading.key for m in range(prev + 1, k)):
            # 「8. …」 / 「邮件和消息推送」 / text / 「与服务有关的公告」 / text / 「9. …」: the second bare title, written as the
            # first, is its sibling, not a peer of 「9.」 (u42x3: eval/structure42c hidancing-privacy-vue L281)
            continue
        nxt = numbered[t] if t < len(numbered) else None
        after = found[order[nxt]] if nxt is not None else None
        number = after.number if after is not None else None  # never None for a numbered heading
        value = heading_value(after) if after is not None else None
        top = lowest[t - 1]
        if nxt is None or number is None or (levels[nxt] == top and value is not None and (number.style, value) in seen):
            target = top  # after the last number, or before the top-level numbers starting over
        else:
            if value is None:
                continue
            before = found[order[prev]]
            # 「4.信息存储和交换」 / 「Cookie的使用」 / 「6.信息安全」: the one bare line between the two numbers stands where
            # the lost 「5.」 should be, so it is their sibling too (two or more bare lines there may be sub-sections)
            alone = prev == k - 1 and nxt == k + 1
            gap = alone and before.number is not None and before.number.style == number.style and heading_value(before) == value - 2
            if (number.style, value - 1) not in seen and not gap:
                continue  # before the first of a new sequence: it may introduce it, keep the nesting
            if nxt - prev > 2 and not gap and all(found[order[m]].key == heading.key for m in range(prev + 1, nxt)):
                continue  # (u46a2) 「（一）…」 / text / 「注册、登录」 / text / 「日志信息」 / text / 「（二）…」: sub-sections of （一）
            target = min(levels[nxt], levels[prev] + 1)
        delta = target - levels[k]
        if not delta:
            continue
        own = levels[k]
        levels[k] = target
        if heading.key == ("plain", "parent"):
            for m in range(k + 1, nxt if nxt is not None else len(order)):
                if levels[m] <= own or found[order[m]].key[0] != "plain":
                    break
                levels[m] = max(1, levels[m] + delta)
                moved.add(m)
    levels = _bold_peers_after_runs(found, order, _nest_runs_under_bare_titles(found, order, levels))
    levels = _opening_section_peers(blocks, found, order, _marked_up_titles_between_numbers(blocks, found, order, levels))
    levels = named_second_document(found, order, documents_by_name(found, order, _second_documents(found, order, levels)))
    levels = part_over_restarted_run(found, order, named_documents(found, order, levels))
    return nest_runs_under_bold_titles(found, order, nest_under_questions(found, order, levels), blocks)
