"""Sections titled by a date field alone, paired by their label when the date changed (forty-ninth session, u49x2).

A policy that writes its dates as headings (「## 更新日期：2024年05月01日」 ⏎ 「## 生效日期：2024年05月01日」, the DATED class
of eval/pairs40c; eval/pairs49c pomo-hw-year, pomo-hw-date-email) gives its sections no body to compare by, or only
the opening paragraph under the last of them.  When the dates changed, the first heading had no partner by title or
by body: `diff` showed it as one section removed and one added, where the reviewer reads one entry, the date changed
in place.  Two unpaired sections, one on each side, whose title keys are the same date label (a date cue such as 更新、
生效、Last updated, at most six characters before it and six more, a colon) followed by one date and nothing else, are the same section
renamed: the rename entry shows the old and the new date.  A label found more than once on a side pairs nothing (which
date became which is not known), and a title with words after the date is no date field.
"""

from __future__ import annotations

from collections.abc import Sequence

from policylens.lazyre import lazy
from policylens.patterns import DATE_CUE

# (matched on a title key: `layout_key` folded a full-width colon into 「:」 and dropped spaces between CJK characters)
_MONTH = r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?"
_DATE = (
    r"\d{4}[ \t]*(?:[-/.年][ \t]*\d{1,2}[ \t]*(?:[-/.月][ \t]*\d{1,2}[ \t]*日?)?)?"
    rf"|{_MONTH}[ \t]+\d{{1,2}},?[ \t]+\d{{4}}|\d{{1,2}}[ \t]+{_MONTH}[ \t]+\d{{4}}"
)
# (a few characters may come before the cue: 「版本更新日期：…」, eval/pairs40c ar-relay and ar-scope)
_DATED_TITLE = lazy(
    rf"(?P<label>[^:：\d\n]{{0,6}}?(?i:last[ \t]*)?(?:{DATE_CUE})[^:：\d\n]{{0,6}}?)[ \t]*[:：][ \t]*(?:{_DATE})[ \t]*[.。]?"
)


def dated_label(key: str) -> str | None:
    """The label of a title key that is only a date field (「更新日期:2024年05月01日」 → 「更新日期」), else None."""
    if not key or len(key) > 60:
        return None
    m = _DATED_TITLE.fullmatch(key.strip())
    return None if m is None else m.group("label").strip().lower()


def dated_pairs(old_keys: Sequence[str], new_keys: Sequence[str], olds: Sequence[int], news: Sequence[int]) -> list[tuple[int, int]]:
    """(old, new) index pairs among the unpaired `olds` and `news` whose title keys are the same date label, once a side."""
    by_label: tuple[dict[str, list[int]], dict[str, list[int]]] = ({}, {})
    for side, keys, indexes in ((0, old_keys, olds), (1, new_keys, news)):
        for k in indexes:
            label = dated_label(keys[k])
            if label is not None:
                by_label[side].setdefault(label, []).append(k)
    return [(found[0], js[0]) for label, js in by_label[1].items() if len(js) == 1 and len(found := by_label[0].get(label, [])) == 1]
