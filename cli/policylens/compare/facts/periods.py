"""Durations and ranges as facts, in English and Chinese (「45 天」 = "45 days", 「18 歲」 = "18 years"), with the
keys that make them comparable across languages (`duration_key`, `range_key`, `same_duration`).
"""

from __future__ import annotations

import re

from policylens.normalise import fold
from policylens.patterns import chinese_number
from policylens.spans import Taken
from policylens.structure.metadata import find_dates, find_english_dates

_EN_NUMBER = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_ZH_UNITS = {
    "小時": "hour", "小时": "hour", "個工作日": "business day", "个工作日": "business day", "工作日": "business day",
    # Taiwan's 工作天 and 營業日 (「10 個工作天內」 = "10 business days": eval/editions46 peachfit, u46e)
    "個工作天": "business day", "个工作天": "business day", "工作天": "business day",
    "個營業日": "business day", "个营业日": "business day", "營業日": "business day", "营业日": "business day",
    # calendar days, as "3 calendar days" (「在察覺後 3 個日曆日內」: eval/editions49 buddy-lag, u49c)
    "個日曆日": "day", "个日历日": "day", "日曆日": "day", "日历日": "day",
    "天": "day", "日": "day", "週": "week", "周": "week", "星期": "week", "個月": "month", "个月": "month",
    "年": "year", "歲": "year", "岁": "year", "周歲": "year", "週歲": "year", "周岁": "year",
}  # fmt: skip
_ZH_DURATION = re.compile(
    r"([0-9]{1,4}|[〇零一二兩两三四五六七八九十百]{1,4})(?:\s*\(\s*\d{1,4}\s*\))?\s*(個日曆日|个日历日|日曆日|日历日|個工作日|个工作日|工作日|個工作天|个工作天|工作天|個營業日|个营业日|營業日|营业日|小時|小时|周歲|週歲|周岁|個月|个月|天|日|週|周|星期|年|歲|岁)"
)
_EN_WORDS = "|".join(sorted(_EN_NUMBER, key=len, reverse=True))
_EN_DURATION = re.compile(
    r"(?<![\w.])(\d{1,4}|(?:" + _EN_WORDS + r")(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)(?:\s*\(\d{1,4}\))?"
    r"[\s-]+(?:(business|working|calendar)[\s-]+)?(hours?|days?|weeks?|months?|years?)\b",
    re.I,
)
# An age in digits or in words ("under the age of fourteen" = 「不滿十四周歲」: eval/editions29 emuinotice); "one" is no
# age (「a child under one」 is rare, "anyone under one roof" is not an age), so a word age starts at two.
_EN_AGE_NUMBER = r"(\d{1,2}|(?:" + _EN_WORDS + r")(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)"
_EN_AGE = re.compile(
    r"\b(?:age|aged)\s+(?:of\s+)?" + _EN_AGE_NUMBER + r"\b"
    r"|\b(?:children|child|minors?|kids|persons?|individuals|users|anyone|people)\s+(?:who\s+are\s+)?(?:under|below|younger\s+than)\s+"
    + _EN_AGE_NUMBER
    + r"\b(?!-|\s*(?:%|percent|seconds?|minutes?|hours?|days?|weeks?|months?|years?))",  # (not "two-factor", "ten minutes")
    re.I,
)
# A second age right after an age, the other threshold of another law ("children under 13 (or 16, where applicable)",
# "under 13 or 16 in the EU" = 「13 岁（或当地法律规定的 16 岁）以下」: eval/editions43 imageharvest).
_EN_AGE_OR = re.compile(
    r" ?[(,]? ?or (?:under |below )?(\d{1,2})\b(?![\d.%-]| ?(?:percent|seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b)",
    re.I,
)
_EN_UNITS = {"hour": "hour", "day": "day", "week": "week", "month": "month", "year": "year"}
# A range is one fact (「2-12歲」 = "ages 2-12", 「14至18周岁」 = "aged 14 to 18", 「6-12个月」 = "6-12 months"): read as its
# two ends it would be a lone 「12歲」 against an English edition that has no "12 years".  The unit may follow each end
# (「14周岁至18周岁」); a dash between years (「2020-2021年」) is no range of durations.
_ZH_NUM = r"([0-9]{1,3}|[〇零一二兩两三四五六七八九十百]{1,4})"
_ZH_UNIT = r"(個日曆日|个日历日|日曆日|日历日|個工作日|个工作日|工作日|個工作天|个工作天|工作天|個營業日|个营业日|營業日|营业日|小時|小时|周歲|週歲|周岁|個月|个月|天|日|週|周|星期|年|歲|岁)"
_ZH_RANGE = re.compile(_ZH_NUM + r" ?(?:" + _ZH_UNIT + r")? ?(?:[-–—~～至到]) ?" + _ZH_NUM + r" ?" + _ZH_UNIT)
_EN_RANGE = re.compile(
    r"(?<![\w.\-/])(\d{1,3}) ?(?:[-–—]| to ) ?(\d{1,3})[ -](?:(business|working|calendar)[ -])?(hours?|days?|weeks?|months?|years?)\b"
    r"|\b(?:ages|aged|age) (?:of )?(?:between )?(\d{1,2}) ?(?:[-–—]| to | and ) ?(\d{1,2})\b(?![-–—./]\d)"
    r"|\bbetween the ages of (\d{1,2}) and (\d{1,2})\b",
    re.I,
)


def _en_number(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    total = 0
    for part in text.lower().split("-"):
        if part not in _EN_NUMBER:
            return None
        total += _EN_NUMBER[part]
    return total


def duration_key(number: int, unit: str) -> str:
    """The key of a duration as written: "45 day", "12 month", "2 year"."""
    return f"{number} {unit}"


def range_key(low: int, high: int, unit: str) -> str:
    """The key of a range of durations or ages: "2-12 year", "6-12 month"."""
    return f"{low}-{high} {unit}"


def same_duration(key: str) -> str:
    """The key two editions compare: whole years of months in years, so that 2 年 = "24 months" and 12 個月 = "1 year"."""
    number, _, unit = key.partition(" ")
    if unit == "month" and number.isdigit() and int(number) % 12 == 0:
        return f"{int(number) // 12} year"
    return key


# 半年 (half a year): six months.  「每半年」 ("every six months") is kept as "every six months" is.
_HALF_YEAR = re.compile(r"半年|半個月|半个月")


def durations(text: str) -> list[tuple[str, str]]:
    """Numeric commitments in `text` as (key, value as written): 「45 天」 and "45 days" share the key "45 day"."""
    return [(key, value) for key, value, weak in _durations(text) if not weak]


def weak_durations(text: str) -> list[tuple[str, str]]:
    """Single units (「一年」, "one year", "a year"): as often "each year" as a commitment; compared only against a commitment."""
    return [(key, value) for key, value, weak in _durations(text) if weak]


_EN_SINGLE = re.compile(r"(?<![\w.])(?:one|a|an|1)[\s-]+(?:(business|working|calendar)[\s-]+)?(hour|day|week|month|year)\b", re.I)


def _durations(text: str) -> list[tuple[str, str, bool]]:
    """(key, value as written, weak) of every duration in `text`."""
    folded = fold(text)
    taken = Taken(len(folded))
    for s, e, _ in (*find_dates(folded), *find_english_dates(folded)):
        taken.add(s, e)
    found: list[tuple[str, str, bool]] = []
    for key, start, end in _ranges(folded, taken):
        taken.add(start, end)
        found.append((key, folded[start:end], False))
    for m in _ZH_DURATION.finditer(folded):
        if taken.starts_or_ends_inside(m.start(), m.end()):
            continue
        number = chinese_number(m.group(1))
        unit = m.group(2)
        if number is None or number < 1:
            continue
        before = folded[max(0, m.start() - 1) : m.start()]
        if unit in ("年", "日") and (number >= 1000 or re.match(r"\s*\d{1,2}\s*[月日]", folded[m.end() :]) or before == "月"):
            continue  # a year or a day of the month, not a duration
        if unit == "日" and before in ("每", "第"):
            continue
        # 「一天」「一年」 are as often "some day", "each year" as a commitment: weak
        found.append((duration_key(number, _ZH_UNITS[unit]), m.group(0), number == 1))
    for m in _HALF_YEAR.finditer(folded):
        found.append((duration_key(6, "month") if m.group(0) == "半年" else duration_key(15, "day"), m.group(0), False))
    for m in _EN_DURATION.finditer(folded):
        if taken.holds(m.start()):
            continue
        number = _en_number(m.group(1))
        if not number:
            continue
        unit = _EN_UNITS[m.group(3).lower().rstrip("s")]
        if m.group(2) and m.group(2).lower() in ("business", "working") and unit == "day":
            unit = "business day"
        found.append((duration_key(number, unit), m.group(0), number == 1))  # "one day", like 「一天」: weak
    for m in _EN_SINGLE.finditer(folded):
        if taken.holds(m.start()):
            continue
        if m.group(0)[:1].isdigit() or m.group(0).lower().startswith("one"):
            continue  # found above
        unit = m.group(2).lower()
        if m.group(1) and m.group(1).lower() in ("business", "working") and unit == "day":
            unit = "business day"
        found.append((duration_key(1, unit), m.group(0), True))  # "a year"
    for m in _EN_AGE.finditer(folded):
        if taken.holds(m.start()) or taken.holds(m.end() - 1):
            continue  # an end of a range
        written = m.group(1) or m.group(2)
        number = _en_number(written)
        if number is None or (number < 2 and not written.isdigit()):
            continue
        found.append((duration_key(number, "year"), m.group(0), False))
        second = _EN_AGE_OR.match(folded, m.end())
        if second and not taken.holds(second.start(1)):
            found.append((duration_key(int(second.group(1)), "year"), folded[m.start() : second.end()], False))
    return found


def _ranges(folded: str, taken: Taken) -> list[tuple[str, int, int]]:
    """(key, start, end) of every range of durations or ages in `folded` that no date holds."""
    out: list[tuple[str, int, int]] = []
    for m in _ZH_RANGE.finditer(folded):
        if taken.overlaps(m.start(), m.end()):
            continue
        low, high, unit = chinese_number(m.group(1)), chinese_number(m.group(3)), m.group(4)
        if m.group(2) and _ZH_UNITS[m.group(2)] != _ZH_UNITS[unit]:
            continue  # 「3天至2周」: two durations, not one range
        if low is None or high is None or not 0 < low < high or (unit in ("年", "日") and high >= 1000):
            continue  # years of the calendar, or no range
        out.append((range_key(low, high, _ZH_UNITS[unit]), m.start(), m.end()))
    for m in _EN_RANGE.finditer(folded):
        if taken.overlaps(m.start(), m.end()) or any(s < m.end() and m.start() < e for _, s, e in out):
            continue
        if m.group(1):
            low, high, unit = int(m.group(1)), int(m.group(2)), _EN_UNITS[m.group(4).lower().rstrip("s")]
            if m.group(3) and m.group(3).lower() in ("business", "working") and unit == "day":
                unit = "business day"
        else:
            low, high, unit = int(m.group(5) or m.group(7)), int(m.group(6) or m.group(8)), "year"
        if not 0 < low < high:
            continue
        out.append((range_key(low, high, unit), m.start(), m.end()))
    return out
