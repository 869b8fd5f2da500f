"""Sections titled by questions, one of them opening on sub-titles that are not questions: those are its sub-sections.

A policy whose top-level sections are bold questions (「**本应用获取哪些信息以及如何使用这些信息？**」,
「**本应用是否会收集设备的精确实时位置信息？**」, 「**我有哪些选择退出的权利？**」) may open one of them straight on a
bold sub-title, with no text between (「**用户提供的信息**」, then later 「**自动收集的信息**」).  Every bold line stood at
the same level, so the sub-titles were siblings of the question above them (eval/structure41c liangy-privacy-md, held
out: levels 2 of 3 wrong, a known limit of the forty-first session; fixed in the forty-second, u42a).

`nest_under_questions` moves the sub-titles one level down when:

- the document holds three or more titles of the same markup and level that end with a question mark;
- the question is directly above a title of the same markup and level (the next block, no text between) that does not
  end with a question mark;
- that title and the ones of the same markup and level after it, up to the next question of that markup and level
  (or the end), are the question's sub-sections; what is nested under them moves with them.

A question with text of its own before the next title keeps its siblings (「**我有哪些选择退出的权利？**」, its
paragraph, then 「**数据保留政策，管理您的信息**」 is a section of its own).  String tests only (no pattern).
"""

from __future__ import annotations

from policylens.normalise import fold
from policylens.structure.shapes import Heading

_QUESTIONS_MIN = 3  # question titles at one level that make it a list of questions


def _question(title: str) -> bool:
    """A title that asks: it ends with 「？」 or 「?」 (emphasis and spaces aside)."""
    return fold(title).strip(" *_").endswith("?")


def nest_under_questions(found: dict[int, Heading], order: list[int], levels: list[int]) -> list[int]:
    """`levels`, with the sub-titles that open a question's section (see the module) one level deeper."""
    out = list(levels)
    for k in range(len(order) - 1):
        heading, child = found[order[k]], found[order[k + 1]]
        if (
            heading.number is not None
            or child.number is not None
            or order[k + 1] != order[k] + 1
            or child.key != heading.key
            or out[k + 1] != out[k]
            or not _question(heading.title)
            or _question(child.title)
        ):
            continue
        level, key = out[k], heading.key
        peers = [m for m in range(len(order)) if out[m] == level and found[order[m]].key == key]
        if sum(1 for m in peers if _question(found[order[m]].title)) < _QUESTIONS_MIN:
            continue
        for m in range(k + 1, len(order)):
            if out[m] < level or (out[m] == level and (found[order[m]].key != key or _question(found[order[m]].title))):
                break
            out[m] += 1
    return out
