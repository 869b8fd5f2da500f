"""Month-only dates of a policy for `compare`: 'Last updated: May 2026' against 「最近更新：2026 年 6 月」.

`structure.metadata` reads an updated or effective date only with its day, so an edition dated by its month alone had
no date fact and `compare` compared nothing (fifty-first session, u51e, `eval/editions51` grid-lag GL8: an English
of May 2026 against Chinese editions of June 2026).  `month_dates` reads, in an edition that has no updated or
effective date, a month written right after an update or effective label ("Last updated: May 2026", 「最後更新：2026 年
6 月」, 「生效日期：2026/06」), or in a section headed by such a label; its key is the month, YYYY-MM.

`same_month` tells `analyse.fact_divergences` when a month-only date is another edition's full date written with less
detail (May 2026 and 2026-05-20 are one date), and a month-only date that the other edition lacks is reported unsure:
a month in words is easily a month of something else.
"""

from __future__ import annotations

import re

from policylens.lazyre import lazy
from policylens.model import Document
from policylens.normalise import fold
from policylens.patterns import chinese_number
from policylens.topics import fold_script

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5, "june": 6,
    "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10,
    "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
_MONTH_NAME = "|".join(sorted(_MONTHS, key=lambda m: (-len(m), m)))
# a month and its year, with no day on either side: "May 2026", 「2026 年 6 月」 (not 「2026年6月1日」), 「2026/06」
_MONTH = lazy(
    rf"(?<![\w,])(?P<name>{_MONTH_NAME})\.?,?\s+(?P<year>(?:19|20)\d\d)(?![\d/.-]\d)"
    r"|(?<!\d)(?P<zy>(?:19|20)\d\d)\s*年\s*(?P<zm>\d{1,2}|[一二三四五六七八九十]{1,3})\s*月(?!\s*[\d一二三四五六七八九十]|份?\s*[起至到])"
    # 「十二月 2025」: a month name before the year, as an English page writes it (eval/editions30 savio)
    r"|(?<![\d一二三四五六七八九十])(?P<cm>[一二三四五六七八九十]{1,3})\s*月\s*,?\s*(?P<cy>(?:19|20)\d\d)(?!\s*[\d年])"
    r"|(?<![\d/.-])(?P<ny>(?:19|20)\d\d)\s*[-/.]\s*(?P<nm>\d{1,2})(?![\d/.-])",
    re.I,
)
_DAY_BEFORE = lazy(r"\d(?:st|nd|rd|th)?(?: of)?\s*\Z", re.I)  # "15 May 2026", "1st of May 2026": a full date
# (u51h) the spaces after "last" read from their first only (`(?<!\s)`, possessive): linear on "last" and a long run
_UPDATED = lazy(r"(?:last|latest)?(?<!\s)\s*+(?:updated|update|revised|revision)|更新|修订|修改|最后|最近|版本日期", re.I)
_EFFECTIVE = lazy(r"effective|生效|施行|实施", re.I)
# between the label and the month: a colon, "on", "date", 「日期」, 「于」; nothing of a sentence
_LABEL_GAP = r"[^.。;；!?！？,，\n]{0,12}?"
_LABELLED = lazy(rf"(?P<label>{_UPDATED.pattern}|{_EFFECTIVE.pattern}){_LABEL_GAP}$", re.I)


# (review u51r2) how far before a month its day or its label is looked for: each was searched in the whole text before
# the month, at every month (a paragraph of 3,000 "May 2026" took 3.7 s of CPU, quadratic); a day is a few characters
# before, past a run of spaces; a label is at most 12 characters of gap plus its own words
_LABEL_REACH = 64


def _window(text: str, at: int) -> int:
    """Where the search for a day before offset `at` starts: past the spaces before it, then 8 characters ("31st of")."""
    k = at
    while k > 0 and text[k - 1].isspace():
        k -= 1
    return max(0, k - 8)


def _read(text: str) -> list[tuple[int, int, str]]:
    """(start, end, YYYY-MM) of each month-only date in folded `text`."""
    out = []
    for m in _MONTH.finditer(text):
        if m.group("name"):
            if _DAY_BEFORE.search(text, _window(text, m.start()), m.start()):
                continue
            year, month = int(m.group("year")), _MONTHS[m.group("name").lower()]
        elif m.group("cm"):
            year, month = int(m.group("cy")), chinese_number(m.group("cm")) or 0
        else:
            written = m.group("zm") or m.group("nm")
            year, month = int(m.group("zy") or m.group("ny")), int(written) if written.isdigit() else chinese_number(written) or 0
        if 1 <= month <= 12:
            out.append((m.start(), m.end(), f"{year:04d}-{month:02d}"))
    return out


def _detail(label: str) -> str:
    return "effective" if _EFFECTIVE.search(label) else "updated"


def month_dates(doc: Document) -> list[tuple[str, str, str, int]]:
    """(detail, key, value, section) of the first month-only date labelled updated and of the first labelled effective,
    in a document whose metadata holds neither date (module docstring)."""
    if doc.metadata.updated or doc.metadata.effective:
        return []
    found: dict[str, tuple[str, str, str, int]] = {}
    for index, section in enumerate(doc.sections):
        title = fold_script(fold(section.title or ""))
        headed = _title_label(title)
        for text in [section.title or ""] + [p.text for p in section.paragraphs]:
            folded = fold_script(fold(text))  # one character for one: the offsets stay
            for start, end, key in _read(folded):
                label = _LABELLED.search(folded, max(0, start - _LABEL_REACH), start)
                if label is None and not headed:
                    continue
                detail = _detail(label.group("label") if label else title)
                found.setdefault(detail, (detail, key, text[start:end].strip(), index))
    return list(found.values())


# a heading that labels the policy's date (not 「本政策的更新」, a section on how the policy changes)
_DATE_HEADING = lazy(
    r"(?:last|latest)\s*(?:updated?|revised|revision)|updated on|effective date|date of (?:last )?update|revision date"
    r"|最后更新|最近更新|更新日期|更新时间|修订日期|生效日期|生效时间",
    re.I,
)


def _title_label(title: str) -> bool:
    """Is the section's title a date label ("11. Last Updated", 「生效日期」), not a subject (「本政策的更新」)?"""
    return bool(title) and len(title) <= 24 and _DATE_HEADING.search(title) is not None


def is_month(key: str) -> bool:
    """Is a date fact's key a month (YYYY-MM), not a day (YYYY-MM-DD)?"""
    return bool(re.fullmatch(r"\d{4}-\d\d", key))


def same_month(a: str, b: str) -> bool:
    """Are two date keys one date written with more or less detail (2026-05 and 2026-05-20)?"""
    return a != b and (is_month(a) or is_month(b)) and (a.startswith(b + "-") or b.startswith(a + "-"))
