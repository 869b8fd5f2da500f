"""A slot marker and the bracketed gloss written right after it are one slot (u37r, thirty-seventh blind round, issue #11 §5).

Seen in the round's dev part (`eval/blind/round37/dev/huami-swift`: a SwiftUI footer's 「生效日期：TODO（待填写）」 and
「联系邮箱：TODO（待填写）」): `placeholder-instruction` reported `TODO` and `（待填写）` as two findings of one field, four
errors for two slots.  One defect, one finding: a marker word (TODO, TBD, TBC, FIXME, 待定, 待填写, 待补充, 待确认) and,
at most one space after it, a bracket that only says the same (（待填写）, （待补充）, (TBD), (to be filled)) are one slot.
Invented variants both ways in `tests/test_u37r_placeholders.py`: a gloss that says something else (「TODO（下一版）」),
text between the two, or a marker that is not a slot word keeps its findings as they were.
"""

from __future__ import annotations

from policylens.lazyre import lazy

# the marker words a slot is left as (upper-case English, or the zh words of a value still to come)
_MARKER = lazy(r"(?:TODO|TBD|TBC|FIXME|待定|待填写|待填寫|待补充|待補充|待确认|待確認)")
# a bracket that only glosses the marker: the same words again, full- or half-width brackets, spaces allowed inside
_GLOSS = lazy(
    r"[（(][ \t\u3000]*(?:待填写|待填寫|待填入|待补充|待補充|待完善|待定|待确认|待確認|TBD|TBC|TODO"
    r"|to be (?:filled(?: in)?|completed|confirmed|added|determined))[ \t\u3000]*[）)]"
)


def marker_gloss(text: str, start: int, end: int, following: int) -> bool:
    """Is the slot at `text[start:end]` a marker word and the slot found at `following` its bracketed gloss, written
    right after it (at most one space between): `TODO（待填写）`, `TBD (to be filled)`, `待定（待补充）`?"""
    if _MARKER.fullmatch(text, start, end) is None:
        return False
    gap = text[end:following]
    if len(gap) > 1 or gap.strip(" \t\u3000"):
        return False
    return _GLOSS.match(text, following) is not None
